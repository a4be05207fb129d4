import type { AssignmentProblem, AssignmentSolution } from './assignment.types';
import { buildFlowNetwork, type FlowNetwork } from './flow-network';
import { solveMinCostCirculation } from './network-simplex.solver';

/**
 * Exact optimum of the assignment: most mustFill slots covered first, then the largest total
 * weight (weights rounded to multiples of 2^-k, k ≥ 32 up to 50k-a-side instances; see flow-network).
 */
export function solveAssignment(problem: AssignmentProblem): AssignmentSolution {
  const network = buildFlowNetwork(problem);
  return readSolution(problem, network, solveMinCostCirculation(network));
}

export function readSolution(problem: AssignmentProblem, network: FlowNetwork, flow: Int32Array): AssignmentSolution {
  const chosen: number[] = [];
  const covered = new Uint8Array(problem.slotCapacity.length);
  let totalWeight = 0;
  let mustFillCovered = 0;
  for (let i = 0; i < network.edgeArc.length; i++) {
    const arc = network.edgeArc[i];
    if (arc < 0 || flow[arc] === 0) continue;
    chosen.push(i);
    totalWeight += problem.edgeWeight[i];
    const slot = problem.edgeSlot[i];
    if (problem.slotMustFill[slot] === 1 && covered[slot] === 0) mustFillCovered++;
    covered[slot] = 1;
  }
  return { chosenEdges: Int32Array.from(chosen), totalWeight, mustFillCovered };
}
