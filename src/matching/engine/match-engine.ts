import type { AssignmentProblem, AssignmentSolution } from './assignment/assignment.types';
import { solveAssignment } from './assignment/solve-assignment';
import { buildCandidateTable, type CandidateTable, compareIds, F_CAPACITY, STRIDE } from './candidate-table';
import { createCandidateGenerator, generateCandidates, type RankedCandidate } from './candidates';
import { type MatchingConfig, resolveMatchingConfig } from './config';
import { explainMatch, matchReasons } from './explain';
import { validateMatchingInput } from './input-validation';
import { type PreparedRole, prepareRole } from './prepared-role';
import { scoreBreakdown } from './score';
import type { Exclusion, MatchingInput, MatchingResult, Proposal, RoleShortlist } from './types';

/**
 * Candidate generation → scores → exact assignment → explained proposals. Roles and candidates are
 * put in id order first, so the same input in any order gives the same proposals (timings aside).
 */
export function runMatching(input: MatchingInput): MatchingResult {
  validateMatchingInput(input);
  const config = resolveMatchingConfig(input.config);
  const generationStart = performance.now();
  const table = buildCandidateTable(input.candidates, config);
  const roles = [...input.roles].sort((a, b) => compareIds(a.id, b.id)).map((role) => prepareRole(role, table));
  const lists = candidateLists(roles, table, input.exclusions, config);
  const problem = toAssignmentProblem(roles, lists, table);
  const solveStart = performance.now();
  const solution = solveAssignment(problem);
  const solveMs = performance.now() - solveStart;
  return {
    proposals: toProposals(roles, table, problem, solution, input.skillNames, config),
    shortlists: toShortlists(roles, lists, table, proposedPairs(problem, solution), input.skillNames, config),
    stats: {
      roles: roles.length,
      candidates: table.candidates.length,
      edges: problem.edgeWeight.length,
      assigned: solution.chosenEdges.length,
      mustFillCovered: solution.mustFillCovered,
      mustFillTotal: roles.filter(({ role }) => role.mustFill && role.seatsOpen > 0).length,
      totalScore: solution.totalWeight,
      timings: { candidateMs: solveStart - generationStart, solveMs },
    },
  };
}

function candidateLists(roles: PreparedRole[], table: CandidateTable, exclusions: Exclusion[], config: MatchingConfig): RankedCandidate[][] {
  const excluded = exclusionsByRole(exclusions, table);
  const generator = createCandidateGenerator(table, config);
  return roles.map((role) => generateCandidates(generator, role, excluded.get(role.role.id)));
}

function exclusionsByRole(exclusions: Exclusion[], table: CandidateTable): Map<string, Set<number>> {
  const rowById = new Map(table.candidates.map((candidate, row) => [candidate.id, row]));
  const byRole = new Map<string, Set<number>>();
  for (const { roleId, candidateId } of exclusions) {
    const row = rowById.get(candidateId);
    if (row === undefined) continue;
    const rows = byRole.get(roleId) ?? new Set<number>();
    rows.add(row);
    byRole.set(roleId, rows);
  }
  return byRole;
}

/** Slots are roles (seats = seatsOpen), candidates are table rows, edge weights are the scores. */
function toAssignmentProblem(roles: PreparedRole[], lists: RankedCandidate[][], table: CandidateTable): AssignmentProblem {
  const edgeCount = lists.reduce((sum, list) => sum + list.length, 0);
  const problem: AssignmentProblem = {
    candidateCapacity: candidateCapacities(table),
    slotCapacity: Int32Array.from(roles, ({ role }) => Math.max(0, role.seatsOpen)),
    slotMustFill: Uint8Array.from(roles, ({ role }) => (role.mustFill ? 1 : 0)),
    edgeCandidate: new Int32Array(edgeCount),
    edgeSlot: new Int32Array(edgeCount),
    edgeWeight: new Float64Array(edgeCount),
  };
  let e = 0;
  lists.forEach((list, slot) => {
    for (const { row, score } of list) {
      problem.edgeCandidate[e] = row;
      problem.edgeSlot[e] = slot;
      problem.edgeWeight[e++] = score;
    }
  });
  return problem;
}

function candidateCapacities(table: CandidateTable): Int32Array {
  return Int32Array.from(table.candidates, (_, row) => table.rows[row * STRIDE + F_CAPACITY]);
}

function toProposals(
  roles: PreparedRole[],
  table: CandidateTable,
  problem: AssignmentProblem,
  solution: AssignmentSolution,
  skillNames: Readonly<Record<string, string>>,
  config: MatchingConfig,
): Proposal[] {
  return Array.from(solution.chosenEdges, (e) => {
    const role = roles[problem.edgeSlot[e]];
    const row = problem.edgeCandidate[e];
    const candidate = table.candidates[row];
    const breakdown = scoreBreakdown(role, table, row, config.weights);
    return {
      roleId: role.role.id,
      candidateId: candidate.id,
      score: problem.edgeWeight[e],
      breakdown,
      ...explainMatch(role.role, candidate, breakdown, skillNames),
    };
  });
}

/** Slot index × candidate count + row, for each chosen edge. */
function proposedPairs(problem: AssignmentProblem, solution: AssignmentSolution): Set<number> {
  const rows = problem.candidateCapacity.length;
  return new Set(Array.from(solution.chosenEdges, (e) => problem.edgeSlot[e] * rows + problem.edgeCandidate[e]));
}

/**
 * The head of each role's ranked list, best first, with reasons but no English text: 12k roles × 5
 * renderings would cost a run more than the shortlist is worth, and the client words reasons itself.
 */
function toShortlists(
  roles: PreparedRole[],
  lists: RankedCandidate[][],
  table: CandidateTable,
  proposed: ReadonlySet<number>,
  skillNames: Readonly<Record<string, string>>,
  config: MatchingConfig,
): RoleShortlist[] {
  const shortlists: RoleShortlist[] = [];
  roles.forEach((role, slot) => {
    const head = lists[slot].slice(0, config.shortlistSize);
    if (head.length === 0) return;
    const entries = head.map(({ row, score }, i) => {
      const candidate = table.candidates[row];
      const breakdown = scoreBreakdown(role, table, row, config.weights);
      const reasons = matchReasons(role.role, candidate, breakdown, skillNames);
      return { candidateId: candidate.id, rank: i + 1, score, breakdown, reasons, proposed: proposed.has(slot * table.candidates.length + row) };
    });
    shortlists.push({ roleId: role.role.id, entries });
  });
  return shortlists;
}
