import fc from 'fast-check';

import { generateAssignmentInstance } from '../bench/assignment-instance.generator';
import type { AssignmentProblem, AssignmentSolution } from './assignment.types';
import { solveAssignmentReference } from './shortest-path-reference.solver';
import { solveAssignment } from './solve-assignment';

interface Optimum {
  mustFillCovered: number;
  totalWeight: number;
}

function problemOf(candidateCapacity: number[], slotCapacity: number[], mustFill: boolean[], edges: { candidate: number; slot: number; weight: number }[]): AssignmentProblem {
  return {
    candidateCapacity: Int32Array.from(candidateCapacity),
    slotCapacity: Int32Array.from(slotCapacity),
    slotMustFill: Uint8Array.from(mustFill, (flag) => (flag ? 1 : 0)),
    edgeCandidate: Int32Array.from(edges, (edge) => edge.candidate),
    edgeSlot: Int32Array.from(edges, (edge) => edge.slot),
    edgeWeight: Float64Array.from(edges, (edge) => edge.weight),
  };
}

/** Every subset of edges that fits the capacities, best by (mustFill covered, total weight). */
function bruteForce(problem: AssignmentProblem): Optimum {
  const edgeCount = problem.edgeWeight.length;
  let best: Optimum = { mustFillCovered: -1, totalWeight: -1 };
  for (let mask = 0; mask < 1 << edgeCount; mask++) {
    const chosen = Array.from({ length: edgeCount }, (_, e) => e).filter((e) => (mask & (1 << e)) !== 0);
    if (!isFeasible(problem, chosen)) continue;
    const value = evaluate(problem, chosen);
    if (value.mustFillCovered > best.mustFillCovered || (value.mustFillCovered === best.mustFillCovered && value.totalWeight > best.totalWeight)) {
      best = value;
    }
  }
  return best;
}

function isFeasible(problem: AssignmentProblem, chosen: readonly number[]): boolean {
  const candidateUse = new Int32Array(problem.candidateCapacity.length);
  const slotUse = new Int32Array(problem.slotCapacity.length);
  const pairs = new Set<string>();
  for (const e of chosen) {
    const candidate = problem.edgeCandidate[e];
    const slot = problem.edgeSlot[e];
    pairs.add(`${candidate}:${slot}`);
    if (++candidateUse[candidate] > problem.candidateCapacity[candidate]) return false;
    if (++slotUse[slot] > problem.slotCapacity[slot]) return false;
  }
  return pairs.size === chosen.length;
}

function evaluate(problem: AssignmentProblem, chosen: readonly number[]): Optimum {
  const covered = new Set<number>();
  let totalWeight = 0;
  for (const e of chosen) {
    totalWeight += problem.edgeWeight[e];
    if (problem.slotMustFill[problem.edgeSlot[e]] === 1) covered.add(problem.edgeSlot[e]);
  }
  return { mustFillCovered: covered.size, totalWeight };
}

function expectConsistent(problem: AssignmentProblem, solution: AssignmentSolution): void {
  const chosen = Array.from(solution.chosenEdges);
  expect(isFeasible(problem, chosen)).toBe(true);
  const value = evaluate(problem, chosen);
  expect(solution.mustFillCovered).toBe(value.mustFillCovered);
  expect(solution.totalWeight).toBeCloseTo(value.totalWeight, 9);
}

const weight = fc.oneof(fc.constantFrom(0, 0.25, 0.5, 1), fc.double({ min: 0, max: 1, noNaN: true }));

const smallInstance = fc
  .record({
    candidateCapacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 6 }),
    slotCapacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 5 }),
  })
  .chain(({ candidateCapacity, slotCapacity }) =>
    fc.record({
      candidateCapacity: fc.constant(candidateCapacity),
      slotCapacity: fc.constant(slotCapacity),
      mustFill: fc.array(fc.boolean(), { minLength: slotCapacity.length, maxLength: slotCapacity.length }),
      edges: fc.uniqueArray(fc.record({ candidate: fc.nat(candidateCapacity.length - 1), slot: fc.nat(slotCapacity.length - 1), weight }), {
        selector: (edge) => `${edge.candidate}:${edge.slot}`,
        maxLength: 13,
      }),
    }),
  )
  .map(({ candidateCapacity, slotCapacity, mustFill, edges }) => problemOf(candidateCapacity, slotCapacity, mustFill, edges));

describe('solveAssignment', () => {
  it('is feasible and matches the exhaustive lexicographic optimum on small random instances', () => {
    fc.assert(
      fc.property(smallInstance, (problem) => {
        const solution = solveAssignment(problem);
        expectConsistent(problem, solution);
        const best = bruteForce(problem);
        expect(solution.mustFillCovered).toBe(best.mustFillCovered);
        expect(Math.abs(solution.totalWeight - best.totalWeight)).toBeLessThanOrEqual(1e-6);
      }),
      { numRuns: 400 },
    );
  });

  it('agrees with the successive-shortest-path reference on medium random instances', () => {
    const medium = fc.integer({ min: 1, max: 2 ** 31 - 1 }).map((seed) => generateAssignmentInstance({ seed, candidates: 40, slots: 25, edges: 200 }));
    fc.assert(
      fc.property(medium, (problem) => {
        const solution = solveAssignment(problem);
        const reference = solveAssignmentReference(problem);
        expectConsistent(problem, solution);
        expect(solution.mustFillCovered).toBe(reference.mustFillCovered);
        expect(Math.abs(solution.totalWeight - reference.totalWeight)).toBeLessThanOrEqual(1e-6);
      }),
      { numRuns: 60 },
    );
  });

  it('agrees with the reference on the 2k × 500 bench instance', () => {
    const problem = generateAssignmentInstance({ seed: 1, candidates: 2_000, slots: 500, edges: 10_000 });
    const solution = solveAssignment(problem);
    const reference = solveAssignmentReference(problem);
    expectConsistent(problem, solution);
    expect(solution.mustFillCovered).toBe(reference.mustFillCovered);
    expect(Math.abs(solution.totalWeight - reference.totalWeight)).toBeLessThanOrEqual(1e-6);
  });

  it('beats greedy where greedy is not optimal', () => {
    // Greedy takes a–x (0.9), leaving b (only fits x) idle: 0.9. The optimum is a–y + b–x = 1.6.
    const problem = problemOf(
      [1, 1],
      [1, 1],
      [false, false],
      [
        { candidate: 0, slot: 0, weight: 0.9 },
        { candidate: 0, slot: 1, weight: 0.8 },
        { candidate: 1, slot: 0, weight: 0.8 },
      ],
    );
    const solution = solveAssignment(problem);
    expect(Array.from(solution.chosenEdges)).toEqual([1, 2]);
    expect(solution.totalWeight).toBeCloseTo(1.6, 12);
  });

  it('covers a mustFill slot before adding weight', () => {
    // One candidate: weight says slot 0 (0.9), the program rule says slot 1 (mustFill, 0.1).
    const problem = problemOf(
      [1],
      [1, 1],
      [false, true],
      [
        { candidate: 0, slot: 0, weight: 0.9 },
        { candidate: 0, slot: 1, weight: 0.1 },
      ],
    );
    const solution = solveAssignment(problem);
    expect(Array.from(solution.chosenEdges)).toEqual([1]);
    expect(solution.mustFillCovered).toBe(1);
  });

  it('spreads mustFill coverage over slots rather than filling one twice', () => {
    const problem = problemOf(
      [1, 1],
      [2, 1],
      [true, true],
      [
        { candidate: 0, slot: 0, weight: 1 },
        { candidate: 1, slot: 0, weight: 1 },
        { candidate: 1, slot: 1, weight: 0 },
      ],
    );
    const solution = solveAssignment(problem);
    expect(solution.mustFillCovered).toBe(2);
    expect(Array.from(solution.chosenEdges)).toEqual([0, 2]);
  });

  it('never gives one candidate two seats of the same slot', () => {
    const problem = problemOf([3], [3], [false], [{ candidate: 0, slot: 0, weight: 1 }]);
    expect(Array.from(solveAssignment(problem).chosenEdges)).toEqual([0]);
  });

  it('handles empty instances and zero capacities', () => {
    expect(solveAssignment(problemOf([], [], [], []))).toEqual({ chosenEdges: new Int32Array(0), totalWeight: 0, mustFillCovered: 0 });
    const blocked = problemOf(
      [0, 2],
      [1, 0],
      [true, true],
      [
        { candidate: 0, slot: 0, weight: 1 },
        { candidate: 1, slot: 1, weight: 1 },
      ],
    );
    expect(solveAssignment(blocked).chosenEdges).toHaveLength(0);
  });
});
