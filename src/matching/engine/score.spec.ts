import fc from 'fast-check';

import { buildCandidateTable } from './candidate-table';
import { DEFAULT_WEIGHTS, resolveMatchingConfig } from './config';
import { prepareRole } from './prepared-role';
import { PART_NAMES, scoreBreakdown, weightedScore, weightVector } from './score';
import { aCandidate, aFundingOffer, aFundingRole, aRole } from './testing/engine-fixtures';
import type { EngineCandidate, EngineRole, ScoreParts } from './types';

const config = resolveMatchingConfig();

function partsOf(role: EngineRole, candidate: EngineCandidate): ScoreParts {
  const table = buildCandidateTable([candidate], config);
  return scoreBreakdown(prepareRole(role, table), table, 0, config.weights).parts;
}

function scoreOf(role: EngineRole, candidate: EngineCandidate): number {
  const parts = partsOf(role, candidate);
  return weightedScore(
    Float64Array.from(PART_NAMES, (name) => parts[name]),
    weightVector(config.weights),
  );
}

const SKILLS = ['a', 'b', 'c', 'd', 'e'];
const wanted = fc.array(fc.record({ level: fc.integer({ min: 1, max: 5 }), weight: fc.integer({ min: 1, max: 3 }) }), {
  minLength: 1,
  maxLength: SKILLS.length,
});

describe('scoring', () => {
  it('is a weighted sum in [0, 1] with every part in [0, 1]', () => {
    const person = fc.record({
      languages: fc.constantFrom<string[]>(['en'], ['de', 'en'], ['en', 'ja']),
      country: fc.constantFrom('DE', 'JP', 'US'),
      utcOffsetMinutes: fc.integer({ min: -720, max: 840 }),
      hoursPerMonthFree: fc.integer({ min: 0, max: 80 }),
      activeEngagements: fc.integer({ min: 0, max: 9 }),
      causes: fc.subarray(['education', 'health', 'climate']),
      programIds: fc.subarray(['p1', 'p2']),
      intermediaryIds: fc.subarray(['i1', 'i2']),
      level: fc.integer({ min: 1, max: 5 }),
    });
    const role = fc.record({
      hoursPerMonth: fc.integer({ min: 0, max: 40 }),
      utcOffsetMinutes: fc.option(fc.integer({ min: -720, max: 840 }), { nil: undefined }),
      programId: fc.constantFrom(null, 'p1'),
      intermediaryId: fc.constantFrom(null, 'i1'),
    });
    fc.assert(
      fc.property(person, role, ({ level, ...who }, what) => {
        const candidate = aCandidate({ ...who, skills: [{ skillId: 'fundraising', level }] });
        const parts = partsOf(aRole(what), candidate);
        for (const name of PART_NAMES) {
          expect(parts[name]).toBeGreaterThanOrEqual(0);
          expect(parts[name]).toBeLessThanOrEqual(1);
        }
        const score = scoreOf(aRole(what), candidate);
        const sum = PART_NAMES.reduce((total, name) => total + DEFAULT_WEIGHTS[name] * parts[name], 0);
        expect(score).toBeCloseTo(sum, 12);
      }),
    );
  });

  it('scores higher when one more wanted skill is covered', () => {
    fc.assert(
      fc.property(wanted, fc.nat(), (skills, pick) => {
        const role = aRole({ skills: skills.map((s, i) => ({ skillId: SKILLS[i], ...s })) });
        const missing = pick % skills.length;
        const held = skills.flatMap((s, i) => (i === missing ? [] : [{ skillId: SKILLS[i], level: s.level }]));
        const fewer = aCandidate({ skills: held });
        const more = aCandidate({ skills: [...held, { skillId: SKILLS[missing], level: skills[missing].level }] });
        expect(scoreOf(role, more)).toBeGreaterThan(scoreOf(role, fewer));
      }),
    );
  });

  it('scores higher as a level climbs towards the wanted level, and a little (headroom) beyond it', () => {
    const role = aRole({ skills: [{ skillId: 'fundraising', level: 3, weight: 1 }] });
    const at = (level: number): number => partsOf(role, aCandidate({ skills: [{ skillId: 'fundraising', level }] })).skills;
    expect(at(1)).toBeLessThan(at(2));
    expect(at(2)).toBeLessThan(at(3));
    expect(at(3)).toBe(0.9);
    expect(at(4)).toBeCloseTo(0.95, 12);
    expect(at(5)).toBe(1);
    expect(at(2)).toBeCloseTo(0.6, 12);
  });

  it('never lets headroom on one skill outweigh covering another', () => {
    const role = aRole({
      skills: [
        { skillId: 'a', level: 3, weight: 1 },
        { skillId: 'b', level: 3, weight: 1 },
      ],
    });
    const expertInOne = aCandidate({ skills: [{ skillId: 'a', level: 5 }] });
    const alsoBeginnerInOther = aCandidate({
      skills: [
        { skillId: 'a', level: 3 },
        { skillId: 'b', level: 1 },
      ],
    });
    expect(scoreOf(role, alsoBeginnerInOther)).toBeGreaterThan(scoreOf(role, expertInOne));
  });

  it('lets skill fit dominate cause, country and language (the example of issue 13)', () => {
    const role = aRole({
      country: 'PL',
      utcOffsetMinutes: 60,
      nonprofitLanguages: ['pl'],
      focusArea: 'education',
      skills: [
        { skillId: 'main', level: 3, weight: 2 },
        { skillId: 'secondary', level: 3, weight: 1 },
      ],
    });
    const fullCoverage = aCandidate({
      skills: [
        { skillId: 'main', level: 5 },
        { skillId: 'secondary', level: 3 },
      ],
      causes: [],
      country: 'IE',
      utcOffsetMinutes: 0,
    });
    const causeOnly = aCandidate({ skills: [{ skillId: 'secondary', level: 2 }], causes: ['education'], country: 'PL', languages: ['pl', 'en'] });
    expect(scoreOf(role, fullCoverage)).toBeGreaterThan(scoreOf(role, causeOnly));
  });

  it("scores a remote role on working hours shared with the nonprofit's time zone", () => {
    const role = aRole({ country: 'PL', utcOffsetMinutes: 60 });
    const dublin = partsOf(role, aCandidate({ country: 'IE', utcOffsetMinutes: 0 })).location;
    const tokyo = partsOf(role, aCandidate({ country: 'JP', utcOffsetMinutes: 540 })).location;
    expect(dublin).toBeCloseTo(0.7, 12);
    expect(tokyo).toBe(0);
  });

  it('counts mentor expertise by focus area when a mentor role names no skills', () => {
    const role = aRole({ kind: 'MENTOR', skills: [], focusArea: 'health' });
    expect(partsOf(role, aCandidate({ kind: 'MENTOR', causes: ['health'] })).skills).toBe(1);
    expect(partsOf(role, aCandidate({ kind: 'MENTOR', causes: ['education'] })).skills).toBe(0.4);
    expect(partsOf(aRole({ skills: [] }), aCandidate({ causes: [] })).skills).toBe(1);
  });

  it('gives a bonus to candidates who asked to help, and only to them', () => {
    const role = aRole({ interestedCandidateIds: ['cand-1', 'nobody-loaded'] });
    expect(partsOf(role, aCandidate()).interest).toBe(1);
    expect(partsOf(role, aCandidate({ id: 'cand-2' })).interest).toBe(0);
    expect(scoreOf(role, aCandidate())).toBeGreaterThan(scoreOf(role, aCandidate({ id: 'cand-2' })));
  });

  it('weights skills by their weight', () => {
    const role = aRole({
      skills: [
        { skillId: 'a', level: 1, weight: 3 },
        { skillId: 'b', level: 1, weight: 1 },
      ],
    });
    expect(partsOf(role, aCandidate({ skills: [{ skillId: 'a', level: 1 }] })).skills).toBeCloseTo(0.9 * 0.75, 12);
    expect(partsOf(role, aCandidate({ skills: [{ skillId: 'b', level: 1 }] })).skills).toBeCloseTo(0.9 * 0.25, 12);
  });

  it('gives each documented part its documented value', () => {
    const role = aRole({ country: 'DE', utcOffsetMinutes: 60, hoursPerMonth: 20, programId: 'p1', intermediaryId: 'i1' });
    expect(partsOf(role, aCandidate())).toMatchObject({ cause: 1, language: 1, location: 1, availability: 0.5, affinity: 0, load: 1 });
    expect(partsOf(role, aCandidate({ causes: ['health'], languages: ['de', 'en'] }))).toMatchObject({ cause: 0, language: 0.6 });
    expect(partsOf({ ...role, nonprofitLanguages: ['de'] }, aCandidate({ languages: ['en', 'de'] })).language).toBe(1);
    expect(partsOf({ ...role, nonprofitLanguages: ['de'] }, aCandidate({ languages: ['en'] })).language).toBe(0.5);
    expect(partsOf(role, aCandidate({ country: 'US', utcOffsetMinutes: -300 })).location).toBeCloseTo((0.8 * 2) / 8, 12);
    expect(partsOf(aRole({ country: 'DE' }), aCandidate({ country: 'FR' })).location).toBe(0.4);
    expect(partsOf(role, aCandidate({ programIds: ['p1'] })).affinity).toBe(1);
    expect(partsOf(role, aCandidate({ intermediaryIds: ['i1'] })).affinity).toBe(0.6);
    expect(partsOf(role, aCandidate({ activeEngagements: 3 })).load).toBe(0.25);
    expect(partsOf(role, aCandidate({ hoursPerMonthFree: 40 })).availability).toBe(1);
  });

  it('scores funding offers on focus area, country and budget headroom in two steps that do not give the budget away', () => {
    const role = aFundingRole({ amount: 20_000 });
    expect(partsOf(role, aFundingOffer())).toMatchObject({ skills: 1, cause: 1, location: 1, availability: 1 });
    const open = aFundingOffer({ causes: [], country: 'US', funding: { focusAreas: [], countries: [], minTicket: 0, maxTicket: 50_000, budgetLeft: 30_000 } });
    expect(partsOf(role, open)).toMatchObject({ cause: 0.5, availability: 0.5 });
    // Any budget short of twice the ask scores the same, so the part cannot be turned back into the budget.
    const nearlyTwice = aFundingOffer({ funding: { focusAreas: [], countries: [], minTicket: 0, maxTicket: 50_000, budgetLeft: 39_999 } });
    expect(partsOf(role, nearlyTwice).availability).toBe(0.5);
    const twice = aFundingOffer({ funding: { focusAreas: [], countries: [], minTicket: 0, maxTicket: 50_000, budgetLeft: 40_000 } });
    expect(partsOf(role, twice).availability).toBe(1);
  });
});

describe('resolveMatchingConfig', () => {
  it('defaults to weights summing to 1 and topK 50', () => {
    const config = resolveMatchingConfig();
    expect(config.topK).toBe(50);
    expect(PART_NAMES.reduce((sum, name) => sum + config.weights[name], 0)).toBeCloseTo(1, 12);
  });

  it('rescales partial weight overrides so scores stay in [0, 1]', () => {
    const { weights } = resolveMatchingConfig({ weights: { ...DEFAULT_WEIGHTS, skills: 1.4 } });
    expect(PART_NAMES.reduce((sum, name) => sum + weights[name], 0)).toBeCloseTo(1, 12);
    expect(weights.skills).toBeCloseTo(1.4 / 1.9, 12);
  });

  it('refuses negative weights and a bad topK', () => {
    expect(() => resolveMatchingConfig({ weights: { ...DEFAULT_WEIGHTS, load: -1 } })).toThrow(/weight load/);
    expect(() => resolveMatchingConfig({ topK: 0 })).toThrow(/topK/);
  });
});
