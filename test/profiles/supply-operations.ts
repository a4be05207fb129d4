import { Session } from '../utils/operations';
import { TestApp } from '../utils/test-app';

/** Helpers for the supply-side tests: skills, memberships, curators, profiles and offers. */

export const SKILLS = ['financial-modeling', 'brand-strategy', 'ux-research', 'grant-writing'] as const;

export async function addMember(t: TestApp, session: Session, organizationId: string): Promise<void> {
  await t.dataSource.query(`INSERT INTO membership (user_id, organization_id, role) VALUES ($1, $2, 'MEMBER')`, [session.userId, organizationId]);
}

/** Intermediaries are onboarded by platform admins; tests write the row directly. */
export async function makeCurator(t: TestApp, session: Session): Promise<string> {
  const [org] = await t.dataSource.query(`INSERT INTO organization (kind, name, country) VALUES ('INTERMEDIARY', $1, 'JP') RETURNING id`, [`Intermediary ${session.userId}`]);
  await addMember(t, session, org.id);
  return org.id;
}

/** Makes `session` a member of a new organization affiliated with the intermediary: the person joins the intermediary's scope. */
export async function affiliatePerson(t: TestApp, session: Session, intermediaryId: string, kind: 'COMPANY' | 'FUNDER' = 'COMPANY'): Promise<string> {
  const [org] = await t.dataSource.query(`INSERT INTO organization (kind, name, country) VALUES ($1, $2, 'JP') RETURNING id`, [kind, `${kind} of ${session.userId}`]);
  await addMember(t, session, org.id);
  await affiliate(t, intermediaryId, org.id);
  return org.id;
}

/** The organization works with the intermediary (its admins' request, already made). */
export async function affiliate(t: TestApp, intermediaryId: string, organizationId: string): Promise<void> {
  await t.dataSource.query(`INSERT INTO affiliation (intermediary_id, organization_id) VALUES ($1, $2)`, [intermediaryId, organizationId]);
}

/** A published need of `nonprofitId` whose role was offered `candidate` (as matching and curation would do). */
export async function offerCandidate(t: TestApp, nonprofitId: string, candidate: { kind: 'VOLUNTEER' | 'MENTOR' | 'FUNDING'; id: string }): Promise<void> {
  const [need] = await t.dataSource.query(
    `INSERT INTO need (nonprofit_id, title, summary, focus_area, country, language, status) VALUES ($1, 'Need', 'Summary', 'EDUCATION', 'JP', 'ja', 'OPEN') RETURNING id`,
    [nonprofitId],
  );
  const [role] = await t.dataSource.query(`INSERT INTO need_role (need_id, kind, title, amount) VALUES ($1, $2, 'Role', $3) RETURNING id`, [
    need.id,
    candidate.kind,
    candidate.kind === 'FUNDING' ? 1000 : null,
  ]);
  const column = { VOLUNTEER: 'volunteer_profile_id', MENTOR: 'mentor_profile_id', FUNDING: 'funding_offer_id' }[candidate.kind];
  await t.dataSource.query(
    `INSERT INTO match (role_id, need_id, candidate_kind, candidate_id, ${column}, status, offered_at, version) VALUES ($1, $2, $3, $4, $4, 'OFFERED', now(), 1)`,
    [role.id, need.id, candidate.kind, candidate.id],
  );
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
