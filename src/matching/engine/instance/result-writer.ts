import type { AssignmentSolution } from '../assignment/assignment.types';
import type { ParsedInstance } from './instance-parser';

export interface InstanceAssignment {
  candidate: string;
  slot: string;
  weight: number;
}

export interface InstanceResult {
  assignments: InstanceAssignment[];
  totalWeight: number;
  mustFillCovered: number;
}

/** Output of matching-instance.md; assignments in input edge order. */
export function toInstanceResult(instance: ParsedInstance, solution: AssignmentSolution): InstanceResult {
  const { edgeCandidate, edgeSlot, edgeWeight } = instance.problem;
  const assignments = new Array<InstanceAssignment>(solution.chosenEdges.length);
  for (let k = 0; k < solution.chosenEdges.length; k++) {
    const e = solution.chosenEdges[k];
    assignments[k] = {
      candidate: instance.candidateIds[edgeCandidate[e]],
      slot: instance.slotIds[edgeSlot[e]],
      weight: edgeWeight[e],
    };
  }
  return { assignments, totalWeight: solution.totalWeight, mustFillCovered: solution.mustFillCovered };
}
