import { insertMembership, insertMentor, insertNeed, insertOrganization, insertProgram, insertSkills, insertVolunteer, one, OrganizationKind, RoleKind } from '../utils/fixtures';
import { Session, signUp } from '../utils/operations';
import { TestApp } from '../utils/test-app';

/** A small hand-made world for the match lifecycle tests, written straight into the test database with test/utils/fixtures. */
export interface Person extends Session {
  name: string;
}

export interface Candidate extends Person {
  profileId: string;
}

export interface World {
  intermediaryId: string;
  otherIntermediaryId: string;
  programId: string;
  nonprofitId: string;
  otherNonprofitId: string;
  companyId: string;
  funderId: string;
  offerId: string;
  curator: Person;
  otherCurator: Person;
  nonprofit: Person;
  outsider: Person;
  volunteer: Candidate;
  mentor: Candidate;
  funder: Person;
  companyAdmin: Person;
}

export interface RoleSpec {
  kind: RoleKind;
  seats?: number;
  amount?: number;
  title?: string;
  skills?: { id: string; weight: number }[];
}

let seq = 0;

/** An organization of the world: in Germany unless told, with no languages given. */
export function org(t: TestApp, kind: OrganizationKind, name: string, country = 'DE'): Promise<string> {
  return insertOrganization(t, kind, { name, country, languages: [] });
}

export async function person(t: TestApp, name: string, locale = 'en'): Promise<Person> {
  const session = await signUp(t, { name, email: `${name.toLowerCase().replace(/\W+/g, '.')}.${++seq}.${Date.now()}@example.org` });
  if (locale !== 'en') await t.dataSource.query('UPDATE user_account SET locale = $2 WHERE id = $1', [session.userId, locale]);
  return { ...session, name };
}

/** A signed-up person with a volunteer profile in Germany, speaking English and German. */
export async function volunteer(t: TestApp, name: string, opts: { employerId?: string | null; capacity?: number } = {}): Promise<Candidate> {
  const p = await person(t, name);
  const profileId = await insertVolunteer(t, {
    userId: p.userId,
    employerId: opts.employerId ?? null,
    country: 'DE',
    languages: ['en', 'de'],
    timeZone: 'UTC',
    hoursPerMonth: 8,
    capacity: opts.capacity ?? 3,
  });
  return { ...p, profileId };
}

/** A signed-up person with a mentor profile in Germany. */
export async function mentor(t: TestApp, name: string, capacity = 2): Promise<Candidate> {
  const p = await person(t, name);
  const profileId = await insertMentor(t, { userId: p.userId, country: 'DE', languages: [], timeZone: 'UTC', hoursPerMonth: 4, capacity });
  return { ...p, profileId };
}

/** The skills the lifecycle tests' roles ask for; their categories price the hours in the impact figures. */
export const SKILLS = [
  { id: 'business-strategy', category: 'strategy' },
  { id: 'web-development', category: 'it' },
  { id: 'copywriting', category: 'communications' },
  { id: 'bookkeeping', category: 'finance' },
];

export async function createWorld(t: TestApp): Promise<World> {
  await insertSkills(t, SKILLS);
  const intermediaryId = await org(t, 'INTERMEDIARY', 'Pro Bono Bridge');
  const otherIntermediaryId = await org(t, 'INTERMEDIARY', 'Elsewhere Foundation', 'JP');
  const nonprofitId = await org(t, 'NONPROFIT', 'Tafel Nord');
  const otherNonprofitId = await org(t, 'NONPROFIT', 'Other Cause e.V.');
  const companyId = await org(t, 'COMPANY', 'Acme Consulting');
  const funderId = await org(t, 'FUNDER', 'Kind Foundation');
  const programId = await insertProgram(t, {
    intermediaryId,
    name: 'Cohort 2025',
    curationRequired: true,
    participants: [
      { organizationId: nonprofitId, role: 'COHORT' },
      { organizationId: companyId, role: 'PARTNER_COMPANY' },
      { organizationId: funderId, role: 'FUNDER' },
    ],
  });
  const offer = await one<{ id: string }>(
    t,
    `INSERT INTO funding_offer (funder_id, title, min_ticket, max_ticket, budget_total, budget_left) VALUES ($1, 'Seed grants', 1000, 20000, 50000, 50000) RETURNING id`,
    [funderId],
  );
  const [curator, otherCurator, nonprofit, outsider, funder, companyAdmin] = await Promise.all([
    person(t, 'Clara Curator'),
    person(t, 'Oscar Othercurator'),
    person(t, 'Nora Nonprofit'),
    person(t, 'Otto Outsider'),
    person(t, 'Fiona Funder'),
    person(t, 'Anna Admin'),
  ]);
  await insertMembership(t, { userId: curator.userId, organizationId: intermediaryId });
  await insertMembership(t, { userId: otherCurator.userId, organizationId: otherIntermediaryId });
  await insertMembership(t, { userId: nonprofit.userId, organizationId: nonprofitId, role: 'ADMIN' });
  await insertMembership(t, { userId: outsider.userId, organizationId: otherNonprofitId, role: 'ADMIN' });
  await insertMembership(t, { userId: funder.userId, organizationId: funderId });
  await insertMembership(t, { userId: companyAdmin.userId, organizationId: companyId, role: 'ADMIN' });
  const vol = await volunteer(t, 'Vera Volunteer', { employerId: companyId });
  const men = await mentor(t, 'Max Mentor');
  return {
    intermediaryId,
    otherIntermediaryId,
    programId,
    nonprofitId,
    otherNonprofitId,
    companyId,
    funderId,
    offerId: offer.id,
    curator,
    otherCurator,
    nonprofit,
    outsider,
    volunteer: vol,
    mentor: men,
    funder,
    companyAdmin,
  };
}

export interface NeedSpec {
  nonprofitId?: string;
  programId?: string | null;
  title?: string;
  focusArea?: string;
  country?: string;
  status?: string;
  roles: RoleSpec[];
}

/** A published need of the world (its nonprofit and program unless told) with its roles; returns the need id and one role id per spec, in order. */
export function addNeed(t: TestApp, w: World, spec: NeedSpec): Promise<{ needId: string; roleIds: string[] }> {
  return insertNeed(t, {
    nonprofitId: spec.nonprofitId ?? w.nonprofitId,
    programId: spec.programId === undefined ? w.programId : spec.programId,
    title: spec.title ?? `Need ${++seq}`,
    focusArea: spec.focusArea ?? 'EDUCATION',
    country: spec.country ?? 'DE',
    language: 'en',
    status: spec.status ?? 'OPEN',
    roles: spec.roles.map((r) => ({
      kind: r.kind,
      title: r.title ?? `${r.kind.toLowerCase()} role`,
      seats: r.seats ?? 1,
      amount: r.kind === 'FUNDING' ? (r.amount ?? 5000) : null,
      hoursPerMonth: 10,
      skills: (r.skills ?? []).map((s) => [s.id, 3, s.weight] as const),
    })),
  });
}

export async function matchRow(t: TestApp, id: string): Promise<{ status: string; version: number; status_note: string | null }> {
  return one(t, 'SELECT status, version, status_note FROM match WHERE id = $1', [id]);
}

export async function eventsOf(
  t: TestApp,
  id: string,
): Promise<{ action: string; from_status: string | null; to_status: string; actor_user_id: string | null; reason: string | null }[]> {
  return t.dataSource.query('SELECT action, from_status, to_status, actor_user_id, reason FROM match_event WHERE match_id = $1 ORDER BY created_at, id', [id]);
}
