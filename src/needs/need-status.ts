import { Injectable, Module } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

import { Transaction } from '../common/database/unit-of-work';
import { AppError } from '../common/errors/app-error';
import { enterLockStep, lockNeed, LockStep } from './lock-order';
import { NeedEntity, NeedStatus } from './need.entity';

// The whole status machine of a need: DRAFT → OPEN (publish) → STAFFED / IN_PROGRESS / COMPLETED (its
// roles and engagements), or CANCELLED. Only this file writes need.status.

/** Needs whose text and roles may still change: once staffed, people have committed to them. */
export const EDITABLE_NEED_STATUSES = [NeedStatus.DRAFT, NeedStatus.OPEN];
export const FINAL_NEED_STATUSES = [NeedStatus.COMPLETED, NeedStatus.CANCELLED];
/**
 * Needs that take new matches, by a run or by hand. STAFFED stays in: a run still withdraws stale
 * proposals of its full roles, and a seat given back reopens one. Full roles are skipped by seat counts.
 */
export const MATCHABLE_NEED_STATUSES = [NeedStatus.OPEN, NeedStatus.STAFFED, NeedStatus.IN_PROGRESS];

export const needStatusConflict = (action: string, status: NeedStatus) => AppError.conflict(`This need cannot be ${action}: it is ${status}.`, { status });

export interface RoleSeats {
  seats: number;
  seatsFilled: number;
}

/** What the matches of a need say about it: how many engagements are active, confirmed (not started), completed. */
export interface Engagements {
  active: number;
  confirmed: number;
  completed: number;
}

/**
 * A published need's status follows its roles and engagements: IN_PROGRESS while any is active,
 * COMPLETED once every seat is filled and every engagement is completed, STAFFED when every seat is
 * filled, OPEN otherwise. Drafts and cancelled needs are the nonprofit's to change, never ours.
 */
export function deriveNeedStatus(current: NeedStatus, roles: readonly RoleSeats[], engagements: Engagements): NeedStatus {
  if (current === NeedStatus.DRAFT || current === NeedStatus.CANCELLED) return current;
  if (engagements.active > 0) return NeedStatus.IN_PROGRESS;
  const allFilled = roles.length > 0 && roles.every((r) => r.seatsFilled >= r.seats);
  if (!allFilled) return NeedStatus.OPEN;
  if (engagements.completed > 0 && engagements.confirmed === 0) return NeedStatus.COMPLETED;
  return NeedStatus.STAFFED;
}

/**
 * What needs ask of the matches on them. Matches depend on needs, not the reverse, so the matches
 * feature attaches its answers at start (MatchLifecycleService) instead of needs importing it.
 */
export interface NeedEngagementsPort {
  engagementsOf(m: EntityManager, needId: string): Promise<Engagements>;
  openMatchesOfRole(m: EntityManager, roleId: string): Promise<number>;
  /** Ends every open match of the need inside the caller's transaction, giving back what they held. */
  cancelOpenMatches(tx: Transaction, needId: string, actorUserId: string, reason: string): Promise<void>;
}

/** The owner of need.status beyond publish and edit: the status that roles and engagements call for. */
@Injectable()
export class NeedStatusService {
  private port: NeedEngagementsPort | null = null;

  attach(port: NeedEngagementsPort): void {
    this.port = port;
  }

  /** Moves the need to the status its roles and engagements call for, inside the caller's transaction. */
  async sync(m: EntityManager, needId: string): Promise<NeedStatus> {
    const status = await lockNeed(m, needId);
    const roles = (await m.query('SELECT seats, seats_filled AS "seatsFilled" FROM need_role WHERE need_id = $1', [needId])) as RoleSeats[];
    const next = deriveNeedStatus(status, roles, await this.engagements().engagementsOf(m, needId));
    if (next !== status) await m.query('UPDATE need SET status = $2, updated_at = now() WHERE id = $1', [needId, next]);
    return next;
  }

  openMatchesOfRole(m: EntityManager, roleId: string): Promise<number> {
    return this.engagements().openMatchesOfRole(m, roleId);
  }

  cancelOpenMatches(tx: Transaction, needId: string, actorUserId: string, reason: string): Promise<void> {
    return this.engagements().cancelOpenMatches(tx, needId, actorUserId, reason);
  }

  private engagements(): NeedEngagementsPort {
    if (!this.port) throw new Error('No matches feature is attached to NeedStatusService: import MatchLifecycleModule.');
    return this.port;
  }
}

@Module({ providers: [NeedStatusService], exports: [NeedStatusService] })
export class NeedStatusModule {}

/**
 * Updates a need only while it is in one of the `allowed` statuses (its own status only through the
 * named transitions of this file), checked by the UPDATE itself,
 * so of two people acting at once exactly one wins and the other gets CONFLICT naming the status
 * they ran into. Returns the need's status after the update.
 */
export async function updateNeedInStatus(m: EntityManager, id: string, allowed: NeedStatus[], set: QueryDeepPartialEntity<NeedEntity>, action: string): Promise<NeedStatus> {
  enterLockStep(m, LockStep.NEED);
  const result = await m
    .createQueryBuilder()
    .update(NeedEntity)
    .set({ ...set, updatedAt: () => 'now()' })
    .where('id = :id AND status IN (:...allowed)', { id, allowed })
    .returning(['status'])
    .execute();
  const [row] = result.raw as { status: NeedStatus }[];
  if (row) return row.status;
  const current = await m.findOne(NeedEntity, { select: { id: true, status: true }, where: { id } });
  if (!current) throw AppError.notFound('Need');
  throw needStatusConflict(action, current.status);
}

/** DRAFT → OPEN: the need joins the marketplace. */
export function publishNeedStatus(m: EntityManager, id: string): Promise<NeedStatus> {
  return updateNeedInStatus(m, id, [NeedStatus.DRAFT], { status: NeedStatus.OPEN, publishedAt: () => 'now()' }, 'published');
}

/** `from` → CANCELLED, where `from` is the status the caller saw; the caller has ended the need's matches. */
export function cancelNeedStatus(m: EntityManager, id: string, from: NeedStatus): Promise<NeedStatus> {
  return updateNeedInStatus(m, id, [from], { status: NeedStatus.CANCELLED }, 'cancelled');
}

/**
 * Locks the need row until the transaction ends, so role changes of one need happen one at a time
 * and a publish or cancel waits for them; refuses needs that are no longer editable.
 */
export async function lockEditableNeed(m: EntityManager, id: string): Promise<NeedStatus> {
  const status = await lockNeed(m, id);
  if (!EDITABLE_NEED_STATUSES.includes(status)) throw AppError.conflict(`The roles of this need cannot change: it is ${status}.`, { status });
  return status;
}
