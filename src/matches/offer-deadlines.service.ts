import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { UnitOfWork } from '../common/database/unit-of-work';
import { AppError, ErrorCode } from '../common/errors/app-error';
import { toAppError } from '../common/errors/format-error';
import { AppConfig } from '../config/app-config';
import { NotificationsService } from '../notifications/notifications.service';
import { MatchEntity, MatchStatus } from './match.entity';
import { MatchLifecycleService } from './match-lifecycle.service';
import { MatchNotifier } from './match-notifier.service';
import { checkTransition, MatchAction, MatchRole } from './match-transitions';

export const REMINDER_HOURS_BEFORE = 48;
const BATCH = 500;

export interface DeadlineRun {
  expired: number;
  reminded: number;
  emailsRequeued: number;
}

/**
 * The clock's part in a match's life, run by the scheduled LIFECYCLE job: offers past their deadline
 * expire, offers 48 h from it remind the sides that have not answered (once: reminder_sent_at), and
 * lost email jobs are queued again. Each match is its own transaction; a match someone answered in
 * the meantime just conflicts and is left alone.
 */
@Injectable()
export class OfferDeadlinesService {
  private readonly logger = new Logger(OfferDeadlinesService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly lifecycle: MatchLifecycleService,
    private readonly notifier: MatchNotifier,
    private readonly notifications: NotificationsService,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async run(now = new Date()): Promise<DeadlineRun> {
    const expired = await this.expireOffers(now);
    const reminded = await this.remindExpiringOffers(now);
    const emailsRequeued = await this.notifications.requeueUnsentEmails(now);
    return { expired, reminded, emailsRequeued };
  }

  async expireOffers(now: Date): Promise<number> {
    const due = (await this.dataSource.query(
      `SELECT id FROM match WHERE status = 'OFFERED'
         AND COALESCE(expires_at, offered_at + make_interval(days => $2)) <= $1 ORDER BY expires_at LIMIT ${BATCH}`,
      [now, this.config.OFFER_DEADLINE_DAYS],
    )) as { id: string }[];
    let expired = 0;
    for (const { id } of due) if (await this.expire(id)) expired++;
    return expired;
  }

  async remindExpiringOffers(now: Date): Promise<number> {
    const due = (await this.dataSource.query(
      `SELECT id FROM match WHERE status = 'OFFERED' AND reminder_sent_at IS NULL
         AND expires_at > $1 AND expires_at <= $1::timestamptz + make_interval(hours => $2) ORDER BY expires_at LIMIT ${BATCH}`,
      [now, REMINDER_HOURS_BEFORE],
    )) as { id: string }[];
    let reminded = 0;
    for (const { id } of due) if (await this.remind(id)) reminded++;
    return reminded;
  }

  private async expire(id: string): Promise<boolean> {
    try {
      await this.unitOfWork.run(async (tx) => {
        const match = await tx.manager.findOneByOrFail(MatchEntity, { id });
        const plan = checkTransition(MatchAction.EXPIRE, match, [MatchRole.SYSTEM]);
        if (!plan.ok) throw AppError.conflict(plan.message);
        await this.lifecycle.apply(tx, match, plan, { version: match.version, actorUserId: null, reason: 'offer deadline passed' });
      });
      return true;
    } catch (e) {
      if (toAppError(e)?.code !== ErrorCode.CONFLICT) this.logger.error(`Expiring match ${id} failed: ${e instanceof Error ? e.message : String(e)}`);
      return false;
    }
  }

  // The mark and the notifications commit together: a reminder is written once, or not at all.
  private remind(id: string): Promise<boolean> {
    return this.unitOfWork.run(async (tx) => {
      const [marked] = (await tx.manager.query(`UPDATE match SET reminder_sent_at = now() WHERE id = $1 AND status = $2 AND reminder_sent_at IS NULL RETURNING id`, [
        id,
        MatchStatus.OFFERED,
      ])) as [{ id: string }[], number];
      if (marked.length === 0) return false;
      await this.notifications.write(tx, await this.notifier.forExpiringOffer(tx.manager, id));
      return true;
    });
  }
}
