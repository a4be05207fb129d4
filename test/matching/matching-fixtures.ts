import { randomUUID } from 'node:crypto';

import { DataSource } from 'typeorm';

import { waitFor } from '../utils/wait';

/** Rows for matching tests, written straight to the database: fast, and independent of other features' mutations. */

export type SkillLevel = readonly [skillId: string, level: number];
export type WantedSkill = readonly [skillId: string, level: number, weight: number];

export async function insertOrganization(ds: DataSource, kind: string, o: { country?: string; languages?: string[]; name?: string } = {}): Promise<string> {
  const id = randomUUID();
  await ds.query(`INSERT INTO organization (id, kind, name, country, languages) VALUES ($1, $2, $3, $4, $5)`, [
    id,
    kind,
    o.name ?? `${kind} ${id.slice(0, 8)}`,
    o.country ?? 'JP',
    o.languages ?? ['ja', 'en'],
  ]);
  return id;
}

export async function insertUser(ds: DataSource): Promise<string> {
  const id = randomUUID();
  await ds.query(`INSERT INTO user_account (id, email, password_hash, name) VALUES ($1, $2, 'x', 'Fixture Person')`, [id, `${id}@example.org`]);
  return id;
}

export async function addMember(ds: DataSource, userId: string, organizationId: string, role = 'ADMIN'): Promise<void> {
  await ds.query(`INSERT INTO membership (user_id, organization_id, role) VALUES ($1, $2, $3)`, [userId, organizationId, role]);
}

export async function affiliate(ds: DataSource, intermediaryId: string, organizationId: string): Promise<void> {
  await ds.query(`INSERT INTO affiliation (intermediary_id, organization_id, vetted) VALUES ($1, $2, true)`, [intermediaryId, organizationId]);
}

export interface PersonSpec {
  userId?: string;
  employerId?: string | null;
  languages?: string[];
  country?: string;
  timeZone?: string;
  hoursPerMonth?: number;
  capacity?: number;
  causes?: string[];
  remoteOk?: boolean;
  onSiteOk?: boolean;
  available?: boolean;
  skills: SkillLevel[];
}

export async function insertVolunteer(ds: DataSource, p: PersonSpec): Promise<string> {
  const id = randomUUID();
  await ds.query(
    `INSERT INTO volunteer_profile (id, user_id, employer_id, languages, country, time_zone, hours_per_month, max_concurrent_engagements, causes, remote_ok, on_site_ok, available)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::focus_area[], $10, $11, $12)`,
    [
      id,
      p.userId ?? (await insertUser(ds)),
      p.employerId ?? null,
      p.languages ?? ['ja', 'en'],
      p.country ?? 'JP',
      p.timeZone ?? 'Asia/Tokyo',
      p.hoursPerMonth ?? 10,
      p.capacity ?? 1,
      p.causes ?? [],
      p.remoteOk ?? true,
      p.onSiteOk ?? false,
      p.available ?? true,
    ],
  );
  await insertHeldSkills(ds, 'volunteer_skill', id, p.skills);
  return id;
}

export async function insertMentor(ds: DataSource, p: PersonSpec): Promise<string> {
  const id = randomUUID();
  await ds.query(
    `INSERT INTO mentor_profile (id, user_id, languages, country, time_zone, hours_per_month, mentee_capacity, causes, available)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::focus_area[], $9)`,
    [
      id,
      p.userId ?? (await insertUser(ds)),
      p.languages ?? ['en'],
      p.country ?? 'DE',
      p.timeZone ?? 'Europe/Berlin',
      p.hoursPerMonth ?? 6,
      p.capacity ?? 1,
      p.causes ?? [],
      p.available ?? true,
    ],
  );
  await insertHeldSkills(ds, 'mentor_skill', id, p.skills);
  return id;
}

async function insertHeldSkills(ds: DataSource, table: string, profileId: string, skills: SkillLevel[]): Promise<void> {
  for (const [skillId, level] of skills) {
    await ds.query(`INSERT INTO ${table} (profile_id, skill_id, level) VALUES ($1, $2, $3)`, [profileId, skillId, level]);
  }
}

export async function insertProgram(ds: DataSource, intermediaryId: string, o: { requiresMentor?: boolean; curationRequired?: boolean } = {}): Promise<string> {
  const id = randomUUID();
  await ds.query(`INSERT INTO program (id, intermediary_id, name, requires_mentor, curation_required) VALUES ($1, $2, $3, $4, $5)`, [
    id,
    intermediaryId,
    `Program ${id.slice(0, 8)}`,
    o.requiresMentor ?? false,
    o.curationRequired ?? true,
  ]);
  return id;
}

export interface RoleSpec {
  kind?: 'VOLUNTEER' | 'MENTOR' | 'FUNDING';
  seats?: number;
  hoursPerMonth?: number;
  amount?: number | null;
  skills: WantedSkill[];
}

export interface NeedSpec {
  nonprofitId: string;
  programId?: string | null;
  language?: string;
  country?: string;
  remote?: boolean;
  focusArea?: string;
  status?: string;
  roles: RoleSpec[];
}

export async function insertNeed(ds: DataSource, n: NeedSpec): Promise<{ needId: string; roleIds: string[] }> {
  const needId = randomUUID();
  await ds.query(
    `INSERT INTO need (id, nonprofit_id, program_id, title, summary, focus_area, country, language, remote, status, published_at)
     VALUES ($1, $2, $3, 'A need', 'Help us', $4, $5, $6, $7, $8, now())`,
    [needId, n.nonprofitId, n.programId ?? null, n.focusArea ?? 'EDUCATION', n.country ?? 'JP', n.language ?? 'ja', n.remote ?? true, n.status ?? 'OPEN'],
  );
  const roleIds: string[] = [];
  for (const r of n.roles) {
    const roleId = randomUUID();
    const kind = r.kind ?? 'VOLUNTEER';
    await ds.query(`INSERT INTO need_role (id, need_id, kind, title, hours_per_month, seats, amount) VALUES ($1, $2, $3, 'A role', $4, $5, $6)`, [
      roleId,
      needId,
      kind,
      r.hoursPerMonth ?? 8,
      r.seats ?? 1,
      kind === 'FUNDING' ? (r.amount ?? 10000) : null,
    ]);
    for (const [skillId, level, weight] of r.skills) {
      await ds.query(`INSERT INTO need_role_skill (role_id, skill_id, level, weight) VALUES ($1, $2, $3, $4)`, [roleId, skillId, level, weight]);
    }
    roleIds.push(roleId);
  }
  return { needId, roleIds };
}

export interface OpenMatch {
  id: string;
  role_id: string;
  candidate_id: string;
  status: string;
  score: number;
  explanation: string;
}

/** Every match of the given roles, oldest first. */
export async function matchesOf(ds: DataSource, roleIds: string[]): Promise<OpenMatch[]> {
  return ds.query(`SELECT id, role_id, candidate_id, status, score, explanation FROM match WHERE role_id = ANY($1::uuid[]) ORDER BY created_at, id`, [roleIds]);
}

export interface RunRow {
  id: string;
  status: string;
  progress: number;
  error: string | null;
  attempts: number;
  counts: Record<string, number>;
  timings: Record<string, number>;
}

export async function runRow(ds: DataSource, runId: string): Promise<RunRow> {
  const [row] = await ds.query(`SELECT id, status, progress, error, attempts, counts, timings FROM matching_run WHERE id = $1`, [runId]);
  return row;
}

export function waitForRun(ds: DataSource, runId: string, statuses = ['SUCCEEDED', 'FAILED'], timeoutMs = 30_000): Promise<RunRow> {
  return waitFor(
    `run ${runId} to be ${statuses.join('/')}`,
    async () => {
      const run = await runRow(ds, runId);
      return run && statuses.includes(run.status) ? run : undefined;
    },
    timeoutMs,
  );
}
