import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { intermediariesOf, needCuratedBy, oneId, primaryIntermediaryOf, programsJoinedBy, programsRunBy } from '../common/access/curation-scope';
import { AppConfig } from '../config/app-config';
import { RoleKind } from '../needs/need-role.entity';
import { MATCHABLE_NEED_STATUSES } from '../needs/need-status';
import type { EngineCandidate, EngineRole, Exclusion, MatchingInput, WantedSkill } from './engine/types';
import { MatchingRunEntity, MatchingScope } from './matching-run.entity';
import { utcOffsetCache } from './time-zone';

/** Where a proposal for a role is written, and whether it waits for a curator. */
export interface RoleTarget {
  needId: string;
  kind: RoleKind;
  /** PROPOSED (a curator approves it first) rather than OFFERED straight to both sides. */
  curated: boolean;
}

export interface LoadedRun {
  input: MatchingInput;
  /** Every role of the scope's open needs, including full ones: their stale proposals are withdrawn too. */
  scopeRoleIds: string[];
  roles: Map<string, RoleTarget>;
  candidateKinds: Map<string, RoleKind>;
}

/** The run's scope (need, program, intermediary) no longer exists: retrying cannot help. */
export class MatchingScopeMissingError extends Error {
  override readonly name = 'MatchingScopeMissingError';
}

interface RoleRow {
  id: string;
  need_id: string;
  kind: RoleKind;
  hours_per_month: number;
  seats: number;
  seats_filled: number;
  amount: string | null;
  nonprofit_id: string;
  nonprofit_time_zone: string | null;
  nonprofit_languages: string[];
  program_id: string | null;
  language: string;
  country: string;
  remote: boolean;
  focus_area: string;
  program_intermediary_id: string | null;
  requires_mentor: boolean;
  curation_required: boolean | null;
  affiliated_intermediary_id: string | null;
  /** Seats held by offers awaiting an answer and by hand-made proposals. */
  held: number;
  skills: WantedSkill[];
  interested_candidate_ids: string[];
}

interface PersonRow {
  id: string;
  user_id: string;
  created_at: Date;
  employer_id: string | null;
  languages: string[];
  country: string;
  time_zone: string;
  hours_per_month: number;
  max_load: number;
  load: number;
  causes: string[];
  remote_ok: boolean;
  on_site_ok: boolean;
  pending: number;
  held_hours: number;
  skills: { skillId: string; level: number }[];
  member_org_ids: string[];
}

interface OfferRow {
  id: string;
  funder_id: string;
  created_at: Date;
  languages: string[];
  country: string;
  focus_areas: string[];
  countries: string[];
  min_ticket: string;
  max_ticket: string;
  budget_left: string;
  pending: number;
}

interface OrgAffinity {
  intermediaryIds: string[];
  programIds: string[];
}

const OPEN_NEED = `n.status IN (${MATCHABLE_NEED_STATUSES.map((x) => `'${x}'`).join(', ')})`;

/**
 * Open proposals and offers a candidate holds outside the run: offers anywhere (their seat is
 * promised until answered), proposals for roles the run does not re-optimize, and hand-made
 * proposals anywhere (a curator's or a network partner's: the run never replaces them). Confirmed
 * and active engagements are already in the profile's counters (the lifecycle keeps them). The
 * engine's own proposals inside the scope are left out, so a rerun of the same run sees the same capacities.
 */
const HELD = `scope AS (SELECT unnest($2::uuid[]) AS role_id),
  held AS (
    SELECT m.candidate_id,
           count(*) FILTER (WHERE m.status IN ('OFFERED', 'PROPOSED'))::int AS pending,
           COALESCE(sum(r.hours_per_month), 0)::int AS held_hours
      FROM match m JOIN need_role r ON r.id = m.role_id LEFT JOIN scope s ON s.role_id = m.role_id
     WHERE m.candidate_kind = $3 AND m.status IN ('PROPOSED', 'OFFERED', 'AWAITING_EMPLOYER', 'CONFIRMED', 'ACTIVE')
       AND (m.status <> 'PROPOSED' OR s.role_id IS NULL OR m.manual)
     GROUP BY m.candidate_id)`;

const MEMBER_ORGS = `COALESCE((SELECT array_agg(ms.organization_id) FROM membership ms JOIN organization o ON o.id = ms.organization_id
   WHERE ms.user_id = p.user_id AND o.kind IN ('COMPANY', 'INTERMEDIARY')), '{}') AS member_org_ids`;

/** Reads a run's scope from the database into the engine's plain input. */
@Injectable()
export class MatchingInputLoader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async load(run: MatchingRunEntity): Promise<LoadedRun> {
    const scope = await this.scopeCondition(run);
    const roleRows = await this.dataSource.query<RoleRow[]>(ROLES_SQL(scope.where), scope.params);
    const scopeRoleIds = roleRows.map((r) => r.id);
    const offsetOf = utcOffsetCache(new Date());
    const roles = roleRows.map((row) => toEngineRole(row, offsetOf)).filter((role) => role.seatsOpen > 0);
    const { candidates, candidateKinds } = await this.loadCandidates(roles, scopeRoleIds);
    return {
      input: {
        roles,
        candidates,
        exclusions: await this.loadExclusions(roles.map((r) => r.id)),
        skillNames: await this.loadSkillNames(),
        config: { topK: topK(run.parameters.topK, this.config.MATCHING_TOP_K) },
      },
      scopeRoleIds,
      roles: new Map(roleRows.map((r) => [r.id, { needId: r.need_id, kind: r.kind, curated: isCurated(r) }])),
      candidateKinds,
    };
  }

  private async scopeCondition(run: MatchingRunEntity): Promise<{ where: string; params: unknown[] }> {
    switch (run.scope) {
      case MatchingScope.NEED:
        await this.assertExists('SELECT 1 FROM need WHERE id = $1', run.scopeId, 'need');
        return { where: 'n.id = $1', params: [run.scopeId] };
      case MatchingScope.PROGRAM:
        await this.assertExists('SELECT 1 FROM program WHERE id = $1', run.scopeId, 'program');
        return { where: 'n.program_id = $1', params: [run.scopeId] };
      case MatchingScope.INTERMEDIARY:
        await this.assertExists(`SELECT 1 FROM organization WHERE id = $1 AND kind = 'INTERMEDIARY'`, run.scopeId, 'intermediary');
        return { where: needCuratedBy('n', oneId('$1')), params: [run.scopeId] };
      case MatchingScope.ROLES:
        return { where: 'r.id = ANY($1::uuid[])', params: [await this.rolesOfRolesRun(run.parameters)] };
      case MatchingScope.ALL:
        return { where: 'TRUE', params: [] };
    }
  }

  private async assertExists(sql: string, id: string | null, what: string): Promise<void> {
    const rows: unknown[] = id ? await this.dataSource.query(sql, [id]) : [];
    if (rows.length === 0) throw new MatchingScopeMissingError(`The ${what} ${id} of this run does not exist any more.`);
  }

  /**
   * A ROLES run names its roles, or the candidate whose change triggered it: then the open roles
   * of the candidate's kind in a language it speaks (a cheap superset of what it could serve),
   * plus the roles it is proposed for now, so proposals it can no longer take are withdrawn.
   */
  private async rolesOfRolesRun(parameters: Record<string, unknown>): Promise<string[]> {
    if (Array.isArray(parameters.roleIds)) return parameters.roleIds.filter((id): id is string => typeof id === 'string');
    const candidate = parameters.candidate as { kind?: RoleKind; id?: string } | undefined;
    if (!candidate?.kind || !candidate.id) throw new MatchingScopeMissingError('This ROLES run names neither roles nor a candidate.');
    const languages = await this.candidateLanguages(candidate.kind, candidate.id);
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT r.id FROM need_role r JOIN need n ON n.id = r.need_id WHERE ${OPEN_NEED} AND r.kind = $1 AND n.language = ANY($2::text[])
       UNION SELECT m.role_id FROM match m WHERE m.candidate_id = $3 AND m.status = 'PROPOSED'`,
      [candidate.kind, languages, candidate.id],
    );
    return rows.map((r) => r.id);
  }

  private async candidateLanguages(kind: RoleKind, id: string): Promise<string[]> {
    const sql = {
      [RoleKind.VOLUNTEER]: 'SELECT languages FROM volunteer_profile WHERE id = $1 AND available',
      [RoleKind.MENTOR]: 'SELECT languages FROM mentor_profile WHERE id = $1 AND available',
      [RoleKind.FUNDING]: 'SELECT o.languages FROM funding_offer f JOIN organization o ON o.id = f.funder_id WHERE f.id = $1 AND f.active',
    }[kind];
    const [row] = await this.dataSource.query<{ languages: string[] }[]>(sql, [id]);
    return row?.languages ?? [];
  }

  private async loadCandidates(roles: EngineRole[], scopeRoleIds: string[]) {
    const candidates: EngineCandidate[] = [];
    const candidateKinds = new Map<string, RoleKind>();
    const kinds = new Set(roles.map((r) => r.kind as RoleKind));
    const languages = [...new Set(roles.map((r) => r.language))];
    const affinity = kinds.size > 0 ? await this.loadAffinity() : new Map<string, OrgAffinity>();
    const offsetOf = utcOffsetCache(new Date());
    const add = (candidate: EngineCandidate) => {
      candidates.push(candidate);
      candidateKinds.set(candidate.id, candidate.kind as RoleKind);
    };
    if (kinds.has(RoleKind.VOLUNTEER)) {
      const rows = await this.dataSource.query<PersonRow[]>(VOLUNTEERS_SQL, [languages, scopeRoleIds, RoleKind.VOLUNTEER]);
      rows.forEach((row) => add(toPerson(row, RoleKind.VOLUNTEER, affinity, offsetOf)));
    }
    if (kinds.has(RoleKind.MENTOR)) {
      const rows = await this.dataSource.query<PersonRow[]>(MENTORS_SQL, [languages, scopeRoleIds, RoleKind.MENTOR]);
      rows.forEach((row) => add(toPerson(row, RoleKind.MENTOR, affinity, offsetOf)));
    }
    if (kinds.has(RoleKind.FUNDING)) {
      const rows = await this.dataSource.query<OfferRow[]>(OFFERS_SQL, [languages, scopeRoleIds, RoleKind.FUNDING]);
      rows.forEach((row) => add(toOffer(row, affinity)));
    }
    return { candidates: candidates.filter((c) => c.capacity > 0), candidateKinds };
  }

  /** Intermediaries and programs each company, intermediary or funder belongs to. */
  private async loadAffinity(): Promise<Map<string, OrgAffinity>> {
    const rows = await this.dataSource.query<{ id: string; kind: string; affiliated: string[]; programs: string[]; own_programs: string[] }[]>(
      `SELECT o.id, o.kind,
              ${intermediariesOf('o.id')} AS affiliated,
              ARRAY${programsJoinedBy('o.id')} AS programs,
              ARRAY${programsRunBy('ARRAY[o.id]')} AS own_programs
         FROM organization o WHERE o.kind IN ('COMPANY', 'INTERMEDIARY', 'FUNDER')`,
    );
    return new Map(
      rows.map((o) => [o.id, { intermediaryIds: o.kind === 'INTERMEDIARY' ? [o.id, ...o.affiliated] : o.affiliated, programIds: [...o.programs, ...o.own_programs] }]),
    );
  }

  /**
   * Pairs never to propose: answered or closed before (declined, rejected, expired, cancelled,
   * completed), already offered or engaged or proposed by hand, people proposed to their own nonprofit, and funding
   * offers in another currency than the role's amount (money is not converted).
   * Withdrawn pairs may come back: the engine withdrew them, nobody refused them.
   */
  private async loadExclusions(roleIds: string[]): Promise<Exclusion[]> {
    if (roleIds.length === 0) return [];
    const rows = await this.dataSource.query<{ role_id: string; candidate_id: string }[]>(
      `WITH scope AS (SELECT unnest($1::uuid[]) AS role_id)
       SELECT m.role_id, m.candidate_id FROM match m JOIN scope s ON s.role_id = m.role_id WHERE m.status <> 'WITHDRAWN' AND (m.status <> 'PROPOSED' OR m.manual)
       UNION
       SELECT r.id, p.id FROM scope s JOIN need_role r ON r.id = s.role_id JOIN need n ON n.id = r.need_id
         JOIN membership ms ON ms.organization_id = n.nonprofit_id JOIN volunteer_profile p ON p.user_id = ms.user_id WHERE r.kind = 'VOLUNTEER'
       UNION
       SELECT r.id, p.id FROM scope s JOIN need_role r ON r.id = s.role_id JOIN need n ON n.id = r.need_id
         JOIN membership ms ON ms.organization_id = n.nonprofit_id JOIN mentor_profile p ON p.user_id = ms.user_id WHERE r.kind = 'MENTOR'
       UNION
       SELECT r.id, f.id FROM scope s JOIN need_role r ON r.id = s.role_id JOIN funding_offer f ON f.active AND f.currency <> r.currency WHERE r.kind = 'FUNDING'`,
      [roleIds],
    );
    return rows.map((r) => ({ roleId: r.role_id, candidateId: r.candidate_id }));
  }

  private async loadSkillNames(): Promise<Record<string, string>> {
    const rows = await this.dataSource.query<{ id: string; name: string }[]>('SELECT id, name FROM skill');
    return Object.fromEntries(rows.map((s) => [s.id, s.name]));
  }
}

const ROLES_SQL = (where: string) =>
  `SELECT r.id, r.need_id, r.kind, r.hours_per_month, r.seats, r.seats_filled, r.amount,
          n.nonprofit_id, o.time_zone AS nonprofit_time_zone, o.languages AS nonprofit_languages,
          n.program_id, n.language, n.country, n.remote, n.focus_area,
          p.intermediary_id AS program_intermediary_id, COALESCE(p.requires_mentor, false) AS requires_mentor, p.curation_required,
          ${primaryIntermediaryOf('n.nonprofit_id')} AS affiliated_intermediary_id,
          (SELECT count(*)::int FROM match m WHERE m.role_id = r.id AND (m.status = 'OFFERED' OR (m.status = 'PROPOSED' AND m.manual))) AS held,
          COALESCE((SELECT json_agg(json_build_object('skillId', s.skill_id, 'level', s.level, 'weight', s.weight) ORDER BY s.skill_id)
                      FROM need_role_skill s WHERE s.role_id = r.id), '[]'::json) AS skills,
          ARRAY(SELECT i.candidate_id FROM interest i WHERE i.role_id = r.id AND i.status = 'RAISED' ORDER BY i.candidate_id) AS interested_candidate_ids
     FROM need_role r JOIN need n ON n.id = r.need_id JOIN organization o ON o.id = n.nonprofit_id LEFT JOIN program p ON p.id = n.program_id
    WHERE ${OPEN_NEED} AND ${where}
    ORDER BY r.id`;

const PERSON_COLUMNS = `p.id, p.user_id, p.created_at, p.languages, p.country, p.time_zone, p.hours_per_month, p.causes::text[] AS causes,
  COALESCE(h.pending, 0) AS pending, COALESCE(h.held_hours, 0) AS held_hours, ${MEMBER_ORGS}`;

const VOLUNTEERS_SQL = `WITH ${HELD}
  SELECT ${PERSON_COLUMNS}, p.employer_id, p.max_concurrent_engagements AS max_load, p.active_engagements AS load, p.remote_ok, p.on_site_ok,
         COALESCE((SELECT json_agg(json_build_object('skillId', s.skill_id, 'level', s.level)) FROM volunteer_skill s WHERE s.profile_id = p.id), '[]'::json) AS skills
    FROM volunteer_profile p LEFT JOIN held h ON h.candidate_id = p.id
   WHERE p.available AND p.languages && $1::text[]`;

// Mentoring happens in calls and the odd visit: a mentor counts as open to remote and, in their own country, on-site work.
const MENTORS_SQL = `WITH ${HELD}
  SELECT ${PERSON_COLUMNS}, NULL AS employer_id, p.mentee_capacity AS max_load, p.active_mentees AS load, true AS remote_ok, true AS on_site_ok,
         COALESCE((SELECT json_agg(json_build_object('skillId', s.skill_id, 'level', s.level)) FROM mentor_skill s WHERE s.profile_id = p.id), '[]'::json) AS skills
    FROM mentor_profile p LEFT JOIN held h ON h.candidate_id = p.id
   WHERE p.available AND p.languages && $1::text[]`;

// A funder reads applications in its own languages, so the funder organization's languages are the offer's.
const OFFERS_SQL = `WITH ${HELD}
  SELECT f.id, f.funder_id, f.created_at, o.languages, o.country, f.focus_areas::text[] AS focus_areas, f.countries,
         f.min_ticket, f.max_ticket, f.budget_left, COALESCE(h.pending, 0) AS pending
    FROM funding_offer f JOIN organization o ON o.id = f.funder_id LEFT JOIN held h ON h.candidate_id = f.id
   WHERE f.active AND f.budget_left > 0 AND o.languages && $1::text[]`;

/**
 * Seats left to propose for: seats minus those filled (confirmed engagements) minus those held by
 * offers awaiting an answer and by hand-made proposals. The engine's own proposals hold no seat:
 * the run re-decides them.
 */
function toEngineRole(row: RoleRow, offsetOf: (zone: string) => number): EngineRole {
  return {
    id: row.id,
    needId: row.need_id,
    nonprofitOrgId: row.nonprofit_id,
    kind: row.kind,
    skills: row.skills,
    hoursPerMonth: row.hours_per_month,
    seatsOpen: Math.max(0, row.seats - row.seats_filled - row.held),
    language: row.language,
    country: row.country,
    remote: row.remote,
    focusArea: row.focus_area,
    programId: row.program_id,
    intermediaryId: row.program_intermediary_id ?? row.affiliated_intermediary_id,
    mustFill: row.kind === RoleKind.MENTOR && row.requires_mentor,
    amount: row.amount === null ? null : Number(row.amount),
    ...(row.nonprofit_time_zone === null ? {} : { utcOffsetMinutes: offsetOf(row.nonprofit_time_zone) }),
    nonprofitLanguages: row.nonprofit_languages,
    interestedCandidateIds: row.interested_candidate_ids,
  };
}

/**
 * Who approves a proposal first: the program's curators when the program requires it; for a need
 * outside any program, the intermediary its nonprofit is affiliated with. Without either, the
 * proposal is offered to both sides straight away.
 */
function isCurated(row: RoleRow): boolean {
  if (row.program_id !== null) return row.curation_required !== false;
  return row.affiliated_intermediary_id !== null;
}

function toPerson(row: PersonRow, kind: RoleKind, affinity: Map<string, OrgAffinity>, offsetOf: (zone: string) => number): EngineCandidate {
  const orgs = [row.employer_id, ...row.member_org_ids].filter((id): id is string => id !== null);
  return {
    id: row.id,
    kind,
    userId: row.user_id,
    organizationId: row.employer_id,
    skills: row.skills,
    languages: row.languages,
    country: row.country,
    utcOffsetMinutes: offsetOf(row.time_zone),
    hoursPerMonthFree: Math.max(0, row.hours_per_month - row.held_hours),
    capacity: Math.max(0, row.max_load - row.load - row.pending),
    activeEngagements: row.load,
    causes: row.causes,
    remoteOk: row.remote_ok,
    onSiteOk: row.on_site_ok,
    ...affinityOf(orgs, affinity),
    funding: null,
    signedUpAt: row.created_at.toISOString(),
  };
}

/** An offer may back as many grants as its budget covers at its smallest ticket, less those it is already proposed for. */
function toOffer(row: OfferRow, affinity: Map<string, OrgAffinity>): EngineCandidate {
  const minTicket = Number(row.min_ticket);
  const budgetLeft = Number(row.budget_left);
  return {
    id: row.id,
    kind: RoleKind.FUNDING,
    userId: null,
    organizationId: row.funder_id,
    skills: [],
    languages: row.languages,
    country: row.country,
    utcOffsetMinutes: 0,
    hoursPerMonthFree: 0,
    capacity: Math.max(0, Math.floor(budgetLeft / Math.max(1, minTicket)) - row.pending),
    activeEngagements: row.pending,
    causes: row.focus_areas,
    remoteOk: true,
    onSiteOk: true,
    ...affinityOf([row.funder_id], affinity),
    funding: { focusAreas: row.focus_areas, countries: row.countries, minTicket, maxTicket: Number(row.max_ticket), budgetLeft },
    signedUpAt: row.created_at.toISOString(),
  };
}

function affinityOf(orgIds: string[], affinity: Map<string, OrgAffinity>): OrgAffinity {
  const intermediaryIds = new Set<string>();
  const programIds = new Set<string>();
  for (const id of orgIds) {
    affinity.get(id)?.intermediaryIds.forEach((x) => intermediaryIds.add(x));
    affinity.get(id)?.programIds.forEach((x) => programIds.add(x));
  }
  return { intermediaryIds: [...intermediaryIds], programIds: [...programIds] };
}

function topK(value: unknown, fallback: number): number {
  return typeof value === 'number' ? value : fallback;
}
