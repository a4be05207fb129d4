import { EntityManager } from 'typeorm';
import { AppError } from '../common/errors/app-error';
import { MatchEventEntity } from './match-event.entity';
import { DeclineReason, MatchEntity, MatchStatus } from './match.entity';
import { MatchAction } from './match-transitions';

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
  action: MatchAction;
  actorUserId: string | null;
  reason?: string | null;
}

export interface TransitionResult {
  match: MatchEntity;
  event: MatchEventEntity;
}

/** CONFLICT naming where the match is now, so a client can reload or explain. */
export function matchConflict(current: { status: MatchStatus; version: number }, message?: string): AppError {
  return AppError.conflict(
    message ?? `Someone changed this match meanwhile: it is now ${current.status} (version ${current.version}). Reload it and try again.`,
    { currentStatus: current.status, currentVersion: current.version },
  );
}

/**
 * Writes one transition inside the caller's transaction: a compare-and-set UPDATE on (version, status)
 * and one MatchEvent. Zero rows updated means someone else moved first: CONFLICT with the current
 * status and version, never a silent overwrite. Every writer of match.status goes through here, so an
 * unchanged version also means an unchanged status: `from` is exact.
 */
export async function writeTransition(m: EntityManager, w: TransitionWrite): Promise<TransitionResult> {
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
  const event = await appendEvent(m, w.matchId, w.action, w.from, w.to, w.actorUserId, w.reason ?? null);
  const match = await m.findOneByOrFail(MatchEntity, { id: w.matchId });
  return { match, event };
}

/** The conflict for a match that no longer has the expected version or status, or NOT_FOUND if it is gone. */
export async function currentConflict(m: EntityManager, matchId: string): Promise<AppError> {
  const [current] = (await m.query('SELECT status, version FROM match WHERE id = $1', [matchId])) as { status: MatchStatus; version: number }[];
  return current ? matchConflict(current) : AppError.notFound('Match');
}

/**
 * Appends one history row. clock_timestamp(), not the transaction's start time: it is taken after the
 * match row is locked, so the events of one match are ordered as their transitions committed.
 */
export async function appendEvent(
  m: EntityManager,
  matchId: string,
  action: MatchAction,
  from: MatchStatus | null,
  to: MatchStatus,
  actorUserId: string | null,
  reason: string | null,
): Promise<MatchEventEntity> {
  const [row] = (await m.query(
    `INSERT INTO match_event (match_id, actor_user_id, action, from_status, to_status, reason, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, clock_timestamp()) RETURNING id`,
    [matchId, actorUserId, action, from, to, reason],
  )) as { id: string }[];
  return m.findOneByOrFail(MatchEventEntity, { id: row.id });
}
