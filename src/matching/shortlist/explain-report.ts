import { describeReasons } from '../engine/explain';
import type { RoleShortlist, ScoreParts, ShortlistEntry } from '../engine/types';

const PARTS: readonly (keyof ScoreParts)[] = ['skills', 'cause', 'language', 'location', 'availability', 'affinity', 'load', 'interest'];

export const EXPLAIN_USAGE = 'usage: npm run explain -- <roleId>';

/**
 * The ranked shortlist as text, one block per candidate: the score, each part with its weight and
 * contribution, and the reasons. The first token of a candidate's line is `#<rank>` followed by the
 * candidate id, so scripts (and the CLI's test) can read the order back.
 */
export function explainReport(roleId: string, shortlist: RoleShortlist | undefined): string[] {
  const entries = shortlist?.entries ?? [];
  if (entries.length === 0) return [`Role ${roleId}: no candidate passes the hard filters (or the role has no open seat).`];
  const weights = entries[0].breakdown.weights;
  return [
    `Role ${roleId}: ${entries.length} ranked candidate(s); score = Σ part × weight`,
    `weights: ${PARTS.map((part) => `${part} ${weights[part].toFixed(2)}`).join(', ')}`,
    ...entries.flatMap(entryLines),
  ];
}

function entryLines(entry: ShortlistEntry): string[] {
  const { parts, weights } = entry.breakdown;
  return [
    '',
    `#${entry.rank} ${entry.candidateId}  score ${entry.score.toFixed(4)}${entry.proposed ? '  ← picked by the assignment' : '  (alternative)'}`,
    ...PARTS.map((part) => `    ${part.padEnd(12)} ${parts[part].toFixed(3)} × ${weights[part].toFixed(2)} = ${(parts[part] * weights[part]).toFixed(4)}`),
    `    why: ${describeReasons(entry.reasons)}`,
  ];
}
