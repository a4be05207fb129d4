import fc from 'fast-check';

import { generateMatchingWorld } from './bench/matching-world.generator';
import { buildCandidateTable } from './candidate-table';
import { createCandidateGenerator, generateCandidates } from './candidates';
import { type MatchingConfig, resolveMatchingConfig } from './config';
import { type HardFilter, hardFilterRejection } from './hard-filters';
import { prepareRole } from './prepared-role';
import { fillScoreParts, P_LOAD, P_SKILLS, PART_NAMES, skillCoverage, weightedScore, weightVector } from './score';
import { aCandidate, aFundingOffer, aFundingRole, aRole } from './testing/engine-fixtures';
import type { EngineCandidate, EngineRole } from './types';

const config = resolveMatchingConfig();

function rejection(role: EngineRole, candidate: EngineCandidate, overrides: Partial<MatchingConfig> = {}): HardFilter | null {
  const settings = resolveMatchingConfig(overrides);
  const table = buildCandidateTable([candidate], settings);
  const prepared = prepareRole(role, table);
  return hardFilterRejection(prepared, table, 0, skillCoverage(prepared, table, 0), settings);
}

function generated(roles: EngineRole[], candidates: EngineCandidate[], excluded?: Set<string>, overrides: Partial<MatchingConfig> = {}) {
  const settings = resolveMatchingConfig(overrides);
  const table = buildCandidateTable(candidates, settings);
  const generator = createCandidateGenerator(table, settings);
  return roles.map((role) => {
    const rows = excluded === undefined ? undefined : new Set(table.candidates.flatMap((c, row) => (excluded.has(c.id) ? [row] : [])));
    return generateCandidates(generator, prepareRole(role, table), rows).map(({ row, score }) => ({ id: table.candidates[row].id, score }));
  });
}

describe('hard filters', () => {
  it('let a fitting candidate through', () => {
    expect(rejection(aRole(), aCandidate())).toBeNull();
    expect(rejection(aFundingRole(), aFundingOffer())).toBeNull();
  });

  it.each<[string, EngineRole, EngineCandidate, HardFilter]>([
    ['a mentor for a volunteer role', aRole(), aCandidate({ kind: 'MENTOR' }), 'kind'],
    ['a volunteer for a mentor role', aRole({ kind: 'MENTOR' }), aCandidate(), 'kind'],
    ['a person for a funding role', aFundingRole(), aCandidate(), 'kind'],
    ['a funding offer for a volunteer role', aRole(), aFundingOffer(), 'kind'],
    ['a FUNDING candidate without terms', aFundingRole(), aFundingOffer({ funding: null }), 'kind'],
    ['someone without the language', aRole({ language: 'ja' }), aCandidate({ languages: ['en', 'de'] }), 'language'],
    ['on site in another country', aRole({ remote: false, country: 'FR' }), aCandidate({ country: 'DE' }), 'on-site-country'],
    ['on site for someone who only works remotely', aRole({ remote: false }), aCandidate({ onSiteOk: false }), 'on-site-not-ok'],
    ['remote for someone who only works on site', aRole({ remote: true }), aCandidate({ remoteOk: false }), 'remote-not-ok'],
    ['no capacity left', aRole(), aCandidate({ capacity: 0 }), 'capacity'],
    ['too few free hours', aRole({ hoursPerMonth: 20 }), aCandidate({ hoursPerMonthFree: 9.5 }), 'hours'],
    ['the nonprofit itself', aRole({ nonprofitOrgId: 'org-x' }), aCandidate({ organizationId: 'org-x' }), 'same-organization'],
    ['none of the wanted skills', aRole(), aCandidate({ skills: [{ skillId: 'legal', level: 5 }] }), 'no-skill-overlap'],
    ['another focus area', aFundingRole({ focusArea: 'health' }), aFundingOffer(), 'funding-focus-area'],
    ['another country', aFundingRole({ country: 'FR' }), aFundingOffer(), 'funding-country'],
    ['below the minimum ticket', aFundingRole({ amount: 1_000 }), aFundingOffer(), 'funding-ticket'],
    ['above the maximum ticket', aFundingRole({ amount: 60_000 }), aFundingOffer(), 'funding-ticket'],
    [
      'more than the budget left',
      aFundingRole({ amount: 40_000 }),
      aFundingOffer({ funding: { focusAreas: [], countries: [], minTicket: 0, maxTicket: 50_000, budgetLeft: 30_000 } }),
      'funding-budget',
    ],
    ['a spent budget', aFundingRole({ amount: null }), aFundingOffer({ funding: { focusAreas: [], countries: [], minTicket: 0, maxTicket: 1, budgetLeft: 0 } }), 'capacity'],
  ])('refuse %s', (_, role, candidate, filter) => {
    expect(rejection(role, candidate)).toBe(filter);
  });

  it('accept half the hours (the documented minimum) but not less', () => {
    expect(rejection(aRole({ hoursPerMonth: 20 }), aCandidate({ hoursPerMonthFree: 10 }))).toBeNull();
  });

  it('treat empty funding focus areas and countries as "any"', () => {
    const open = aFundingOffer({ funding: { focusAreas: [], countries: [], minTicket: 0, maxTicket: 50_000, budgetLeft: 100_000 } });
    expect(rejection(aFundingRole({ focusArea: 'water', country: 'KE' }), open)).toBeNull();
  });

  it('allow skill-less candidates when requireSkillOverlap is off', () => {
    const candidate = aCandidate({ skills: [] });
    expect(rejection(aRole(), candidate, { requireSkillOverlap: false })).toBeNull();
  });
});

describe('generateCandidates', () => {
  it('never proposes an excluded pair', () => {
    const candidates = [aCandidate({ id: 'a' }), aCandidate({ id: 'b' })];
    expect(generated([aRole()], candidates, new Set(['a']))[0].map((c) => c.id)).toEqual(['b']);
  });

  it('breaks equal scores and parts by earlier sign-up, unknown sign-ups last in id order', () => {
    const role = aRole();
    const candidates = [
      aCandidate({ id: 'z-late', signedUpAt: '2026-03-01T00:00:00Z' }),
      aCandidate({ id: 'y-early', signedUpAt: '2026-01-01T00:00:00Z' }),
      aCandidate({ id: 'x-unknown' }),
      aCandidate({ id: 'w-unknown' }),
    ];
    expect(generated([role], candidates)[0].map((c) => c.id)).toEqual(['y-early', 'z-late', 'w-unknown', 'x-unknown']);
  });

  it('keeps the best topK, best first, ties in id order', () => {
    const candidates = ['d', 'c', 'b', 'a'].map((id, i) => aCandidate({ id, skills: [{ skillId: 'fundraising', level: i < 2 ? 4 : 2 }] }));
    expect(generated([aRole()], candidates, undefined, { topK: 3 })[0].map((c) => c.id)).toEqual(['c', 'd', 'a']);
  });

  it('proposes nobody for a role without open seats', () => {
    expect(generated([aRole({ seatsOpen: 0 })], [aCandidate()])[0]).toEqual([]);
  });

  it('finds exactly the top K a full scan finds, whichever index a role is walked through', () => {
    const world = generateMatchingWorld({ seed: 11, candidates: 1_200, roles: 150 });
    const table = buildCandidateTable(world.candidates, config);
    const weights = weightVector(config.weights);
    const parts = new Float64Array(PART_NAMES.length);
    const scan = world.roles.map((role) => {
      const prepared = prepareRole(role, table);
      if (role.seatsOpen <= 0) return [];
      return table.candidates
        .flatMap((candidate, row) => {
          const skills = skillCoverage(prepared, table, row);
          if (hardFilterRejection(prepared, table, row, skills, config) !== null) return [];
          fillScoreParts(prepared, table, row, skills, parts);
          return [{ id: candidate.id, score: weightedScore(parts, weights), fit: parts[P_SKILLS], load: parts[P_LOAD], row }];
        })
        .sort((a, b) => b.score - a.score || b.fit - a.fit || b.load - a.load || a.row - b.row)
        .map(({ id, score }) => ({ id, score }));
    });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), (topK) => {
        generated(world.roles, world.candidates, undefined, { topK }).forEach((list, r) => expect(list).toEqual(scan[r].slice(0, topK)));
      }),
      { numRuns: 6 },
    );
  });
});
