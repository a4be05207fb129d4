import { runMatching } from '../../src/matching/engine/match-engine';
import { hardRuleViolations, precisionAt3 } from '../../src/matching/engine/quality/shortlist-quality';
import { LABELLED_SCENARIOS, type LabelledScenario } from '../../src/matching/engine/testing/labelled-worlds';
import type { MatchingInput, MatchingResult } from '../../src/matching/engine/types';
import { MatchingInputLoader } from '../../src/matching/matching-input.loader';
import { MatchingRunEntity, MatchingScope } from '../../src/matching/matching-run.entity';
import { utcOffsetMinutes } from '../../src/matching/time-zone';
import { seedDemoWorld } from '../../src/seed/seed.service';
import { loadSkillTaxonomy } from '../../src/skills/skill-taxonomy.loader';
import { createTestApp, TestApp } from '../utils/test-app';

/**
 * The labelled scenarios (src/matching/engine/testing/labelled-worlds.ts) run next to the demo world
 * as the real loader reads it: the seed's people and offers compete for the labelled roles, and the
 * shortlists must still be what a curator would pick, the same on every run.
 */
describe('labelled worlds next to the demo world', () => {
  let t: TestApp;
  let demo: MatchingInput;

  beforeAll(async () => {
    t = await createTestApp();
    await loadSkillTaxonomy(t.dataSource);
    await seedDemoWorld(t.dataSource);
    await t.dataSource.query(`UPDATE organization SET time_zone = 'Europe/Warsaw', languages = '{pl,en}' WHERE kind = 'NONPROFIT'`);
    const run = Object.assign(new MatchingRunEntity(), { scope: MatchingScope.ALL, scopeId: null, parameters: {} });
    demo = (await new MatchingInputLoader(t.dataSource, t.config).load(run)).input;
  });
  afterAll(async () => {
    await t?.close();
  });

  // Each scenario's people were picked for its own role; next to each other, one scenario's offers would compete for another's.
  const nextToDemo = (scenario: LabelledScenario): MatchingInput => ({
    ...demo,
    roles: [...demo.roles, scenario.role],
    candidates: [...demo.candidates, ...scenario.candidates],
    exclusions: [...demo.exclusions, ...scenario.exclusions],
  });
  const withoutTimings = (result: MatchingResult): unknown => ({ ...result, stats: { ...result.stats, timings: null } });

  it("loads the nonprofit's time zone, languages and the candidates' sign-up times", () => {
    expect(demo.roles.length).toBeGreaterThan(0);
    const warsaw = utcOffsetMinutes('Europe/Warsaw', new Date());
    expect(demo.roles.every((role) => role.utcOffsetMinutes === warsaw && role.nonprofitLanguages?.includes('pl'))).toBe(true);
    expect(demo.candidates.every((candidate) => candidate.signedUpAt !== undefined && !Number.isNaN(Date.parse(candidate.signedUpAt)))).toBe(true);
  });

  it('keeps precision@3 of at least 0.9 with no hard-rule violation, identical across runs', () => {
    const runs = LABELLED_SCENARIOS.map((scenario) => ({ scenario, input: nextToDemo(scenario), result: runMatching(nextToDemo(scenario)) }));
    const precisions = runs.map(({ scenario, result }) =>
      precisionAt3(
        result.shortlists.find((s) => s.roleId === scenario.role.id),
        scenario.expectedTop3,
      ),
    );
    const mean = precisions.reduce((sum, p) => sum + p, 0) / precisions.length;
    const violations = runs.flatMap(({ input, result }) => shortlistViolations(input, result));
    process.stdout.write(`labelled worlds next to the demo world: precision@3 ${mean.toFixed(3)} over ${precisions.length} roles; hard-rule violations ${violations.length}\n`);
    expect(mean).toBeGreaterThanOrEqual(0.9);
    expect(violations).toEqual([]);
    for (const { input, result } of runs.slice(0, 3)) {
      const reversed = { ...input, roles: [...input.roles].reverse(), candidates: [...input.candidates].reverse() };
      expect(withoutTimings(runMatching(reversed))).toEqual(withoutTimings(result));
    }
  });
});

/** Every shortlisted pair of the run, demo roles included, checked against the hard rules. */
function shortlistViolations(input: MatchingInput, result: MatchingResult): string[] {
  const candidates = new Map(input.candidates.map((c) => [c.id, c]));
  const roles = new Map(input.roles.map((r) => [r.id, r]));
  return result.shortlists.flatMap((shortlist) =>
    shortlist.entries.flatMap((entry) => {
      const role = roles.get(shortlist.roleId);
      const candidate = candidates.get(entry.candidateId);
      if (!role || !candidate) return [`${shortlist.roleId}/${entry.candidateId}: unknown`];
      return hardRuleViolations(role, candidate, input.exclusions).map((rule) => `${shortlist.roleId}/${entry.candidateId}: ${rule}`);
    }),
  );
}
