import { describe, expect, it } from 'vitest';

import type { Viewer } from '../auth/authContext';
import { needsOnboarding, rolesOf } from '../auth/roles';
import { navigationFor } from './navigation';

function viewerWith(memberships: [kind: 'NONPROFIT' | 'COMPANY' | 'FUNDER' | 'INTERMEDIARY', role: 'ADMIN' | 'MEMBER'][], isPlatformAdmin = false): Viewer {
  return {
    __typename: 'User',
    id: 'u',
    email: 'u@example.org',
    name: 'U',
    locale: 'en',
    isPlatformAdmin,
    volunteerProfile: null,
    mentorProfile: null,
    memberships: memberships.map(([kind, role], i) => ({
      __typename: 'Membership',
      id: `m${i}`,
      role,
      organization: { __typename: 'Organization', id: `o${i}`, name: `Org ${i}`, kind },
    })),
  };
}

const sectionKeys = (viewer: Viewer) => navigationFor(rolesOf(viewer), { needsOnboarding: viewer.memberships.length === 0 }).map((s) => s.key);

describe('navigation by role', () => {
  it('lists Networks for curators only once their intermediary is in a network', () => {
    const roles = rolesOf(viewerWith([['INTERMEDIARY', 'ADMIN']]));
    const curatorItems = (inNetwork: boolean) =>
      navigationFor(roles, { needsOnboarding: false, inNetwork })
        .find((s) => s.key === 'curator')
        ?.items.map((i) => i.to);
    expect(curatorItems(true)).toContain('/networks');
    expect(curatorItems(false)).not.toContain('/networks');
    const nonprofit = navigationFor(rolesOf(viewerWith([['NONPROFIT', 'ADMIN']])), { needsOnboarding: false, inNetwork: true });
    expect(nonprofit.flatMap((s) => s.items.map((i) => i.to))).not.toContain('/networks');
  });

  it('gives an independent professional the volunteer section and onboarding', () => {
    const nav = navigationFor(rolesOf(viewerWith([])), { needsOnboarding: true });
    expect(nav.map((s) => s.key)).toEqual(['general', 'volunteer']);
    expect(nav[0]?.items.map((i) => i.to)).toContain('/onboarding');
  });

  it('treats a nonprofit member with a volunteer profile as a volunteer too', () => {
    const viewer = { ...viewerWith([['NONPROFIT', 'MEMBER']]), volunteerProfile: { __typename: 'VolunteerProfile' as const, id: 'p1' } };
    expect(sectionKeys(viewer)).toEqual(['general', 'nonprofit', 'volunteer']);
  });

  it('gives a nonprofit Engagements once, even when it volunteers too', () => {
    const viewer = { ...viewerWith([['NONPROFIT', 'MEMBER']]), volunteerProfile: { __typename: 'VolunteerProfile' as const, id: 'p1' } };
    const links = navigationFor(rolesOf(viewer), { needsOnboarding: false }).flatMap((s) => s.items.map((i) => i.to));
    expect(links.filter((to) => to === '/engagements')).toHaveLength(1);
    expect(navigationFor(rolesOf(viewerWith([['NONPROFIT', 'MEMBER']])), { needsOnboarding: false })[1]?.items.map((i) => i.to)).toContain('/engagements');
  });

  it('shows each organization role its own section', () => {
    expect(sectionKeys(viewerWith([['NONPROFIT', 'MEMBER']]))).toEqual(['general', 'nonprofit']);
    expect(sectionKeys(viewerWith([['FUNDER', 'ADMIN']]))).toEqual(['general', 'funder']);
    expect(sectionKeys(viewerWith([['INTERMEDIARY', 'MEMBER']]))).toEqual(['general', 'curator']);
    expect(sectionKeys(viewerWith([['COMPANY', 'MEMBER']]))).toEqual(['general', 'volunteer']);
    expect(sectionKeys(viewerWith([['COMPANY', 'ADMIN']]))).toEqual(['general', 'volunteer', 'companyAdmin']);
    expect(sectionKeys(viewerWith([['NONPROFIT', 'ADMIN']], true))).toEqual(['general', 'nonprofit', 'platformAdmin']);
  });

  const mentorOnly = (): Viewer => ({ ...viewerWith([]), mentorProfile: { __typename: 'MentorProfile' as const, id: 'mp1' } });
  const links = (viewer: Viewer) => navigationFor(rolesOf(viewer), { needsOnboarding: needsOnboarding(viewer) }).flatMap((s) => s.items);

  it('gives a mentor a mentoring section, without "Get started" or a volunteering section', () => {
    const viewer = mentorOnly();
    const nav = navigationFor(rolesOf(viewer), { needsOnboarding: needsOnboarding(viewer) });
    expect(nav.map((s) => s.key)).toEqual(['general', 'mentor']);
    expect(nav[1]?.items.map((i) => [i.to, i.label])).toEqual([
      ['/profile', 'mentorProfile'],
      ['/offers', 'offers'],
      ['/engagements', 'mentees'],
    ]);
    expect(links(viewer).map((i) => i.to)).not.toContain('/onboarding');
  });

  it('keeps "Get started" for someone with no organization and no profile only', () => {
    expect(links(viewerWith([])).map((i) => i.to)).toContain('/onboarding');
    expect(links({ ...viewerWith([]), volunteerProfile: { __typename: 'VolunteerProfile' as const, id: 'p1' } }).map((i) => i.to)).not.toContain('/onboarding');
    expect(links(viewerWith([['NONPROFIT', 'ADMIN']])).map((i) => i.to)).not.toContain('/onboarding');
  });

  it('gives a funder the funded grants (Engagements) beside offers and proposals', () => {
    const funder = navigationFor(rolesOf(viewerWith([['FUNDER', 'MEMBER']])), { needsOnboarding: false })[1];
    expect(funder?.items.map((i) => [i.to, i.label])).toEqual([
      ['/funding/offers', 'fundingOffers'],
      ['/funding/proposals', 'fundingProposals'],
      ['/engagements', 'fundedGrants'],
    ]);
  });
});
