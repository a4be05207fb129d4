import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { AppError } from '../common/errors/app-error';
import { AppConfig } from '../config/app-config';
import { enterLockStep, LockStep } from '../needs/lock-order';
import { RoleKind } from '../needs/need-role.entity';
import { MatchReason, MatchReasonKind, ScoreBreakdown } from './dtos/match-reason.dto';
import { DeclineReason, MatchEntity, MatchStatus, OPEN_MATCH_STATUSES } from './match.entity';
import { MatchEventEntity } from './match-event.entity';
import { MatchAction, TransitionAction } from './match-transitions';

/** The columns a transition may set besides status and version. */
export interface MatchChanges {
  nonprofitAcceptedAt?: Date | null;
  candidateAcceptedAt?: Date | null;
  offeredAt?: Date | null;
  expiresAt?: Date | null;
  confirmedAt?: Date | null;
  completedAt?: Date | null;
  declineReason?: DeclineReason | null;
  statusNote?: string | null;
}

const COLUMNS: Record<keyof MatchChanges, string> = {
  nonprofitAcceptedAt: 'nonprofit_accepted_at',
  candidateAcceptedAt: 'candidate_accepted_at',
  offeredAt: 'offered_at',
  expiresAt: 'expires_at',
  confirmedAt: 'confirmed_at',
  completedAt: 'completed_at',
  declineReason: 'decline_reason',
  statusNote: 'status_note',
};

export interface TransitionWrite {
  matchId: string;
  /** The version the actor saw; any other current version is a CONFLICT. */
  version: number;
  /** The status the plan was made from; the event records it as `from`. */
  from: MatchStatus;
  /** The statuses in which the action applies at all: the database-side guard. */
  allowedFrom: readonly MatchStatus[];
  to: MatchStatus;
  changes?: MatchChanges;
  action: TransitionAction;
  actorUserId: string | null;
  reason?: string | null;
}

export interface TransitionResult {
  match: MatchEntity;
  event: MatchEventEntity;
}

/** A match a curator makes by hand: offered to both sides at once. */
export interface ManualMatch {
  roleId: string;
  needId: string;
  candidateKind: RoleKind;
  candidateId: string;
  column: 'volunteerProfileId' | 'mentorProfileId' | 'fundingOfferId';
  offeredAt: Date;
  expiresAt: Date;
  reason: string;
  fromInterest: boolean;
  /** The engine's view of the pair, when the curator picked it from a role's shortlist. */
  scored?: ManualScore;
  /** Made by the nonprofit that met the candidate at an event, not by a curator. */
  byNonprofit?: boolean;
}

/** A volunteer a curator of another member intermediary proposes for a need shared with their network. */
export interface PartnerProposal {
  /** Only the demo seed names the id, so that it stays the same on every run. */
  id?: string;
  roleId: string;
  needId: string;
  volunteerProfileId: string;
  intermediaryId: string;
  note: string;
}

export interface ManualScore {
  score: number;
  breakdown: ScoreBreakdown;
  reasons: MatchReason[];
}

/** One proposal of a matching run's optimum, as the upsert takes it. */
export interface RunProposalRow {
  role_id: string;
  need_id: string;
  candidate_kind: RoleKind;
  candidate_id: string;
  volunteer_profile_id: string | null;
  mentor_profile_id: string | null;
  funding_offer_id: string | null;
  status: MatchStatus.PROPOSED | MatchStatus.OFFERED;
  score: number;
  breakdown: unknown;
  explanation: string;
  reasons: unknown;
}

export interface RunProposalCounts {
  proposed: number;
  updated: number;
  withdrawn: number;
  /** The matches this batch created, to be announced. */
  insertedIds: string[];
}

interface EventRow {
  matchId: string;
  action: MatchAction;
  from: MatchStatus | null;
  to: MatchStatus;
  actorUserId: string | null;
  reason: string | null;
}

/** A match a bulk withdrawal ended, with the status it had. */
export interface WithdrawnMatch {
  id: string;
  from: MatchStatus;
}

export const ROLE_FILLED = 'role filled';
const NO_LONGER_BEST = 'no longer among the best proposals';

/** CONFLICT naming where the match is now, so a client can reload or explain. */
export function matchConflict(current: { status: MatchStatus; version: number }, message?: string): AppError {
  return AppError.conflict(message ?? `Someone changed this match meanwhile: it is now ${current.status} (version ${current.version}). Reload it and try again.`, {
    currentStatus: current.status,
    currentVersion: current.version,
  });
}

/**
 * The only writer of match.status and of match_event (match-writer.spec.ts scans the sources for any
 * other). Every write is one of the typed operations below, inside the
 * caller's transaction, bumps the version and appends its event, so an unchanged version means an
 * unchanged status and the history is complete. Locks follow needs/lock-order.ts.
 */
@Injectable()
export class MatchWriter {
  constructor(private readonly config: AppConfig) {}

  /**
   * A transition someone (or the clock) takes: a compare-and-set UPDATE on (version, status). Zero rows
   * updated means someone else moved first: CONFLICT with the current status and version, never a
   * silent overwrite.
   */
  async transition(m: EntityManager, w: TransitionWrite): Promise<TransitionResult> {
    enterLockStep(m, LockStep.MATCH);
    const params: unknown[] = [w.matchId, w.version, w.allowedFrom, w.to];
    const sets = Object.entries(w.changes ?? {}).map(([key, value]) => {
      params.push(value);
      return `${COLUMNS[key as keyof MatchChanges]} = $${params.length}`;
    });
    const [rows] = (await m.query(
      `UPDATE match SET status = $4, ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')}
        WHERE id = $1 AND version = $2 AND status = ANY($3::match_status[]) RETURNING id`,
      params,
    )) as [{ id: string }[], number];
    if (rows.length === 0) throw await currentConflict(m, w.matchId);
    const [eventId] = await appendEvents(m, [{ matchId: w.matchId, action: w.action, from: w.from, to: w.to, actorUserId: w.actorUserId, reason: w.reason ?? null }]);
    const match = await m.findOneByOrFail(MatchEntity, { id: w.matchId });
    return { match, event: await m.findOneByOrFail(MatchEventEntity, { id: eventId }) };
  }

  /** A curator's match, offered at once. The open-pair unique index refuses a duplicate (CONFLICT). */
  async createManual(m: EntityManager, input: ManualMatch, actorUserId: string): Promise<MatchEntity> {
    enterLockStep(m, LockStep.MATCH);
    const match = await m.save(
      m.create(MatchEntity, {
        roleId: input.roleId,
        needId: input.needId,
        candidateKind: input.candidateKind,
        candidateId: input.candidateId,
        [input.column]: input.candidateId,
        status: MatchStatus.OFFERED,
        manual: true,
        offeredAt: input.offeredAt,
        expiresAt: input.expiresAt,
        explanation: `${input.byNonprofit ? 'Offered by the nonprofit' : 'Matched by a curator'}: ${input.reason}`,
        score: input.scored?.score ?? 0,
        breakdown: input.scored?.breakdown ?? null,
        reasons: [...(input.scored?.reasons ?? []), { kind: MatchReasonKind.MANUAL, note: input.reason, ...(input.fromInterest ? { fromInterest: true } : {}) }],
      }),
    );
    await appendEvents(m, [{ matchId: match.id, action: MatchAction.CREATE_MANUAL, from: null, to: MatchStatus.OFFERED, actorUserId, reason: input.reason }]);
    return match;
  }

  /** A partner intermediary's proposal for a need shared with its network; see insertPartnerProposal. */
  createPartnerProposal(m: EntityManager, input: PartnerProposal, actorUserId: string): Promise<MatchEntity> {
    return insertPartnerProposal(m, input, actorUserId);
  }

  /**
   * A matching run's optimum for a batch of roles: withdraws the engine's PROPOSED matches of those roles
   * that are no longer in it, then upserts its proposals. Only PROPOSED matches the engine made are ever
   * changed; a match someone acted on (offered, answered, made by hand) is left alone. Rerunning with the
   * same optimum changes nothing: the open-pair unique index turns the insert into an update of the
   * existing proposal, and the withdrawals find nothing left to withdraw.
   */
  async saveRunProposals(m: EntityManager, runId: string, roleIds: readonly string[], rows: RunProposalRow[]): Promise<RunProposalCounts> {
    enterLockStep(m, LockStep.MATCH);
    const [{ withdrawn }] = await m.query<{ withdrawn: number }[]>(WITHDRAW_STALE_SQL, [
      roleIds,
      JSON.stringify(rows.map((r) => ({ role_id: r.role_id, candidate_id: r.candidate_id }))),
      NO_LONGER_BEST,
      `${NO_LONGER_BEST} (matching run ${runId})`,
      MatchAction.WITHDRAW,
    ]);
    if (rows.length === 0) return { proposed: 0, updated: 0, withdrawn, insertedIds: [] };
    const [result] = await m.query<{ proposed: number; updated: number; inserted_ids: string[] }[]>(UPSERT_PROPOSALS_SQL, [
      JSON.stringify(rows),
      runId,
      this.config.OFFER_DEADLINE_DAYS,
      `proposed by matching run ${runId}`,
      MatchAction.PROPOSE,
    ]);
    return { proposed: result.proposed, updated: result.updated, withdrawn, insertedIds: result.inserted_ids };
  }

  /** Once the last seat of a role is confirmed, its other proposals and offers are withdrawn. Caller holds the role lock. */
  async withdrawOpenOfFilledRole(m: EntityManager, roleId: string, exceptMatchId: string): Promise<WithdrawnMatch[]> {
    enterLockStep(m, LockStep.ROLE_MATCHES);
    const [rows] = (await m.query(
      `WITH open AS (SELECT id, status FROM match WHERE role_id = $1 AND id <> $2 AND status = ANY($4::match_status[]) ORDER BY id FOR UPDATE)
       UPDATE match mt SET status = 'WITHDRAWN', status_note = $3, version = mt.version + 1, updated_at = now()
         FROM open WHERE mt.id = open.id RETURNING mt.id, open.status AS from_status`,
      [roleId, exceptMatchId, ROLE_FILLED, [MatchStatus.PROPOSED, MatchStatus.OFFERED]],
    )) as [{ id: string; from_status: MatchStatus }[], number];
    await appendEvents(
      m,
      rows.map((r) => ({ matchId: r.id, action: MatchAction.WITHDRAW, from: r.from_status, to: MatchStatus.WITHDRAWN, actorUserId: null, reason: ROLE_FILLED })),
    );
    return rows.map((r) => ({ id: r.id, from: r.from_status }));
  }

  /** Cancels every open match of a cancelled need. Caller holds the need's role locks. Returns them as they were. */
  async cancelOpenOfNeed(m: EntityManager, needId: string, actorUserId: string, reason: string): Promise<MatchEntity[]> {
    enterLockStep(m, LockStep.MATCH);
    const open = await m
      .createQueryBuilder(MatchEntity, 'm')
      .where('m.needId = :needId AND m.status IN (:...open)', { needId, open: OPEN_MATCH_STATUSES })
      .orderBy('m.id')
      .setLock('pessimistic_write')
      .getMany();
    if (open.length === 0) return [];
    await m.query(`UPDATE match SET status = 'CANCELLED', status_note = $2, version = version + 1, updated_at = now() WHERE id = ANY($1::uuid[])`, [open.map((x) => x.id), reason]);
    await appendEvents(
      m,
      open.map((x) => ({ matchId: x.id, action: MatchAction.CANCEL, from: x.status, to: MatchStatus.CANCELLED, actorUserId, reason })),
    );
    return open;
  }
}

/**
 * A partner intermediary's proposal for a need shared with its network: PROPOSED, so it waits for the
 * need's own curators, and marked with the partner. The open-pair unique index refuses a duplicate. A
 * function as well as a MatchWriter method so the demo seed, which runs before any module, writes it the same way.
 */
export async function insertPartnerProposal(m: EntityManager, input: PartnerProposal, actorUserId: string | null): Promise<MatchEntity> {
  enterLockStep(m, LockStep.MATCH);
  const match = await m.save(
    m.create(MatchEntity, {
      ...(input.id ? { id: input.id } : {}),
      roleId: input.roleId,
      needId: input.needId,
      candidateKind: RoleKind.VOLUNTEER,
      candidateId: input.volunteerProfileId,
      volunteerProfileId: input.volunteerProfileId,
      status: MatchStatus.PROPOSED,
      manual: true,
      proposedByIntermediaryId: input.intermediaryId,
      explanation: `Proposed by a partner in the network: ${input.note}`,
      score: 0,
      reasons: [{ kind: MatchReasonKind.MANUAL, note: input.note }],
    }),
  );
  await appendEvents(m, [{ matchId: match.id, action: MatchAction.CREATE_MANUAL, from: null, to: MatchStatus.PROPOSED, actorUserId, reason: input.note }]);
  return match;
}

/** The conflict for a match that no longer has the expected version or status, or NOT_FOUND if it is gone. */
async function currentConflict(m: EntityManager, matchId: string): Promise<AppError> {
  const [current] = (await m.query('SELECT status, version FROM match WHERE id = $1', [matchId])) as { status: MatchStatus; version: number }[];
  return current ? matchConflict(current) : AppError.notFound('Match');
}

/**
 * Appends history rows, returning their ids. clock_timestamp(), not the transaction's start time: it is
 * taken after the match rows are locked, so the events of one match are ordered as their transitions committed.
 */
async function appendEvents(m: EntityManager, events: EventRow[]): Promise<string[]> {
  if (events.length === 0) return [];
  const rows = (await m.query(
    `INSERT INTO match_event (match_id, actor_user_id, action, from_status, to_status, reason, created_at)
     SELECT e.match_id, e.actor_user_id, e.action, e.from_status, e.to_status, e.reason, clock_timestamp()
       FROM jsonb_to_recordset($1::jsonb) AS e(match_id uuid, actor_user_id uuid, action text, from_status match_status, to_status match_status, reason text)
     RETURNING id`,
    [JSON.stringify(events.map((e) => ({ match_id: e.matchId, actor_user_id: e.actorUserId, action: e.action, from_status: e.from, to_status: e.to, reason: e.reason })))],
  )) as { id: string }[];
  return rows.map((r) => r.id);
}

/*
 * The conflict target is the partial unique index on open pairs. Only a still-PROPOSED match takes
 * the new score and explanation, and only when they changed; `xmax = 0` tells inserted rows from
 * updated ones. An offered proposal starts its answer deadline now.
 */
const UPSERT_PROPOSALS_SQL = `
  WITH input AS (
    SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(
      role_id uuid, need_id uuid, candidate_kind role_kind, candidate_id uuid, volunteer_profile_id uuid, mentor_profile_id uuid,
      funding_offer_id uuid, status match_status, score double precision, breakdown jsonb, explanation text, reasons jsonb)
  ),
  upserted AS (
    INSERT INTO match (role_id, need_id, candidate_kind, candidate_id, volunteer_profile_id, mentor_profile_id, funding_offer_id,
                       status, score, breakdown, explanation, reasons, run_id, offered_at, expires_at, version)
    SELECT role_id, need_id, candidate_kind, candidate_id, volunteer_profile_id, mentor_profile_id, funding_offer_id,
           status, score, breakdown, explanation, reasons, $2::uuid,
           CASE WHEN status = 'OFFERED' THEN now() END,
           CASE WHEN status = 'OFFERED' THEN now() + make_interval(days => $3::int) END, 1
      FROM input
    ON CONFLICT (role_id, candidate_id) WHERE status IN ('PROPOSED', 'OFFERED', 'AWAITING_EMPLOYER', 'CONFIRMED', 'ACTIVE')
    DO UPDATE SET score = EXCLUDED.score, breakdown = EXCLUDED.breakdown, explanation = EXCLUDED.explanation,
                  reasons = EXCLUDED.reasons, run_id = EXCLUDED.run_id, updated_at = now()
      WHERE match.status = 'PROPOSED' AND NOT match.manual
        AND (match.score, match.breakdown, match.explanation, match.reasons)
            IS DISTINCT FROM (EXCLUDED.score, EXCLUDED.breakdown, EXCLUDED.explanation, EXCLUDED.reasons)
    RETURNING id, status, (xmax = 0) AS inserted
  ),
  events AS (
    INSERT INTO match_event (match_id, actor_user_id, action, from_status, to_status, reason)
    SELECT id, NULL, $5, NULL, status, $4 FROM upserted WHERE inserted
  )
  SELECT count(*) FILTER (WHERE inserted)::int AS proposed, count(*) FILTER (WHERE NOT inserted)::int AS updated,
         coalesce(array_agg(id) FILTER (WHERE inserted), '{}') AS inserted_ids FROM upserted`;

const WITHDRAW_STALE_SQL = `
  WITH keep AS (SELECT * FROM jsonb_to_recordset($2::jsonb) AS k(role_id uuid, candidate_id uuid)),
  withdrawn AS (
    UPDATE match m SET status = 'WITHDRAWN', status_note = $3, version = m.version + 1, updated_at = now()
     WHERE m.role_id = ANY($1::uuid[]) AND m.status = 'PROPOSED' AND NOT m.manual
       AND NOT EXISTS (SELECT 1 FROM keep k WHERE k.role_id = m.role_id AND k.candidate_id = m.candidate_id)
    RETURNING m.id
  ),
  events AS (
    INSERT INTO match_event (match_id, actor_user_id, action, from_status, to_status, reason)
    SELECT id, NULL, $5, 'PROPOSED', 'WITHDRAWN', $4 FROM withdrawn
  )
  SELECT count(*)::int AS withdrawn FROM withdrawn`;
