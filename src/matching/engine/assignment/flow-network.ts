import type { AssignmentProblem } from './assignment.types';
import { selectCoreEdges } from './core-edges';

/**
 * Min-cost circulation form of the assignment. One hub node plays source and sink at once:
 * hub→candidate (cap = capacity), candidate→slot (cap 1 per edge, so a candidate never takes two
 * seats of one slot), slot→hub (cap = seats). A circulation may leave seats empty, so the optimum
 * maximizes weight instead of flow. A mustFill slot's first seat goes through its own arc with a
 * bonus larger than any weight a single exchange can lose, which makes coverage lexicographically
 * first.
 */
export interface FlowNetwork {
  nodeCount: number;
  arcCount: number;
  hub: number;
  source: Int32Array;
  target: Int32Array;
  cost: Float64Array;
  capacity: Int32Array;
  /** Arc carrying edge i, or -1 when one side has no capacity. */
  edgeArc: Int32Array;
  /** Arcs [0, coreArcCount) are optimized first, the rest priced in afterwards (see core-edges). */
  coreArcCount: number;
}

/*
 * Costs are integers held in doubles so every sum is exact. Weights scale by S = 2^k (exact
 * scaling, one rounding of at most 2^-(k+1) per edge). A simple cycle reverses at most m edges
 * (m = min(active candidates, active slots)), so a bonus B = S·(m+1) outweighs any weight loss of a
 * cycle that covers one more mustFill slot. Tree potentials are sums along simple paths: at most
 * two bonus arcs and 2m+1 edge arcs, i.e. below S·(4m+3); k is chosen so that stays under 2^50.
 */
const MAX_SCALE_EXPONENT = 40;

function weightScale(matchBound: number): number {
  const exponent = Math.floor(Math.log2(2 ** 50 / (4 * matchBound + 3)));
  return 2 ** Math.min(MAX_SCALE_EXPONENT, exponent);
}

export function buildFlowNetwork(problem: AssignmentProblem): FlowNetwork {
  const candidateCount = problem.candidateCapacity.length;
  const slotCount = problem.slotCapacity.length;
  const candidateCap = clampToDegree(problem.candidateCapacity, problem.edgeCandidate);
  const slotCap = clampToDegree(problem.slotCapacity, problem.edgeSlot);
  const usable = countUsableEdges(problem, candidateCap, slotCap);
  const activeCandidates = countPositive(candidateCap);
  const activeSlots = countPositive(slotCap);
  const splitSlots = countSplitSlots(problem.slotMustFill, slotCap);
  const matchBound = Math.min(activeCandidates, activeSlots);
  const hub = candidateCount + slotCount;
  const arcCount = usable + activeCandidates + activeSlots + splitSlots;
  const network: FlowNetwork = {
    nodeCount: hub + 1,
    arcCount,
    hub,
    source: new Int32Array(arcCount),
    target: new Int32Array(arcCount),
    cost: new Float64Array(arcCount),
    capacity: new Int32Array(arcCount),
    edgeArc: new Int32Array(problem.edgeWeight.length).fill(-1),
    coreArcCount: 0,
  };
  const scale = weightScale(matchBound);
  const core = selectCoreEdges(problem, candidateCap, slotCap);
  let arc = addEdgeArcs(network, problem, candidateCap, slotCap, scale, core, 1, 0);
  arc = addCandidateArcs(network, candidateCap, arc);
  arc = addSlotArcs(network, problem.slotMustFill, slotCap, candidateCount, scale * (matchBound + 1), arc);
  network.coreArcCount = arc;
  addEdgeArcs(network, problem, candidateCap, slotCap, scale, core, 0, arc);
  return network;
}

/** A side can never use more units than it has edges; clamping keeps capacities small and tight. */
function clampToDegree(capacity: Int32Array, endpoint: Int32Array): Int32Array {
  const degree = new Int32Array(capacity.length);
  for (let i = 0; i < endpoint.length; i++) degree[endpoint[i]]++;
  for (let v = 0; v < capacity.length; v++) degree[v] = Math.min(degree[v], capacity[v]);
  return degree;
}

function countUsableEdges(problem: AssignmentProblem, candidateCap: Int32Array, slotCap: Int32Array): number {
  let usable = 0;
  for (let i = 0; i < problem.edgeWeight.length; i++) {
    if (candidateCap[problem.edgeCandidate[i]] > 0 && slotCap[problem.edgeSlot[i]] > 0) usable++;
  }
  return usable;
}

function countPositive(values: Int32Array): number {
  let count = 0;
  for (let i = 0; i < values.length; i++) if (values[i] > 0) count++;
  return count;
}

/** mustFill slots with more than one seat get two slot arcs: the bonus seat and the rest. */
function countSplitSlots(mustFill: Uint8Array, slotCap: Int32Array): number {
  let count = 0;
  for (let s = 0; s < slotCap.length; s++) if (mustFill[s] === 1 && slotCap[s] > 1) count++;
  return count;
}

function setArc(network: FlowNetwork, arc: number, from: number, to: number, cost: number, capacity: number): void {
  network.source[arc] = from;
  network.target[arc] = to;
  network.cost[arc] = cost;
  network.capacity[arc] = capacity;
}

/** Adds the usable edges whose core flag equals `coreFlag`, in input order, from `firstArc` on. */
function addEdgeArcs(
  network: FlowNetwork,
  problem: AssignmentProblem,
  candidateCap: Int32Array,
  slotCap: Int32Array,
  scale: number,
  core: Uint8Array,
  coreFlag: number,
  firstArc: number,
): number {
  const slotBase = candidateCap.length;
  let arc = firstArc;
  for (let i = 0; i < problem.edgeWeight.length; i++) {
    const candidate = problem.edgeCandidate[i];
    const slot = problem.edgeSlot[i];
    if (core[i] !== coreFlag || candidateCap[candidate] === 0 || slotCap[slot] === 0) continue;
    network.edgeArc[i] = arc;
    setArc(network, arc++, candidate, slotBase + slot, -Math.round(problem.edgeWeight[i] * scale), 1);
  }
  return arc;
}

function addCandidateArcs(network: FlowNetwork, candidateCap: Int32Array, firstArc: number): number {
  let arc = firstArc;
  for (let c = 0; c < candidateCap.length; c++) {
    if (candidateCap[c] > 0) setArc(network, arc++, network.hub, c, 0, candidateCap[c]);
  }
  return arc;
}

function addSlotArcs(network: FlowNetwork, mustFill: Uint8Array, slotCap: Int32Array, slotBase: number, bonus: number, firstArc: number): number {
  let arc = firstArc;
  for (let s = 0; s < slotCap.length; s++) {
    const capacity = slotCap[s];
    if (capacity === 0) continue;
    if (mustFill[s] === 1) {
      setArc(network, arc++, slotBase + s, network.hub, -bonus, 1);
      if (capacity > 1) setArc(network, arc++, slotBase + s, network.hub, 0, capacity - 1);
    } else {
      setArc(network, arc++, slotBase + s, network.hub, 0, capacity);
    }
  }
  return arc;
}
