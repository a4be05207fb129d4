import { insertAffiliation, insertMatch, insertMembership, insertNeed, insertOrganization, RoleKind } from '../utils/fixtures';
import { Session } from '../utils/operations';
import { TestApp } from '../utils/test-app';

/** Helpers for the supply-side tests: skills, profiles and offers; plain rows come from test/utils/fixtures. */

export const SKILLS = ['financial-modeling', 'brand-strategy', 'ux-research', 'grant-writing'] as const;

/** Makes `session` a member of a new organization affiliated with the intermediary: the person joins the intermediary's scope. */
export async function affiliatePerson(t: TestApp, session: Session, intermediaryId: string, kind: 'COMPANY' | 'FUNDER' = 'COMPANY'): Promise<string> {
  const organizationId = await insertOrganization(t, kind, { name: `${kind} of ${session.userId}`, languages: [] });
  await insertMembership(t, { userId: session.userId, organizationId });
  await insertAffiliation(t, { intermediaryId, organizationId });
  return organizationId;
}

/** A published need of `nonprofitId` whose role was offered `candidate` (as matching and curation would do). */
export async function offerCandidate(t: TestApp, nonprofitId: string, candidate: { kind: RoleKind; id: string }): Promise<void> {
  const { roleIds } = await insertNeed(t, { nonprofitId, title: 'Need', summary: 'Summary', roles: [{ kind: candidate.kind, title: 'Role', amount: 1000 }] });
  await insertMatch(t, { roleId: roleIds[0], kind: candidate.kind, candidateId: candidate.id, status: 'OFFERED' });
}

export const VOLUNTEER_FIELDS = `id userId headline languages country timeZone hoursPerMonth maxConcurrentEngagements causes remoteOk onSiteOk available employerId
  skills { level skill { id name } } user { id name } employer { id name }`;
export const MENTOR_FIELDS = `id userId headline languages country timeZone menteeCapacity causes available expertise { level skill { id name } } user { id name }`;

export interface ProfileSkillView {
  level: number;
  skill: { id: string; name: string };
}
export interface VolunteerView {
  id: string;
  userId: string;
  headline: string;
  languages: string[];
  country: string;
  employerId: string | null;
  skills: ProfileSkillView[];
  user: { id: string; name: string };
  employer: { id: string; name: string } | null;
}
export interface MentorView {
  id: string;
  userId: string;
  menteeCapacity: number;
  expertise: ProfileSkillView[];
  user: { id: string; name: string };
}

export const volunteerInput = (overrides: Record<string, unknown> = {}) => ({
  headline: 'Finance lead',
  languages: ['en', 'ja'],
  country: 'JP',
  timeZone: 'Asia/Tokyo',
  hoursPerMonth: 10,
  maxConcurrentEngagements: 2,
  causes: ['EDUCATION'],
  remoteOk: true,
  onSiteOk: false,
  skills: [{ skillId: 'financial-modeling', level: 4 }],
  ...overrides,
});

export const mentorInput = (overrides: Record<string, unknown> = {}) => ({
  headline: 'Founder coach',
  languages: ['de'],
  country: 'DE',
  timeZone: 'Europe/Berlin',
  menteeCapacity: 3,
  causes: ['HEALTH'],
  expertise: [{ skillId: 'brand-strategy', level: 5 }],
  ...overrides,
});

export const UPSERT_VOLUNTEER = `mutation($input: VolunteerProfileInput!) { upsertVolunteerProfile(input: $input) { ${VOLUNTEER_FIELDS} } }`;
export const UPSERT_MENTOR = `mutation($input: MentorProfileInput!) { upsertMentorProfile(input: $input) { ${MENTOR_FIELDS} } }`;

export async function upsertVolunteer(t: TestApp, session: Session, overrides: Record<string, unknown> = {}): Promise<VolunteerView> {
  const res = await t.gql<{ upsertVolunteerProfile: VolunteerView }>(UPSERT_VOLUNTEER, { input: volunteerInput(overrides) }, session.token);
  if (!res.data?.upsertVolunteerProfile) throw new Error(`upsertVolunteerProfile failed: ${JSON.stringify(res.errors)}`);
  return res.data.upsertVolunteerProfile;
}

export async function upsertMentor(t: TestApp, session: Session, overrides: Record<string, unknown> = {}): Promise<MentorView> {
  const res = await t.gql<{ upsertMentorProfile: MentorView }>(UPSERT_MENTOR, { input: mentorInput(overrides) }, session.token);
  if (!res.data?.upsertMentorProfile) throw new Error(`upsertMentorProfile failed: ${JSON.stringify(res.errors)}`);
  return res.data.upsertMentorProfile;
}
