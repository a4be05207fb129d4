import type { Viewer } from './authContext';

export const RALLY_ROLES = ['nonprofit', 'volunteer', 'funder', 'curator', 'companyAdmin', 'platformAdmin'] as const;

export type RallyRole = (typeof RALLY_ROLES)[number];

export function rolesOf(viewer: Viewer): Set<RallyRole> {
  const roles = new Set<RallyRole>();
  const kinds = new Set(viewer.memberships.map((m) => m.organization.kind));
  if (kinds.has('NONPROFIT')) roles.add('nonprofit');
  if (kinds.has('FUNDER')) roles.add('funder');
  if (kinds.has('INTERMEDIARY')) roles.add('curator');
  if (viewer.memberships.some((m) => m.organization.kind === 'COMPANY' && m.role === 'ADMIN')) {
    roles.add('companyAdmin');
  }
  // Company employees and independent professionals (no organization) volunteer and mentor.
  if (kinds.has('COMPANY') || viewer.memberships.length === 0 || viewer.volunteerProfile || viewer.mentorProfile) {
    roles.add('volunteer');
  }
  if (viewer.isPlatformAdmin) roles.add('platformAdmin');
  return roles;
}
