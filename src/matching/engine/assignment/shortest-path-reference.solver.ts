import type { AssignmentProblem, AssignmentSolution } from './assignment.types';
import { buildFlowNetwork, type FlowNetwork } from './flow-network';
import { groupByOwner } from './group-by-owner';
import { readSolution } from './solve-assignment';

/**
 * Reference solver for benchmarks and cross-checks: successive shortest paths with a queue-based
 * Bellman-Ford (SPFA) on the same network and integer costs as the simplex, so both must reach the
 * same optimal cost. The hub splits into a source (its outgoing arcs) and a sink (its incoming
 * arcs); augmenting stops when the cheapest path no longer lowers the cost, which is the min-cost
 * flow over all flow values because that cost is convex in the flow value. Far too slow for real
 * sizes (one Bellman-Ford per augmentation).
 */
export function solveAssignmentReference(problem: AssignmentProblem): AssignmentSolution {
  const network = buildFlowNetwork(problem);
  return readSolution(problem, network, shortestPathFlow(network));
}

interface Residual {
  sink: number;
  /** Residual arc 2a is arc a forward, 2a+1 backward; grouped by tail in CSR form. */
  start: Int32Array;
  order: Int32Array;
  head: Int32Array;
}

function shortestPathFlow(network: FlowNetwork): Int32Array {
  const residual = buildResidual(network);
  const flow = new Int32Array(network.arcCount);
  const nodes = network.nodeCount + 1;
  const distance = new Float64Array(nodes);
  const via = new Int32Array(nodes);
  while (shortestPaths(network, residual, flow, distance, via) && distance[residual.sink] < 0) {
    augment(network, residual.sink, flow, via);
  }
  return flow;
}

function buildResidual(network: FlowNetwork): Residual {
  const sink = network.nodeCount;
  const nodes = network.nodeCount + 1;
  const head = new Int32Array(2 * network.arcCount);
  const tail = new Int32Array(2 * network.arcCount);
  for (let a = 0; a < network.arcCount; a++) {
    const from = network.source[a];
    const to = network.target[a] === network.hub ? sink : network.target[a];
    tail[2 * a] = from;
    head[2 * a] = to;
    tail[2 * a + 1] = to;
    head[2 * a + 1] = from;
  }
  return { sink, head, ...groupByOwner(tail, nodes) };
}

function residualCapacity(network: FlowNetwork, flow: Int32Array, r: number): number {
  const a = r >> 1;
  return (r & 1) === 0 ? network.capacity[a] - flow[a] : flow[a];
}

/** SPFA from the hub; false when the sink is unreachable. */
function shortestPaths(network: FlowNetwork, residual: Residual, flow: Int32Array, distance: Float64Array, via: Int32Array): boolean {
  const nodes = distance.length;
  distance.fill(Infinity);
  via.fill(-1);
  const queue = new Int32Array(nodes);
  const queued = new Uint8Array(nodes);
  let headIndex = 0;
  let size = 1;
  queue[0] = network.hub;
  queued[network.hub] = 1;
  distance[network.hub] = 0;
  while (size > 0) {
    const u = queue[headIndex];
    headIndex = (headIndex + 1) % nodes;
    size--;
    queued[u] = 0;
    for (let k = residual.start[u]; k < residual.start[u + 1]; k++) {
      const r = residual.order[k];
      if (residualCapacity(network, flow, r) <= 0) continue;
      const cost = (r & 1) === 0 ? network.cost[r >> 1] : -network.cost[r >> 1];
      const v = residual.head[r];
      if (distance[u] + cost >= distance[v]) continue;
      distance[v] = distance[u] + cost;
      via[v] = r;
      if (queued[v] === 0 && v !== residual.sink) {
        queue[(headIndex + size++) % nodes] = v;
        queued[v] = 1;
      }
    }
  }
  return distance[residual.sink] !== Infinity;
}

function augment(network: FlowNetwork, sink: number, flow: Int32Array, via: Int32Array): void {
  let amount = Infinity;
  for (let v = sink; v !== network.hub;) {
    const r = via[v];
    amount = Math.min(amount, residualCapacity(network, flow, r));
    v = tailOf(network, r);
  }
  for (let v = sink; v !== network.hub;) {
    const r = via[v];
    flow[r >> 1] += (r & 1) === 0 ? amount : -amount;
    v = tailOf(network, r);
  }
}

/** Paths never leave the sink, so a backward arc's tail is always a real node (the arc's head). */
function tailOf(network: FlowNetwork, r: number): number {
  return (r & 1) === 0 ? network.source[r >> 1] : network.target[r >> 1];
}
