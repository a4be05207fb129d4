import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { NotificationsService, PendingNotifications } from '../notifications/notifications.service';
import { DeclineReason, MatchEntity, MatchStatus } from './match.entity';
import { lockRole, releaseLoad, releaseSeat, syncNeedStatus, takeSeat, withdrawOpenOfRole } from './match-effects';
import { MatchChanges, TransitionResult, writeTransition } from './match-transaction';
import { acceptColumn, allowedFromStatuses, MatchAction, SEAT_HOLDING_STATUSES, TransitionPlan } from './match-transitions';
import { MatchNotifier } from './match-notifier.service';

export interface TransitionInput {
  /** The version the actor saw; the system passes the one it read. */
  version: number;
  actorUserId: string | null;
  reason?: string | null;
  declineReason?: DeclineReason;
}

const DAY_MS = 86_400_000;

/**
 * Carries out a planned transition inside the caller's transaction: the guarded write and its event,
 * the seat/load/budget bookkeeping, withdrawing the rest of a filled role, the need's status, and the
 * notifications (written to the outbox, announced by the caller after commit). No access checks: the
 * caller decided who acts (MatchesService for people, OfferDeadlinesService for the clock).
 */
@Injectable()
export class MatchLifecycleService {
  constructor(
    private readonly config: AppConfig,
    private readonly notifier: MatchNotifier,
    private readonly notifications: NotificationsService,
  ) {}

  offerDeadline(from: Date): Date {
    return new Date(from.getTime() + this.config.OFFER_DEADLINE_DAYS * DAY_MS);
  }

  async apply(m: EntityManager, match: MatchEntity, plan: TransitionPlan, input: TransitionInput, pending: PendingNotifications): Promise<TransitionResult> {
    const movesSeat = plan.to === MatchStatus.CONFIRMED || (plan.to === MatchStatus.CANCELLED && SEAT_HOLDING_STATUSES.includes(plan.from));
    if (movesSeat) await lockRole(m, match.roleId);
    const result = await writeTransition(m, {
      matchId: match.id,
      version: input.version,
      from: plan.from,
      allowedFrom: allowedFromStatuses(plan.action),
      to: plan.to,
      changes: this.changes(plan, input, new Date()),
      action: plan.action,
      actorUserId: input.actorUserId,
      reason: this.eventReason(input),
    });
    await this.effects(m, result.match, plan);
    await this.notifications.write(m, await this.notifier.forTransition(m, match.id, plan, input.actorUserId), pending);
    return result;
  }

  /**
   * For whoever creates matches (the matching runs, a curator's manual match): gives offers without a
   * deadline one and tells the curators or both sides. Call inside the creating transaction.
   */
  async announceNewMatches(m: EntityManager, matchIds: readonly string[], actorUserId: string | null, pending: PendingNotifications): Promise<void> {
    if (matchIds.length === 0) return;
    await m.query(
      `UPDATE match SET expires_at = offered_at + make_interval(days => $2) WHERE id = ANY($1::uuid[]) AND status = 'OFFERED' AND expires_at IS NULL`,
      [matchIds, this.config.OFFER_DEADLINE_DAYS],
    );
    await this.notifications.write(m, await this.notifier.forNewMatches(m, matchIds, actorUserId), pending);
  }

  private changes(plan: TransitionPlan, input: TransitionInput, now: Date): MatchChanges {
    switch (plan.action) {
      case MatchAction.APPROVE:
        return { offeredAt: now, expiresAt: this.offerDeadline(now) };
      case MatchAction.ACCEPT:
        return { [acceptColumn(plan.as)]: now, ...(plan.to === MatchStatus.CONFIRMED ? { confirmedAt: now } : {}) };
      case MatchAction.DECLINE:
        return { declineReason: input.declineReason ?? DeclineReason.OTHER, statusNote: input.reason ?? null };
      case MatchAction.COMPLETE:
        return { completedAt: now };
      case MatchAction.REJECT:
      case MatchAction.WITHDRAW:
      case MatchAction.CANCEL:
        return { statusNote: input.reason ?? null };
      default:
        return {};
    }
  }

  private eventReason(input: TransitionInput): string | null {
    if (!input.declineReason) return input.reason ?? null;
    return input.reason ? `${input.declineReason}: ${input.reason}` : input.declineReason;
  }

  private async effects(m: EntityManager, match: MatchEntity, plan: TransitionPlan): Promise<void> {
    if (plan.to === MatchStatus.CONFIRMED) {
      if (await takeSeat(m, match)) await withdrawOpenOfRole(m, match.roleId, match.id);
    } else if (plan.to === MatchStatus.COMPLETED) {
      await releaseLoad(m, match);
    } else if (plan.to === MatchStatus.CANCELLED && SEAT_HOLDING_STATUSES.includes(plan.from)) {
      await releaseSeat(m, match);
    } else if (plan.to !== MatchStatus.ACTIVE) {
      return;
    }
    await syncNeedStatus(m, match.needId);
  }
}
