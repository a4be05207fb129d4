import fc from 'fast-check';

import { generateMatchingWorld } from './bench/matching-world.generator';
import { MatchingInputError } from './input-validation';
import { runMatching } from './match-engine';
import { aCandidate, aFundingOffer, aFundingRole, anInput, aRole } from './testing/engine-fixtures';
import type { MatchingInput, MatchingResult } from './types';

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1103515245) + 12345) | 0;
    const j = (state >>> 0) % (i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

function withoutTimings(result: MatchingResult): unknown {
  return { ...result, stats: { ...result.stats, timings: null } };
}

describe('runMatching', () => {
  const world: MatchingInput = generateMatchingWorld({ seed: 5, candidates: 1_500, roles: 300 });
  const result = runMatching(world);

  it('respects seats, capacities and exclusions, and proposes each pair once', () => {
    const seats = new Map(world.roles.map((role) => [role.id, role.seatsOpen]));
    const capacity = new Map(world.candidates.map((candidate) => [candidate.id, candidate]));
    const perRole = new Map<string, number>();
    const perCandidate = new Map<string, number>();
    const excluded = new Set(world.exclusions.map((e) => `${e.roleId}|${e.candidateId}`));
    const pairs = new Set(result.proposals.map((p) => `${p.roleId}|${p.candidateId}`));
    expect(pairs.size).toBe(result.proposals.length);
    for (const proposal of result.proposals) {
      perRole.set(proposal.roleId, (perRole.get(proposal.roleId) ?? 0) + 1);
      perCandidate.set(proposal.candidateId, (perCandidate.get(proposal.candidateId) ?? 0) + 1);
      expect(excluded.has(`${proposal.roleId}|${proposal.candidateId}`)).toBe(false);
    }
    for (const [roleId, count] of perRole) expect(count).toBeLessThanOrEqual(seats.get(roleId) ?? 0);
    for (const [candidateId, count] of perCandidate) expect(count).toBeLessThanOrEqual(capacity.get(candidateId)?.capacity ?? 0);
    expect(result.stats.assigned).toBe(result.proposals.length);
    expect(result.proposals.length).toBeGreaterThan(100);
  });

  it('reports scores that match their breakdowns and sum to totalScore', () => {
    let total = 0;
    for (const { score, breakdown } of result.proposals) {
      const sum = Object.entries(breakdown.parts).reduce((acc, [name, part]) => acc + breakdown.weights[name as keyof typeof breakdown.weights] * part, 0);
      expect(score).toBeCloseTo(sum, 12);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
      total += score;
    }
    expect(result.stats.totalScore).toBeCloseTo(total, 9);
  });

  it('gives the same proposals for the same input in any order', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const reordered = { ...world, roles: shuffled(world.roles, seed), candidates: shuffled(world.candidates, seed + 1) };
        expect(withoutTimings(runMatching(reordered))).toEqual(withoutTimings(result));
      }),
      { numRuns: 3 },
    );
  });

  it('gives a mustFill role its seat before a better-scoring role', () => {
    const mentor = aCandidate({ id: 'mentor', kind: 'MENTOR', capacity: 1 });
    const roles = [aRole({ id: 'great-fit', kind: 'MENTOR', mustFill: false }), aRole({ id: 'cohort', kind: 'MENTOR', mustFill: true, hoursPerMonth: 20, focusArea: 'health' })];
    const { proposals, stats } = runMatching(anInput(roles, [mentor]));
    expect(proposals.map((p) => p.roleId)).toEqual(['cohort']);
    expect(stats).toMatchObject({ mustFillCovered: 1, mustFillTotal: 1 });
  });

  it('funds roles within what the budget covers at the smallest ticket', () => {
    const offer = aFundingOffer({ capacity: 50, funding: { focusAreas: [], countries: [], minTicket: 10_000, maxTicket: 50_000, budgetLeft: 30_000 } });
    const roles = ['f1', 'f2', 'f3', 'f4'].map((id) => aFundingRole({ id, amount: 10_000 }));
    expect(runMatching(anInput(roles, [offer])).proposals).toHaveLength(3);
  });

  it('explains every proposal', () => {
    const { proposals } = runMatching(anInput([aRole()], [aCandidate()]));
    expect(proposals[0].explanation).toMatch(/^covers the wanted skill: fundraising \(advanced\); speaks English/);
  });

  it('handles an empty run', () => {
    expect(runMatching(anInput([], [])).stats).toMatchObject({ roles: 0, candidates: 0, edges: 0, assigned: 0, totalScore: 0 });
  });

  it('refuses ambiguous ids and numbers that would make scores NaN', () => {
    expect(() => runMatching(anInput([aRole(), aRole()], []))).toThrow(MatchingInputError);
    expect(() => runMatching(anInput([aRole({ skills: [{ skillId: 'x', level: 3, weight: 0 }] })], []))).toThrow(/skills\[0\]\.weight must be a finite number > 0/);
    expect(() => runMatching(anInput([], [aCandidate({ hoursPerMonthFree: Number.NaN })]))).toThrow(/hoursPerMonthFree/);
  });
});
