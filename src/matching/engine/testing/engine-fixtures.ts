import type { EngineCandidate, EngineRole, MatchingInput } from '../types';

/** A remote English volunteer role wanting fundraising at level 4; override what a test is about. */
export function aRole(overrides: Partial<EngineRole> = {}): EngineRole {
  return {
    id: 'role-1',
    needId: 'need-1',
    nonprofitOrgId: 'nonprofit-1',
    kind: 'VOLUNTEER',
    skills: [{ skillId: 'fundraising', level: 4, weight: 1 }],
    hoursPerMonth: 10,
    seatsOpen: 1,
    language: 'en',
    country: 'DE',
    remote: true,
    focusArea: 'education',
    programId: null,
    intermediaryId: null,
    mustFill: false,
    amount: null,
    ...overrides,
  };
}

/** A volunteer who fits aRole() on every hard filter. */
export function aCandidate(overrides: Partial<EngineCandidate> = {}): EngineCandidate {
  return {
    id: 'cand-1',
    kind: 'VOLUNTEER',
    userId: 'user-1',
    organizationId: 'company-1',
    skills: [{ skillId: 'fundraising', level: 4 }],
    languages: ['en'],
    country: 'DE',
    utcOffsetMinutes: 60,
    hoursPerMonthFree: 10,
    capacity: 1,
    activeEngagements: 0,
    causes: ['education'],
    remoteOk: true,
    onSiteOk: true,
    intermediaryIds: [],
    programIds: [],
    funding: null,
    ...overrides,
  };
}

/** A funding offer that fits aFundingRole(). */
export function aFundingOffer(overrides: Partial<EngineCandidate> = {}): EngineCandidate {
  return aCandidate({
    id: 'offer-1',
    kind: 'FUNDING',
    userId: null,
    organizationId: 'funder-1',
    skills: [],
    capacity: 10,
    funding: { focusAreas: ['education'], countries: ['DE'], minTicket: 5_000, maxTicket: 50_000, budgetLeft: 100_000 },
    ...overrides,
  });
}

export function aFundingRole(overrides: Partial<EngineRole> = {}): EngineRole {
  return aRole({ id: 'role-funding', kind: 'FUNDING', skills: [], hoursPerMonth: 0, amount: 20_000, ...overrides });
}

export function anInput(roles: EngineRole[], candidates: EngineCandidate[], overrides: Partial<MatchingInput> = {}): MatchingInput {
  return { roles, candidates, exclusions: [], skillNames: { fundraising: 'fundraising' }, ...overrides };
}
