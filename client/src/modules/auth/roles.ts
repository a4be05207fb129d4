import type { Viewer } from './authContext';

export const RALLY_ROLES = ['nonprofit', 'volunteer', 'mentor', 'funder', 'curator', 'companyAdmin', 'platformAdmin'] as const;

export type RallyRole = (typeof RALLY_ROLES)[number];

/** Whether the person has nothing yet that gives them a role of their own: no organization, no profile. */
export function needsOnboarding(viewer: Viewer): boolean {
  return viewer.memberships.length === 0 && !viewer.volunteerProfile && !viewer.mentorProfile;
}

export function rolesOf(viewer: Viewer): Set<RallyRole> {
  const roles = new Set<RallyRole>();
  const kinds = new Set(viewer.memberships.map((m) => m.organization.kind));
  if (kinds.has('NONPROFIT')) roles.add('nonprofit');
  if (kinds.has('FUNDER')) roles.add('funder');
  if (kinds.has('INTERMEDIARY')) roles.add('curator');
  if (viewer.memberships.some((m) => m.organization.kind === 'COMPANY' && m.role === 'ADMIN')) {
    roles.add('companyAdmin');
  }
  if (viewer.mentorProfile) roles.add('mentor');
  // Company employees and independent professionals volunteer; someone who only mentors is not sent to a volunteer profile.
  const independent = viewer.memberships.length === 0 && !viewer.mentorProfile;
  if (kinds.has('COMPANY') || independent || viewer.volunteerProfile) roles.add('volunteer');
  if (viewer.isPlatformAdmin) roles.add('platformAdmin');
  return roles;
}
