import { runMatching } from '../match-engine';
import { LABELLED_SCENARIOS, type LabelledScenario } from '../testing/labelled-worlds';
import type { MatchingInput, MatchingResult } from '../types';
import { hardRuleViolations, precisionAt3 } from './shortlist-quality';

function inputOf(scenario: LabelledScenario): MatchingInput {
  return { roles: [scenario.role], candidates: scenario.candidates, exclusions: scenario.exclusions, skillNames: {} };
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

function withoutTimings(result: MatchingResult): unknown {
  return { ...result, stats: { ...result.stats, timings: null } };
}

describe('labelled worlds: shortlists a curator would agree with', () => {
  const results = LABELLED_SCENARIOS.map((scenario) => ({ scenario, result: runMatching(inputOf(scenario)) }));

  it('covers at least 30 roles across volunteer, mentor and funding kinds', () => {
    const kinds = new Set(LABELLED_SCENARIOS.map((s) => s.role.kind));
    expect(LABELLED_SCENARIOS.length).toBeGreaterThanOrEqual(30);
    expect([...kinds].sort()).toEqual(['FUNDING', 'MENTOR', 'VOLUNTEER']);
  });

  it('reaches precision@3 of at least 0.9 over all labelled roles', () => {
    const precisions = results.map(({ scenario, result }) => precisionAt3(result.shortlists[0], scenario.expectedTop3));
    const misses = results
      .filter((_, i) => precisions[i] < 1)
      .map(({ scenario, result }) => `${scenario.role.id} ${scenario.name}: ${result.shortlists[0]?.entries.map((e) => e.candidateId).join(',')}`);
    const mean = precisions.reduce((sum, p) => sum + p, 0) / precisions.length;
    process.stdout.write(`labelled worlds alone: precision@3 ${mean.toFixed(3)} over ${precisions.length} roles; misses: ${misses.join(' | ') || 'none'}\n`);
    expect(mean).toBeGreaterThanOrEqual(0.9);
  });

  it('shortlists no pair that breaks a hard rule', () => {
    const violations = results.flatMap(({ scenario, result }) =>
      (result.shortlists[0]?.entries ?? []).flatMap((entry) => {
        const candidate = scenario.candidates.find((c) => c.id === entry.candidateId);
        return candidate ? hardRuleViolations(scenario.role, candidate, scenario.exclusions).map((rule) => `${entry.candidateId}: ${rule}`) : [`${entry.candidateId}: unknown`];
      }),
    );
    expect(violations).toEqual([]);
  });

  it('gives identical results for the same world run twice and with its input shuffled', () => {
    const all: MatchingInput = {
      roles: LABELLED_SCENARIOS.map((s) => s.role),
      candidates: LABELLED_SCENARIOS.flatMap((s) => s.candidates),
      exclusions: LABELLED_SCENARIOS.flatMap((s) => s.exclusions),
      skillNames: {},
    };
    const first = withoutTimings(runMatching(all));
    expect(withoutTimings(runMatching(all))).toEqual(first);
    const reordered = { ...all, roles: shuffled(all.roles, 7), candidates: shuffled(all.candidates, 11), exclusions: shuffled(all.exclusions, 13) };
    expect(withoutTimings(runMatching(reordered))).toEqual(first);
  });
});
