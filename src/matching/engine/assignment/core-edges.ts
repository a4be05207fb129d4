import type { AssignmentProblem } from './assignment.types';
import { groupByOwner } from './group-by-owner';

/**
 * Edges likely to matter: among the `capacity` best of their slot or of their candidate (what a
 * greedy pick would look at). The simplex optimizes over these first and then prices the rest in
 * rounds, adding only edges that would improve the solution: on the 2M-edge bench ~40% of the edges
 * are ever searched and the pivot count, which follows the edges searched, halves. Wider margins
 * were measured and only searched more. The final pricing makes the result exact whatever this
 * selection is.
 */
export function selectCoreEdges(problem: AssignmentProblem, candidateCap: Int32Array, slotCap: Int32Array): Uint8Array {
  const core = new Uint8Array(problem.edgeWeight.length);
  markBestEdges(problem.edgeSlot, slotCap, problem.edgeWeight, core);
  markBestEdges(problem.edgeCandidate, candidateCap, problem.edgeWeight, core);
  return core;
}

function markBestEdges(owner: Int32Array, capacity: Int32Array, weight: Float64Array, core: Uint8Array): void {
  const { start, order: edges } = groupByOwner(owner, capacity.length);
  const best = new Float64Array(SMALL_KEEP);
  for (let v = 0; v < capacity.length; v++) {
    const keep = Math.min(capacity[v], start[v + 1] - start[v]);
    if (keep === 0) continue;
    const threshold = keep === start[v + 1] - start[v] ? -Infinity : keepThreshold(edges, start[v], start[v + 1], weight, keep, best);
    for (let k = start[v]; k < start[v + 1]; k++) if (weight[edges[k]] >= threshold) core[edges[k]] = 1;
  }
}

// Capacities are small (a few seats); the insertion below is then cheaper than sorting each group.
const SMALL_KEEP = 32;

/** The keep-th largest weight among edges[from, to) (ties may let a few more through). */
function keepThreshold(edges: Int32Array, from: number, to: number, weight: Float64Array, keep: number, best: Float64Array): number {
  if (keep > SMALL_KEEP) return Float64Array.from(edges.subarray(from, to), (e) => weight[e]).sort()[to - from - keep];
  let size = 0;
  for (let k = from; k < to; k++) {
    const w = weight[edges[k]];
    if (size === keep && w <= best[size - 1]) continue;
    let i = size < keep ? size++ : size - 1;
    while (i > 0 && best[i - 1] < w) {
      best[i] = best[i - 1];
      i--;
    }
    best[i] = w;
  }
  return best[keep - 1];
}
