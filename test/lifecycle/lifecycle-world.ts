import { Session, signUp } from '../utils/operations';
import { TestApp } from '../utils/test-app';

/** A small hand-made world for the match lifecycle tests, written straight into the test database. */
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

type Kind = 'VOLUNTEER' | 'MENTOR' | 'FUNDING';

export interface RoleSpec {
  kind: Kind;
  seats?: number;
  amount?: number;
  title?: string;
  skills?: { id: string; weight: number }[];
}

let seq = 0;

const one = async <T>(t: TestApp, sql: string, params: unknown[]): Promise<T> => ((await t.dataSource.query(sql, params)) as T[])[0];

export async function org(t: TestApp, kind: string, name: string, country = 'DE'): Promise<string> {
  const row = await one<{ id: string }>(t, 'INSERT INTO organization (kind, name, country) VALUES ($1, $2, $3) RETURNING id', [kind, name, country]);
  return row.id;
}

export async function member(t: TestApp, userId: string, organizationId: string, role = 'MEMBER'): Promise<void> {
  await t.dataSource.query('INSERT INTO membership (user_id, organization_id, role) VALUES ($1, $2, $3)', [userId, organizationId, role]);
}

export async function person(t: TestApp, name: string, locale = 'en'): Promise<Person> {
  const session = await signUp(t, { name, email: `${name.toLowerCase().replace(/\W+/g, '.')}.${++seq}.${Date.now()}@example.org` });
  if (locale !== 'en') await t.dataSource.query('UPDATE user_account SET locale = $2 WHERE id = $1', [session.userId, locale]);
  return { ...session, name };
}

export async function volunteer(t: TestApp, name: string, opts: { employerId?: string | null; capacity?: number } = {}): Promise<Candidate> {
  const p = await person(t, name);
  const row = await one<{ id: string }>(
    t,
    `INSERT INTO volunteer_profile (user_id, employer_id, country, languages, max_concurrent_engagements) VALUES ($1, $2, 'DE', '{en,de}', $3) RETURNING id`,
    [p.userId, opts.employerId ?? null, opts.capacity ?? 3],
  );
  return { ...p, profileId: row.id };
}

export async function mentor(t: TestApp, name: string, capacity = 2): Promise<Candidate> {
  const p = await person(t, name);
  const row = await one<{ id: string }>(t, `INSERT INTO mentor_profile (user_id, country, mentee_capacity) VALUES ($1, 'DE', $2) RETURNING id`, [p.userId, capacity]);
  return { ...p, profileId: row.id };
}

export async function ensureSkills(t: TestApp): Promise<void> {
  await t.dataSource.query(
    `INSERT INTO skill (id, name, category) VALUES ('business-strategy', 'Business strategy', 'strategy'), ('web-development', 'Web development', 'it'),
       ('copywriting', 'Copywriting', 'communications'), ('bookkeeping', 'Bookkeeping', 'finance') ON CONFLICT DO NOTHING`,
    [],
  );
}

export async function createWorld(t: TestApp): Promise<World> {
  await ensureSkills(t);
  const intermediaryId = await org(t, 'INTERMEDIARY', 'Pro Bono Bridge');
  const otherIntermediaryId = await org(t, 'INTERMEDIARY', 'Elsewhere Foundation', 'JP');
  const nonprofitId = await org(t, 'NONPROFIT', 'Tafel Nord');
  const otherNonprofitId = await org(t, 'NONPROFIT', 'Other Cause e.V.');
  const companyId = await org(t, 'COMPANY', 'Acme Consulting');
  const funderId = await org(t, 'FUNDER', 'Kind Foundation');
  const program = await one<{ id: string }>(t, `INSERT INTO program (intermediary_id, name, curation_required) VALUES ($1, 'Cohort 2025', true) RETURNING id`, [intermediaryId]);
  await t.dataSource.query(`INSERT INTO program_participant (program_id, organization_id, role) VALUES ($1, $2, 'COHORT'), ($1, $3, 'PARTNER_COMPANY'), ($1, $4, 'FUNDER')`, [
    program.id,
    nonprofitId,
    companyId,
    funderId,
  ]);
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
  await member(t, curator.userId, intermediaryId);
  await member(t, otherCurator.userId, otherIntermediaryId);
  await member(t, nonprofit.userId, nonprofitId, 'ADMIN');
  await member(t, outsider.userId, otherNonprofitId, 'ADMIN');
  await member(t, funder.userId, funderId);
  await member(t, companyAdmin.userId, companyId, 'ADMIN');
  const vol = await volunteer(t, 'Vera Volunteer', { employerId: companyId });
  const men = await mentor(t, 'Max Mentor');
  return {
    intermediaryId,
    otherIntermediaryId,
    programId: program.id,
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

/** A published need with its roles; returns the need id and one role id per spec, in order. */
export async function addNeed(t: TestApp, w: World, spec: NeedSpec): Promise<{ needId: string; roleIds: string[] }> {
  const need = await one<{ id: string }>(
    t,
    `INSERT INTO need (nonprofit_id, program_id, title, summary, focus_area, country, language, status, published_at)
     VALUES ($1, $2, $3, 'Help us', $4, $5, 'en', $6, now()) RETURNING id`,
    [
      spec.nonprofitId ?? w.nonprofitId,
      spec.programId === undefined ? w.programId : spec.programId,
      spec.title ?? `Need ${++seq}`,
      spec.focusArea ?? 'EDUCATION',
      spec.country ?? 'DE',
      spec.status ?? 'OPEN',
    ],
  );
  const roleIds: string[] = [];
  for (const r of spec.roles) {
    const role = await one<{ id: string }>(t, `INSERT INTO need_role (need_id, kind, title, seats, amount, hours_per_month) VALUES ($1, $2, $3, $4, $5, 10) RETURNING id`, [
      need.id,
      r.kind,
      r.title ?? `${r.kind.toLowerCase()} role`,
      r.seats ?? 1,
      r.kind === 'FUNDING' ? (r.amount ?? 5000) : null,
    ]);
    for (const s of r.skills ?? []) {
      await t.dataSource.query('INSERT INTO need_role_skill (role_id, skill_id, level, weight) VALUES ($1, $2, 3, $3)', [role.id, s.id, s.weight]);
    }
    roleIds.push(role.id);
  }
  return { needId: need.id, roleIds };
}

export interface MatchSpec {
  roleId: string;
  kind: Kind;
  candidateId: string;
  status?: 'PROPOSED' | 'OFFERED';
}

/** A proposal or offer as the matching runs would write it. */
export async function insertMatch(t: TestApp, spec: MatchSpec): Promise<string> {
  const column = { VOLUNTEER: 'volunteer_profile_id', MENTOR: 'mentor_profile_id', FUNDING: 'funding_offer_id' }[spec.kind];
  const offered = spec.status === 'OFFERED';
  const row = await one<{ id: string }>(
    t,
    `INSERT INTO match (role_id, need_id, candidate_kind, candidate_id, ${column}, status, score, explanation, version, offered_at, expires_at)
     SELECT r.id, r.need_id, $2, $3, $3, $4, 0.8, 'Strong skills fit', 1, ${offered ? "now(), now() + interval '14 days'" : 'NULL, NULL'}
       FROM need_role r WHERE r.id = $1 RETURNING id`,
    [spec.roleId, spec.kind, spec.candidateId, spec.status ?? 'PROPOSED'],
  );
  return row.id;
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
