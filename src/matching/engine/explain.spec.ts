import { buildCandidateTable } from './candidate-table';
import { resolveMatchingConfig } from './config';
import { describeReasons, explainMatch, levelName } from './explain';
import { prepareRole } from './prepared-role';
import { scoreBreakdown } from './score';
import { aCandidate, aFundingOffer, aFundingRole, aRole } from './testing/engine-fixtures';
import type { EngineCandidate, EngineRole } from './types';

const config = resolveMatchingConfig();
const skillNames = { fundraising: 'fundraising', budgeting: 'budgeting', legal: 'legal', seo: 'SEO', hr: 'HR' };

function explain(role: EngineRole, candidate: EngineCandidate) {
  const table = buildCandidateTable([candidate], config);
  return explainMatch(role, candidate, scoreBreakdown(prepareRole(role, table), table, 0, config.weights), skillNames);
}

describe('explanations', () => {
  const role = aRole({
    language: 'ja',
    country: 'JP',
    utcOffsetMinutes: 540,
    hoursPerMonth: 10,
    skills: ['fundraising', 'budgeting', 'seo', 'hr', 'legal'].map((skillId) => ({ skillId, level: 4, weight: 1 })),
  });
  const candidate = aCandidate({
    languages: ['ja', 'en'],
    country: 'JP',
    utcOffsetMinutes: 540,
    hoursPerMonthFree: 12,
    activeEngagements: 1,
    skills: [
      { skillId: 'fundraising', level: 5 },
      { skillId: 'budgeting', level: 3 },
      { skillId: 'seo', level: 4 },
      { skillId: 'hr', level: 4 },
    ],
  });

  it('reads like a sentence a nonprofit can check', () => {
    expect(explain(role, candidate).explanation).toBe(
      'covers 4 of 5 skills: fundraising (expert), budgeting (intermediate, wanted advanced), SEO (advanced), HR (advanced); ' +
        'missing legal; speaks Japanese; based in Japan; 12 h/month free (role asks 10); cares about education; 1 active engagement',
    );
  });

  it('lists structured reasons a client can word in any language', () => {
    expect(explain(role, candidate).reasons).toEqual([
      { kind: 'skill', skillId: 'fundraising', name: 'fundraising', level: 5, wanted: 4 },
      { kind: 'skill', skillId: 'budgeting', name: 'budgeting', level: 3, wanted: 4 },
      { kind: 'skill', skillId: 'seo', name: 'SEO', level: 4, wanted: 4 },
      { kind: 'skill', skillId: 'hr', name: 'HR', level: 4, wanted: 4 },
      { kind: 'missing-skill', skillId: 'legal', name: 'legal', wanted: 4 },
      { kind: 'language', language: 'ja' },
      { kind: 'location', country: 'JP', sameCountry: true, utcOffsetDiffMinutes: 0, workingHoursOverlap: null },
      { kind: 'availability', hoursPerMonthFree: 12, hoursPerMonthWanted: 10 },
      { kind: 'cause', cause: 'education' },
      { kind: 'load', activeEngagements: 1 },
    ]);
  });

  it("names the nonprofit's language the candidate speaks and that they asked to help", () => {
    const role = aRole({ nonprofitLanguages: ['pl'], interestedCandidateIds: ['cand-1'] });
    const { reasons, explanation } = explain(role, aCandidate({ languages: ['en', 'pl'] }));
    expect(reasons).toEqual(expect.arrayContaining([{ kind: 'language', language: 'en' }, { kind: 'language', language: 'pl' }, { kind: 'asked-to-help' }]));
    expect(explanation).toContain('speaks English; speaks Polish');
    expect(explanation).toContain('asked to help');
    expect(explain(aRole({ nonprofitLanguages: ['pl'] }), aCandidate()).reasons).not.toContainEqual({ kind: 'language', language: 'pl' });
  });

  it('mentions time zones across borders, programs and an idle candidate', () => {
    const text = explain(
      aRole({ country: 'DE', utcOffsetMinutes: 60, programId: 'p1' }),
      aCandidate({ country: 'US', utcOffsetMinutes: -300, programIds: ['p1'], causes: [] }),
    ).explanation;
    expect(text).toBe(
      'covers the wanted skill: fundraising (advanced); speaks English; based in United States, 6 h time difference, 2 working hours overlap; 10 h/month free (role asks 10); in the same program; no active engagements',
    );
  });

  it('explains funding proposals by the amount covered, never the budget, not hours or load', () => {
    expect(explain(aFundingRole(), aFundingOffer()).explanation).toBe('speaks English; based in Germany; the offer covers the 20,000 asked; funds education');
    const { reasons, explanation } = explain(aFundingRole({ amount: null }), aFundingOffer());
    expect(reasons).toContainEqual({ kind: 'funding', amount: null });
    expect(explanation).toContain('the offer has budget left');
    expect(JSON.stringify(reasons) + explanation).not.toMatch(/100,?000|budgetLeft/);
  });

  it('names skill levels', () => {
    expect([1, 2, 3, 4, 5].map(levelName)).toEqual(['beginner', 'elementary', 'intermediate', 'advanced', 'expert']);
    expect(describeReasons([{ kind: 'intermediary', intermediaryId: 'i1' }])).toBe('works with the same intermediary');
  });
});
