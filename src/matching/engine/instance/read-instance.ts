import { type ParsedInstance, parseInstanceText, rejectDuplicatePairs } from './instance-parser';
import { scanInstance } from './instance-scanner';

/** Instance from raw UTF-8 bytes: the byte scanner when it can, JSON.parse + validation otherwise. */
export function readInstance(bytes: Uint8Array): ParsedInstance {
  const scanned = scanInstance(bytes);
  if (scanned === null) return parseInstanceText(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
  const { problem, candidateIds, slotIds } = scanned;
  rejectDuplicatePairs(problem.edgeCandidate, problem.edgeSlot, candidateIds, slotIds);
  return scanned;
}
