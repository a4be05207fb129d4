import type { ImpactScopeInput, ViewerFieldsFragment } from '../../generated/graphql';

export type ImpactScopeKind = 'nonprofit' | 'company' | 'intermediary' | 'funder' | 'volunteer' | 'mentor';

export interface ImpactScopeOption {
  /** Stable key for a picker. */
  key: string;
  kind: ImpactScopeKind;
  /** The organization's name; empty for the reader's own volunteering. */
  name: string;
  scope: ImpactScopeInput;
}

/**
 * Whose impact the reader may count: each organization they belong to in a role that sees its
 * figures (any member of a nonprofit, funder or intermediary; a company's admins), then their own
 * volunteering and mentoring. The first one is the default.
 */
export function impactScopesOf(viewer: Pick<ViewerFieldsFragment, 'memberships' | 'volunteerProfile' | 'mentorProfile'>): ImpactScopeOption[] {
  const options: ImpactScopeOption[] = [];
  for (const { role, organization } of viewer.memberships) {
    const { id, name, kind } = organization;
    if (kind === 'NONPROFIT') options.push({ key: `nonprofit:${id}`, kind: 'nonprofit', name, scope: { nonprofitId: id } });
    if (kind === 'INTERMEDIARY') options.push({ key: `intermediary:${id}`, kind: 'intermediary', name, scope: { intermediaryId: id } });
    if (kind === 'FUNDER') options.push({ key: `funder:${id}`, kind: 'funder', name, scope: { funderId: id } });
    if (kind === 'COMPANY' && role === 'ADMIN') options.push({ key: `company:${id}`, kind: 'company', name, scope: { companyId: id } });
  }
  if (viewer.volunteerProfile) {
    const id = viewer.volunteerProfile.id;
    options.push({ key: `volunteer:${id}`, kind: 'volunteer', name: '', scope: { volunteerProfileId: id } });
  }
  if (viewer.mentorProfile) {
    const id = viewer.mentorProfile.id;
    options.push({ key: `mentor:${id}`, kind: 'mentor', name: '', scope: { mentorProfileId: id } });
  }
  return options;
}

export type ImpactPeriod = 'all' | 'year' | 'last12';

/** The window's start (inclusive) as an ISO instant, or null for all time. */
export function periodStart(period: ImpactPeriod, now: Date): string | null {
  if (period === 'year') return new Date(Date.UTC(now.getUTCFullYear(), 0, 1)).toISOString();
  if (period === 'last12') return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1)).toISOString();
  return null;
}
