import type { EngineCandidate, EngineRole, Exclusion } from '../types';
import { aCandidate, aFundingOffer, aFundingRole, aRole } from './engine-fixtures';

/**
 * Hand-labelled scenarios: one role, the people a curator would weigh for it, and the three a curator
 * would shortlist (as a set: order inside the top 3 is not judged). The labels were written from the
 * curator's point of view before the engine's output was looked at, and are not to be tuned to it.
 *
 * Every scenario's nonprofit is in Poland (UTC+1, speaks Polish) and works in English unless it says
 * otherwise. Candidates sign up in letter order (a first), which is the documented last tie-break
 * after skill fit and load. Skill ids carry the scenario's prefix so one scenario's people never
 * qualify for another's role.
 */
export interface LabelledScenario {
  name: string;
  role: EngineRole;
  candidates: EngineCandidate[];
  exclusions: Exclusion[];
  expectedTop3: string[];
}

type Person = Partial<EngineCandidate> & { skillLevels?: Record<string, number> };

const WARSAW = 60;

function scenario(
  key: string,
  name: string,
  role: Partial<EngineRole>,
  people: Record<string, Person>,
  expected: string[],
  options: { funding?: boolean; excluded?: string[] } = {},
): LabelledScenario {
  const id = (letter: string): string => `${key}-${letter}`;
  const skills = (role.skills ?? []).map((skill) => ({ ...skill, skillId: `${key}:${skill.skillId}` }));
  const base = { id: `${key}-role`, needId: `${key}-need`, nonprofitOrgId: `${key}-np`, country: 'PL', utcOffsetMinutes: WARSAW, nonprofitLanguages: ['pl'] };
  const fullRole = options.funding ? aFundingRole({ ...base, ...role, skills }) : aRole({ ...base, ...role, skills });
  const candidates = Object.entries(people).map(([letter, { skillLevels = {}, ...person }], index) => {
    const common = {
      id: id(letter),
      userId: options.funding ? null : `${key}-user-${letter}`,
      organizationId: `${key}-org-${letter}`,
      signedUpAt: new Date(Date.UTC(2026, 0, 1 + index)).toISOString(),
      causes: [],
      country: 'DE',
      utcOffsetMinutes: 60,
      hoursPerMonthFree: 20,
      capacity: 3,
      skills: Object.entries(skillLevels).map(([skillId, level]) => ({ skillId: `${key}:${skillId}`, level })),
    };
    return options.funding ? aFundingOffer({ ...common, ...person }) : aCandidate({ ...common, kind: fullRole.kind, ...person });
  });
  const exclusions = (options.excluded ?? []).map((letter) => ({ roleId: fullRole.id, candidateId: id(letter) }));
  return { name, role: fullRole, candidates, exclusions, expectedTop3: expected.map(id) };
}

const web = (level: number, design?: number): Person => ({ skillLevels: design === undefined ? { web: level } : { web: level, design } });

export const VOLUNTEER_SCENARIOS: LabelledScenario[] = [
  scenario(
    'v1',
    'skill fit dominates cause (the issue example)',
    {
      hoursPerMonth: 10,
      focusArea: 'education',
      skills: [
        { skillId: 'web', level: 3, weight: 2 },
        { skillId: 'design', level: 3, weight: 1 },
      ],
    },
    {
      a: web(5, 3),
      b: { ...web(3, 3), causes: ['education'] },
      c: { skillLevels: { design: 2 }, causes: ['education'] },
      d: { ...web(4), causes: ['education'] },
      e: { ...web(1, 1), causes: ['education'] },
    },
    ['a', 'b', 'd'],
  ),
  scenario(
    'v2',
    'headroom: a level above the wanted one earns a little',
    { skills: [{ skillId: 'accounting', level: 3, weight: 1 }] },
    {
      a: { skillLevels: { accounting: 5 } },
      b: { skillLevels: { accounting: 4 } },
      c: { skillLevels: { accounting: 3 } },
      d: { skillLevels: { accounting: 3 } },
      e: { skillLevels: { accounting: 2 } },
    },
    ['a', 'b', 'c'],
  ),
  scenario(
    'v3',
    'headroom never beats covering another skill',
    {
      skills: [
        { skillId: 'legal', level: 3, weight: 1 },
        { skillId: 'translation', level: 3, weight: 1 },
      ],
    },
    {
      a: { skillLevels: { legal: 5 } },
      b: { skillLevels: { legal: 3, translation: 3 } },
      c: { skillLevels: { legal: 3, translation: 2 } },
      d: { skillLevels: { legal: 4 } },
      e: { skillLevels: { legal: 1, translation: 3 } },
    },
    ['b', 'c', 'e'],
  ),
  scenario(
    'v4',
    'remote work: the nonprofit time zone and working-hour overlap',
    { skills: [{ skillId: 'data', level: 3, weight: 1 }] },
    {
      a: { skillLevels: { data: 3 }, country: 'IE', utcOffsetMinutes: 0 },
      b: { skillLevels: { data: 3 }, country: 'JP', utcOffsetMinutes: 540 },
      c: { skillLevels: { data: 3 }, country: 'DE', utcOffsetMinutes: 60 },
      d: { skillLevels: { data: 3 }, country: 'US', utcOffsetMinutes: -300 },
      e: { skillLevels: { data: 3 }, country: 'BR', utcOffsetMinutes: -180 },
      f: { skillLevels: { data: 3 }, country: 'PL', utcOffsetMinutes: 60 },
    },
    ['f', 'c', 'a'],
  ),
  scenario(
    'v5',
    "speaking the nonprofit's language counts",
    { skills: [{ skillId: 'marketing', level: 3, weight: 1 }] },
    {
      a: { skillLevels: { marketing: 4 }, languages: ['en'] },
      b: { skillLevels: { marketing: 3 }, languages: ['en', 'pl'] },
      c: { skillLevels: { marketing: 3 }, languages: ['pl', 'en'] },
      d: { skillLevels: { marketing: 3 }, languages: ['en'] },
      e: { skillLevels: { marketing: 3 }, languages: ['de', 'en'] },
    },
    ['b', 'c', 'a'],
  ),
  scenario(
    'v6',
    'free hours',
    { hoursPerMonth: 20, skills: [{ skillId: 'web', level: 3, weight: 1 }] },
    {
      a: { ...web(3), hoursPerMonthFree: 20 },
      b: { ...web(3), hoursPerMonthFree: 40 },
      c: { ...web(3), hoursPerMonthFree: 10 },
      d: { ...web(3), hoursPerMonthFree: 12 },
      e: { ...web(3), hoursPerMonthFree: 25 },
    },
    ['a', 'b', 'e'],
  ),
  scenario(
    'v7',
    'less load first',
    { skills: [{ skillId: 'design', level: 3, weight: 1 }] },
    {
      a: { skillLevels: { design: 3 }, activeEngagements: 0 },
      b: { skillLevels: { design: 3 }, activeEngagements: 2, capacity: 2 },
      c: { skillLevels: { design: 3 }, activeEngagements: 0 },
      d: { skillLevels: { design: 3 }, activeEngagements: 1 },
      e: { skillLevels: { design: 3 }, activeEngagements: 3, capacity: 1 },
    },
    ['a', 'c', 'd'],
  ),
  scenario(
    'v8',
    'on-site work in Poland',
    { remote: false, skills: [{ skillId: 'web', level: 3, weight: 1 }] },
    {
      a: { ...web(3), country: 'PL' },
      b: { ...web(5), country: 'PL', onSiteOk: false },
      c: { ...web(4), country: 'PL' },
      d: { ...web(5), country: 'DE' },
      e: { ...web(2), country: 'PL' },
      f: { ...web(1), country: 'PL' },
    },
    ['c', 'a', 'e'],
  ),
  scenario(
    'v9',
    "never the nonprofit's own staff",
    { skills: [{ skillId: 'web', level: 3, weight: 1 }] },
    {
      a: { ...web(5), organizationId: 'v9-np' },
      b: web(3),
      c: { ...web(3), causes: ['education'] },
      d: web(2),
      e: web(1),
    },
    ['b', 'c', 'd'],
  ),
  scenario(
    'v10',
    'asked to help is a bonus among equal fits',
    { skills: [{ skillId: 'marketing', level: 3, weight: 1 }], interestedCandidateIds: ['v10-a', 'v10-e', 'v10-f'] },
    {
      a: { skillLevels: { marketing: 3 } },
      b: { skillLevels: { marketing: 3 } },
      c: { skillLevels: { marketing: 3 } },
      d: { skillLevels: { marketing: 3 } },
      e: { skillLevels: { marketing: 3 } },
      f: { skillLevels: { marketing: 2 } },
    },
    ['a', 'e', 'b'],
  ),
  scenario(
    'v11',
    'a declined pair is never shortlisted again',
    { skills: [{ skillId: 'web', level: 3, weight: 1 }] },
    { a: web(5), b: web(4), c: web(3), d: web(3), e: web(1) },
    ['b', 'c', 'd'],
    { excluded: ['a'] },
  ),
  scenario(
    'v12',
    'same program, then same intermediary',
    { programId: 'v12-program', intermediaryId: 'v12-intermediary', skills: [{ skillId: 'web', level: 3, weight: 1 }] },
    {
      a: { ...web(3), programIds: ['v12-program'] },
      b: { ...web(3), intermediaryIds: ['v12-intermediary'] },
      c: web(3),
      d: web(3),
      e: web(2),
    },
    ['a', 'b', 'c'],
  ),
  scenario(
    'v13',
    'weighted skills',
    {
      skills: [
        { skillId: 'fundraising', level: 4, weight: 3 },
        { skillId: 'marketing', level: 2, weight: 1 },
      ],
    },
    {
      a: { skillLevels: { fundraising: 4 } },
      b: { skillLevels: { marketing: 5 } },
      c: { skillLevels: { fundraising: 3, marketing: 2 } },
      d: { skillLevels: { fundraising: 4, marketing: 2 } },
      e: { skillLevels: { fundraising: 2, marketing: 2 } },
    },
    ['d', 'c', 'a'],
  ),
  scenario(
    'v14',
    'skill fit beats cause, country and language together',
    { focusArea: 'health', skills: [{ skillId: 'web', level: 4, weight: 1 }] },
    {
      a: { ...web(4), country: 'US', utcOffsetMinutes: -300 },
      b: { ...web(2), causes: ['health'], country: 'PL', languages: ['pl', 'en'] },
      c: { ...web(3), causes: ['health'] },
      d: web(5),
      e: { ...web(1), causes: ['health'], country: 'PL', languages: ['pl', 'en'] },
    },
    ['a', 'd', 'c'],
  ),
];

const strategy = (level: number): Person => ({ skillLevels: { strategy: level } });

export const MENTOR_SCENARIOS: LabelledScenario[] = [
  scenario(
    'm1',
    "a mentor who speaks the nonprofit's language (the issue example)",
    { kind: 'MENTOR', skills: [{ skillId: 'leadership', level: 3, weight: 1 }] },
    {
      a: { skillLevels: { leadership: 3 }, languages: ['en', 'pl'] },
      b: { skillLevels: { leadership: 3 }, languages: ['en'] },
      c: { skillLevels: { leadership: 3 }, languages: ['en'] },
      d: { skillLevels: { leadership: 3 }, languages: ['pl', 'en'] },
      e: { skillLevels: { leadership: 4 }, languages: ['en'] },
    },
    ['a', 'd', 'e'],
  ),
  scenario(
    'm2',
    'mentor role without skills: expertise by focus area',
    { kind: 'MENTOR', focusArea: 'health', skills: [] },
    {
      a: { causes: ['health'] },
      b: { causes: ['education'] },
      c: { causes: ['health', 'environment'] },
      d: { causes: [] },
      e: { causes: ['health'], activeEngagements: 2 },
    },
    ['a', 'c', 'e'],
  ),
  scenario(
    'm3',
    'mentor role without skills: focus area, then language',
    { kind: 'MENTOR', focusArea: 'environment', skills: [] },
    {
      a: { causes: ['environment'] },
      b: { causes: ['environment'], languages: ['en', 'pl'] },
      c: { causes: ['education'], languages: ['pl', 'en'] },
      d: { causes: ['environment'], activeEngagements: 2 },
      e: { causes: [] },
    },
    ['b', 'a', 'd'],
  ),
  scenario(
    'm4',
    'mentor with a skill: fit, headroom and cause',
    { kind: 'MENTOR', focusArea: 'education', skills: [{ skillId: 'strategy', level: 4, weight: 1 }] },
    { a: { ...strategy(4), causes: ['education'] }, b: strategy(5), c: strategy(3), d: strategy(2), e: strategy(4) },
    ['a', 'b', 'e'],
  ),
  scenario(
    'm5',
    'mentor time zones',
    { kind: 'MENTOR', skills: [{ skillId: 'strategy', level: 3, weight: 1 }] },
    {
      a: { ...strategy(3), country: 'JP', utcOffsetMinutes: 540 },
      b: { ...strategy(3), country: 'PT', utcOffsetMinutes: 0 },
      c: { ...strategy(3), country: 'DE', utcOffsetMinutes: 60 },
      d: { ...strategy(3), country: 'US', utcOffsetMinutes: -480 },
      e: { ...strategy(3), country: 'IN', utcOffsetMinutes: 330 },
    },
    ['c', 'b', 'e'],
  ),
  scenario(
    'm6',
    'a mentor without room for another mentee is not shortlisted',
    { kind: 'MENTOR', focusArea: 'education', skills: [{ skillId: 'strategy', level: 3, weight: 1 }] },
    { a: { ...strategy(5), capacity: 0 }, b: strategy(3), c: { ...strategy(3), causes: ['education'] }, d: strategy(2), e: strategy(1) },
    ['b', 'c', 'd'],
  ),
  scenario(
    'm7',
    'a mentor who asked to help',
    { kind: 'MENTOR', skills: [{ skillId: 'strategy', level: 3, weight: 1 }], interestedCandidateIds: ['m7-a', 'm7-e'] },
    { a: strategy(3), b: strategy(4), c: strategy(3), d: strategy(3), e: strategy(2) },
    ['a', 'b', 'c'],
  ),
  scenario(
    'm8',
    'German-speaking nonprofit in Germany',
    { kind: 'MENTOR', language: 'de', country: 'DE', nonprofitLanguages: ['de'], skills: [{ skillId: 'strategy', level: 3, weight: 1 }] },
    {
      a: { ...strategy(3), languages: ['de'] },
      b: { ...strategy(3), languages: ['en', 'de'] },
      c: { ...strategy(5), languages: ['en'] },
      d: { ...strategy(2), languages: ['de'] },
      e: { ...strategy(3), languages: ['fr', 'de'] },
    },
    ['a', 'b', 'e'],
  ),
];

const offer = (focusAreas: string[], countries: string[], budgetLeft: number, extra: Partial<EngineCandidate> = {}): Person => ({
  country: 'GB',
  utcOffsetMinutes: 0,
  funding: { focusAreas, countries, minTicket: 1_000, maxTicket: 100_000, budgetLeft },
  ...extra,
});

export const FUNDING_SCENARIOS: LabelledScenario[] = [
  scenario(
    'f1',
    'an offer naming the focus area and country',
    { amount: 20_000, focusArea: 'education' },
    {
      a: offer(['education'], ['PL'], 100_000),
      b: offer([], [], 100_000),
      c: offer(['education'], [], 100_000),
      d: offer(['health'], [], 100_000),
      e: offer(['education'], ['PL'], 100_000, { funding: { focusAreas: ['education'], countries: ['PL'], minTicket: 1_000, maxTicket: 10_000, budgetLeft: 100_000 } }),
      f: offer([], ['PL'], 100_000),
    },
    ['a', 'c', 'f'],
    { funding: true },
  ),
  scenario(
    'f2',
    'an offer the grant would not drain',
    { amount: 50_000, focusArea: 'health' },
    {
      a: offer(['health'], [], 500_000),
      b: offer(['health'], [], 60_000),
      c: offer([], [], 500_000),
      d: offer(['health'], [], 500_000, { funding: { focusAreas: ['health'], countries: [], minTicket: 1_000, maxTicket: 40_000, budgetLeft: 500_000 } }),
      e: offer([], [], 60_000),
    },
    ['a', 'b', 'c'],
    { funding: true },
  ),
  scenario(
    'f3',
    "an offer in the need's program",
    { amount: 10_000, focusArea: 'health', programId: 'f3-program' },
    {
      a: offer(['health'], [], 100_000, { programIds: ['f3-program'] }),
      b: offer(['health'], [], 100_000),
      c: offer(['health'], [], 100_000),
      d: offer([], [], 100_000),
    },
    ['a', 'b', 'c'],
    { funding: true },
  ),
  scenario(
    'f4',
    'no amount asked: the funder decides',
    { amount: null, focusArea: 'education' },
    {
      a: offer(['education'], [], 10_000),
      b: offer(['education'], [], 0),
      c: offer([], [], 10_000),
      d: offer(['education'], [], 50_000),
      e: offer(['health'], [], 50_000),
    },
    ['a', 'd', 'c'],
    { funding: true },
  ),
  scenario(
    'f5',
    'a need in Kenya',
    { amount: 10_000, focusArea: 'education', country: 'KE', utcOffsetMinutes: 180, nonprofitLanguages: ['sw', 'en'] },
    {
      a: offer(['education'], ['KE'], 100_000),
      b: offer(['education'], ['PL'], 100_000),
      c: offer(['education'], [], 100_000),
      d: offer([], ['KE'], 100_000),
      e: offer([], [], 100_000),
    },
    ['a', 'c', 'd'],
    { funding: true },
  ),
  scenario(
    'f6',
    'ticket ranges',
    { amount: 5_000, focusArea: 'education' },
    {
      a: offer(['education'], [], 100_000),
      b: offer(['education'], [], 100_000, { funding: { focusAreas: ['education'], countries: [], minTicket: 10_000, maxTicket: 100_000, budgetLeft: 100_000 } }),
      c: offer(['education'], [], 100_000, { funding: { focusAreas: ['education'], countries: [], minTicket: 1_000, maxTicket: 5_000, budgetLeft: 100_000 } }),
      d: offer(['education'], [], 8_000),
      e: offer([], [], 8_000),
    },
    ['a', 'c', 'd'],
    { funding: true },
  ),
  scenario(
    'f7',
    'a German application',
    { amount: 10_000, focusArea: 'education', language: 'de', country: 'DE', nonprofitLanguages: ['de'] },
    {
      a: offer(['education'], [], 100_000, { languages: ['de'] }),
      b: offer(['education'], [], 100_000, { languages: ['en'] }),
      c: offer(['education'], [], 100_000, { languages: ['en', 'de'] }),
      d: offer([], [], 100_000, { languages: ['de'] }),
      e: offer(['health'], [], 100_000, { languages: ['de'] }),
    },
    ['a', 'c', 'd'],
    { funding: true },
  ),
  scenario(
    'f8',
    'a declined offer is not shortlisted again',
    { amount: 10_000, focusArea: 'education' },
    {
      a: offer(['education'], [], 100_000),
      b: offer(['education'], [], 100_000),
      c: offer(['education'], [], 15_000),
      d: offer([], [], 100_000),
      e: offer([], [], 15_000),
    },
    ['b', 'c', 'd'],
    { funding: true, excluded: ['a'] },
  ),
];

export const LABELLED_SCENARIOS: LabelledScenario[] = [...VOLUNTEER_SCENARIOS, ...MENTOR_SCENARIOS, ...FUNDING_SCENARIOS];
