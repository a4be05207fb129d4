import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';

import { Transaction } from '../common/database/unit-of-work';
import { DomainEvents } from '../common/events/domain-events';
import { AppConfig } from '../config/app-config';
import { lockRoles } from '../needs/lock-order';
import { Engagements, NeedEngagementsPort, NeedStatusService } from '../needs/need-status';
import { NotificationsService } from '../notifications/notifications.service';
import { DeclineReason, MatchEntity, MatchStatus, OPEN_MATCH_STATUSES } from './match.entity';
import { releaseLoad, releaseSeat, takeSeat } from './match-effects';
import { MatchNotifier } from './match-notifier.service';
import { acceptColumn, allowedFromStatuses, MatchAction, SEAT_HOLDING_STATUSES, TransitionPlan } from './match-transitions';
import { MatchChanges, MatchWriter, TransitionResult, WithdrawnMatch } from './match-writer';

export interface TransitionInput {
  /** The version the actor saw; the system passes the one it read. */
  version: number;
  actorUserId: string | null;
  reason?: string | null;
  declineReason?: DeclineReason;
}

const DAY_MS = 86_400_000;

/**
 * Carries out a planned transition inside the caller's unit of work: the guarded write and its event
 * (MatchWriter), the seat/load/budget bookkeeping, withdrawing the rest of a filled role, the need's
 * status (NeedStatusService), and the notifications (written in the transaction, announced after
 * commit). No access checks: the caller decided who acts (MatchesService for people,
 * OfferDeadlinesService for the clock). It also answers what needs ask about their matches.
 */
@Injectable()
export class MatchLifecycleService implements OnModuleInit, NeedEngagementsPort {
  constructor(
    private readonly config: AppConfig,
    private readonly writer: MatchWriter,
    private readonly notifier: MatchNotifier,
    private readonly notifications: NotificationsService,
    private readonly needStatus: NeedStatusService,
    private readonly events: DomainEvents,
  ) {}

  onModuleInit(): void {
    this.needStatus.attach(this);
  }

  offerDeadline(from: Date): Date {
    return new Date(from.getTime() + this.config.OFFER_DEADLINE_DAYS * DAY_MS);
  }

  async apply(tx: Transaction, match: MatchEntity, plan: TransitionPlan, input: TransitionInput): Promise<TransitionResult> {
    const m = tx.manager;
    if (plan.to === MatchStatus.CONFIRMED || takesSeat(plan) || releasesSeat(plan)) await lockRoles(m, [match.roleId]);
    const result = await this.writer.transition(m, {
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
    const withdrawn = await this.effects(m, result.match, plan);
    await this.notifications.write(tx, [
      ...(await this.notifier.forTransition(m, match.id, plan, input.actorUserId, input.reason)),
      ...(await this.notifier.forFilledRole(m, withdrawn)),
    ]);
    // Features that follow an engagement past its end (the follow-up question) hear of it without matches importing them.
    if (plan.to === MatchStatus.COMPLETED) await this.events.publish(tx, { type: 'match.completed', matchId: match.id, actorUserId: input.actorUserId });
    return result;
  }

  /** For whoever creates matches (the matching runs, a curator's manual match): tells the curators or both sides. */
  async announceNewMatches(tx: Transaction, matchIds: readonly string[], actorUserId: string | null): Promise<void> {
    if (matchIds.length === 0) return;
    await this.notifications.write(tx, await this.notifier.forNewMatches(tx.manager, matchIds, actorUserId));
  }

  /** A partner's proposal for a shared need goes to the need's curators as such, not as a plain proposal. */
  async announceNetworkProposal(tx: Transaction, matchId: string, actorUserId: string): Promise<void> {
    await this.notifications.write(tx, await this.notifier.forNetworkProposal(tx.manager, matchId, actorUserId));
  }

  async engagementsOf(m: EntityManager, needId: string): Promise<Engagements> {
    const [row] = (await m.query(
      `SELECT count(*) FILTER (WHERE status = 'ACTIVE')::int AS active, count(*) FILTER (WHERE status = 'CONFIRMED')::int AS confirmed,
              count(*) FILTER (WHERE status = 'COMPLETED')::int AS completed FROM match WHERE need_id = $1`,
      [needId],
    )) as Engagements[];
    return row;
  }

  async openMatchesOfRole(m: EntityManager, roleId: string): Promise<number> {
    return m.countBy(MatchEntity, { roleId, status: In(OPEN_MATCH_STATUSES) });
  }

  /** A cancelled need takes its open matches with it, each giving back what it held. */
  async cancelOpenMatches(tx: Transaction, needId: string, actorUserId: string, reason: string): Promise<void> {
    const cancelled = await this.writer.cancelOpenOfNeed(tx.manager, needId, actorUserId, reason);
    for (const match of cancelled) if (SEAT_HOLDING_STATUSES.includes(match.status)) await releaseSeat(tx.manager, match);
    await this.notifications.write(tx, await this.notifier.forCancelledNeed(tx.manager, needId, cancelled, actorUserId));
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
      case MatchAction.APPROVE_SIGN_OFF:
        return { confirmedAt: now };
      case MatchAction.DECLINE_SIGN_OFF:
        return { statusNote: input.reason ?? null };
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

  /** Returns the other matches of the role it withdrew because this one filled its last seat. */
  private async effects(m: EntityManager, match: MatchEntity, plan: TransitionPlan): Promise<WithdrawnMatch[]> {
    let withdrawn: WithdrawnMatch[] = [];
    if (takesSeat(plan)) {
      if (await takeSeat(m, match)) withdrawn = await this.writer.withdrawOpenOfFilledRole(m, match.roleId, match.id);
    } else if (plan.to === MatchStatus.COMPLETED) {
      await releaseLoad(m, match);
    } else if (releasesSeat(plan)) {
      await releaseSeat(m, match);
    } else if (plan.to !== MatchStatus.ACTIVE && plan.to !== MatchStatus.CONFIRMED) {
      return withdrawn;
    }
    await this.needStatus.sync(m, match.needId);
    return withdrawn;
  }
}

// A match waiting for the employer already holds its seat, so the employer's approval takes none.
const takesSeat = (plan: TransitionPlan): boolean => SEAT_HOLDING_STATUSES.includes(plan.to) && !SEAT_HOLDING_STATUSES.includes(plan.from);

const releasesSeat = (plan: TransitionPlan): boolean =>
  (plan.to === MatchStatus.CANCELLED || plan.to === MatchStatus.EMPLOYER_DECLINED) && SEAT_HOLDING_STATUSES.includes(plan.from);
