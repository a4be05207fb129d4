import { describe, expect, it } from 'vitest';

import { impactScopesOf, periodStart } from './impactScopes';

const org = (id: string, kind: string, role = 'MEMBER') => ({
  __typename: 'Membership' as const,
  id: `m-${id}`,
  role,
  organization: { __typename: 'Organization' as const, id, name: `Org ${id}`, kind },
});

describe('impactScopesOf', () => {
  it('offers each organization the reader may report on, then their own volunteering', () => {
    const options = impactScopesOf({
      memberships: [org('n1', 'NONPROFIT'), org('c1', 'COMPANY', 'MEMBER'), org('c2', 'COMPANY', 'ADMIN'), org('i1', 'INTERMEDIARY'), org('f1', 'FUNDER')],
      volunteerProfile: { __typename: 'VolunteerProfile', id: 'vp1' },
    } as never);
    expect(options.map((o) => o.scope)).toEqual([{ nonprofitId: 'n1' }, { companyId: 'c2' }, { intermediaryId: 'i1' }, { funderId: 'f1' }, { volunteerProfileId: 'vp1' }]);
    expect(new Set(options.map((o) => o.key)).size).toBe(options.length);
  });

  it('offers nothing to a reader with no organization and no profile', () => {
    expect(impactScopesOf({ memberships: [], volunteerProfile: null, mentorProfile: null })).toEqual([]);
  });

  it('offers a mentor without organization or volunteer profile their own mentoring', () => {
    const options = impactScopesOf({ memberships: [], volunteerProfile: null, mentorProfile: { __typename: 'MentorProfile', id: 'mp1' } });
    expect(options).toEqual([{ key: 'mentor:mp1', kind: 'mentor', name: '', scope: { mentorProfileId: 'mp1' } }]);
  });
});

describe('periodStart', () => {
  const now = new Date('2027-03-15T10:00:00Z');
  it('starts the year on 1 January and the last 12 months eleven months back', () => {
    expect(periodStart('year', now)).toBe('2027-01-01T00:00:00.000Z');
    expect(periodStart('last12', now)).toBe('2026-04-01T00:00:00.000Z');
    expect(periodStart('all', now)).toBeNull();
  });
});
