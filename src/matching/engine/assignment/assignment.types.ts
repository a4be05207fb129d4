/**
 * The assignment step on integer indices: candidates 0..candidateCapacity.length-1, slots
 * 0..slotCapacity.length-1, edge i joins edgeCandidate[i] and edgeSlot[i] with edgeWeight[i] in [0, 1].
 */
export interface AssignmentProblem {
  candidateCapacity: Int32Array;
  slotCapacity: Int32Array;
  slotMustFill: Uint8Array;
  edgeCandidate: Int32Array;
  edgeSlot: Int32Array;
  edgeWeight: Float64Array;
}

export interface AssignmentSolution {
  /** Chosen edge indices, ascending. */
  chosenEdges: Int32Array;
  /** Sum of the chosen edges' original weights. */
  totalWeight: number;
  mustFillCovered: number;
}
