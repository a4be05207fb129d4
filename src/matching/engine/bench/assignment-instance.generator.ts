import type { AssignmentProblem } from '../assignment/assignment.types';
import { mulberry32, randomInt } from './prng';

export interface AssignmentInstanceSpec {
  seed: number;
  candidates: number;
  slots: number;
  edges: number;
}

/**
 * Seeded instance shaped like a matching run: candidates take 1-3 seats, slots have 1-6 seats
 * (mostly few), ~5% of slots are mustFill, and candidate quality is skewed so that the strong
 * profiles appear in many slots' lists and compete, as top-K candidate lists do.
 */
export function generateAssignmentInstance(spec: AssignmentInstanceSpec): AssignmentProblem {
  const random = mulberry32(spec.seed);
  const candidateCapacity = new Int32Array(spec.candidates);
  const quality = new Float64Array(spec.candidates);
  for (let c = 0; c < spec.candidates; c++) {
    const roll = random();
    candidateCapacity[c] = roll < 0.5 ? 1 : roll < 0.8 ? 2 : 3;
    quality[c] = 0.3 + 0.6 * random();
  }
  const slotCapacity = new Int32Array(spec.slots);
  const slotMustFill = new Uint8Array(spec.slots);
  for (let s = 0; s < spec.slots; s++) {
    slotCapacity[s] = 1 + Math.floor(random() * random() * 6);
    slotMustFill[s] = random() < 0.05 ? 1 : 0;
  }
  return { candidateCapacity, slotCapacity, slotMustFill, ...generateEdges(spec, quality, random) };
}

function generateEdges(spec: AssignmentInstanceSpec, quality: Float64Array, random: () => number): Pick<AssignmentProblem, 'edgeCandidate' | 'edgeSlot' | 'edgeWeight'> {
  const meanDegree = spec.edges / spec.slots;
  const degrees = new Int32Array(spec.slots);
  let total = 0;
  for (let s = 0; s < spec.slots; s++) {
    degrees[s] = Math.min(spec.candidates, randomInt(random, Math.ceil(meanDegree / 2), Math.floor(meanDegree * 1.5)));
    total += degrees[s];
  }
  const edgeCandidate = new Int32Array(total);
  const edgeSlot = new Int32Array(total);
  const edgeWeight = new Float64Array(total);
  const seen = new Int32Array(spec.candidates).fill(-1);
  let e = 0;
  for (let s = 0; s < spec.slots; s++) {
    for (let k = 0; k < degrees[s]; k++) {
      let c = pickCandidate(spec.candidates, random);
      while (seen[c] === s) c = pickCandidate(spec.candidates, random);
      seen[c] = s;
      edgeCandidate[e] = c;
      edgeSlot[e] = s;
      const noisy = quality[c] + 0.35 * (random() - 0.5);
      edgeWeight[e++] = Math.round(Math.min(1, Math.max(0, noisy)) * 1e6) / 1e6;
    }
  }
  return { edgeCandidate, edgeSlot, edgeWeight };
}

/** Skewed towards low indices: a share of profiles gets picked for many slots. */
function pickCandidate(count: number, random: () => number): number {
  return random() < 0.3 ? Math.floor(count * random() * random()) : Math.floor(count * random());
}
