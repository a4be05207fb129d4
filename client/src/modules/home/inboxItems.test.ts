import { describe, expect, it } from 'vitest';

import type { Viewer } from '../auth/authContext';
import { type RallyRole, rolesOf } from '../auth/roles';
import { type InboxCounts, inboxEntries, nextSetupStep } from './inboxItems';

const none = { count: 0, since: null, deadline: null };
const counts = (over: Partial<InboxCounts>): InboxCounts => ({
  proposalsToReview: none,
  offersToAnswer: none,
  needOffersToAnswer: none,
  hoursToConfirm: none,
  interestsToReview: none,
  followUpsToAnswer: none,
  unreadMessages: 0,
  ...over,
});

const viewer = (memberships: [kind: string, role: string][], profiles: Partial<Pick<Viewer, 'volunteerProfile' | 'mentorProfile'>> = {}): Viewer =>
  ({
    __typename: 'User',
    id: 'u',
    email: 'u@example.org',
    name: 'U',
    locale: 'en',
    isPlatformAdmin: false,
    volunteerProfile: null,
    mentorProfile: null,
    ...profiles,
    memberships: memberships.map(([kind, role], i) => ({
      __typename: 'Membership',
      id: `m${i}`,
      role,
      organization: { __typename: 'Organization', id: `o${i}`, name: 'O', kind },
    })),
  }) as Viewer;

describe('inboxEntries', () => {
  it('lists only what waits, nearest deadline first, each linking to where it is done', () => {
    const entries = inboxEntries(
      counts({
        offersToAnswer: { count: 2, since: null, deadline: '2026-12-20T00:00:00Z' },
        needOffersToAnswer: { count: 1, since: null, deadline: '2026-12-10T00:00:00Z' },
        hoursToConfirm: { count: 3, since: '2026-12-01T00:00:00Z', deadline: null },
        unreadMessages: 4,
      }),
      new Set<RallyRole>(['nonprofit', 'volunteer']),
    );
    expect(entries.map((e) => [e.key, e.count, e.to])).toEqual([
      ['needOffersToAnswer', 1, '/needs'],
      ['offersToAnswer', 2, '/offers'],
      ['hoursToConfirm', 3, '/engagements'],
      ['unreadMessages', 4, '/messages'],
    ]);
  });

  it('sends a funder to the funding proposals and a curator to the board', () => {
    const funder = inboxEntries(counts({ offersToAnswer: { count: 1 } }), new Set<RallyRole>(['funder']));
    expect(funder[0]?.to).toBe('/funding/proposals');
    const curator = inboxEntries(counts({ proposalsToReview: { count: 5, since: '2026-12-01T00:00:00Z' } }), new Set<RallyRole>(['curator']));
    expect(curator.map((e) => [e.key, e.to])).toEqual([['proposalsToReview', '/curation/board']]);
  });

  it('sends raised hands to the needs and follow-up questions to the engagements, only when some wait', () => {
    const entries = inboxEntries(counts({ interestsToReview: { count: 2 }, followUpsToAnswer: { count: 0 } }), new Set<RallyRole>(['curator']));
    expect(entries.map((e) => [e.key, e.to])).toEqual([['interestsToReview', '/needs']]);
    const nonprofit = inboxEntries(counts({ followUpsToAnswer: { count: 1, since: '2026-12-01T00:00:00Z' } }), new Set<RallyRole>(['nonprofit']));
    expect(nonprofit.map((e) => [e.key, e.to])).toEqual([['followUpsToAnswer', '/engagements']]);
  });

  it('is empty when nothing waits', () => {
    expect(inboxEntries(counts({}), new Set<RallyRole>(['volunteer']))).toEqual([]);
  });
});

describe('nextSetupStep', () => {
  const step = (v: Viewer) => nextSetupStep(v, rolesOf(v))?.key;
  it('follows the person’s roles', () => {
    expect(step(viewer([]))).toBe('onboarding');
    expect(step(viewer([['COMPANY', 'MEMBER']]))).toBe('volunteerProfile');
    expect(step(viewer([['NONPROFIT', 'ADMIN']]))).toBe('postNeed');
    expect(step(viewer([['FUNDER', 'MEMBER']]))).toBe('fundingOffer');
    expect(step(viewer([['INTERMEDIARY', 'MEMBER']]))).toBe('matchingRun');
    expect(step(viewer([], { mentorProfile: { __typename: 'MentorProfile', id: 'mp' } }))).toBe('keepProfileCurrent');
  });
});
