import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { AccessService } from '../common/access/access.service';
import { Actor } from '../common/access/actor';
import { UnitOfWork } from '../common/database/unit-of-work';
import { AppError } from '../common/errors/app-error';
import { MatchNotifier } from '../matches/match-notifier.service';
import { NotificationsService } from '../notifications/notifications.service';
import { AnswerFollowUpArgs } from './dtos/follow-up.inputs';
import { FollowUpEntity } from './follow-up.entity';

export type AskOutcome = 'asked' | 'already-asked' | 'not-completed';

/**
 * The three-month follow-up: a completed match queues one delayed question (FollowUpTriggers), the
 * job writes the question when it is due (`ask`), and the nonprofit's members answer it once. Impact counts
 * the answers (ImpactService reads follow_up).
 */
@Injectable()
export class FollowUpsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly unitOfWork: UnitOfWork,
    private readonly notifier: MatchNotifier,
    private readonly notifications: NotificationsService,
  ) {}

  /** When due: asks the question (and tells the nonprofit), unless the match is no longer completed or was asked already. */
  async ask(matchId: string): Promise<AskOutcome> {
    const asked = await this.unitOfWork.run(async (tx) => {
      const rows = (await tx.manager.query(
        `INSERT INTO follow_up (match_id) SELECT id FROM match WHERE id = $1 AND status = 'COMPLETED'
         ON CONFLICT (match_id) DO NOTHING RETURNING id`,
        [matchId],
      )) as { id: string }[];
      if (rows.length) await this.notifications.write(tx, await this.notifier.forFollowUp(tx.manager, matchId));
      return rows.length > 0;
    });
    if (asked) return 'asked';
    const [match] = (await this.dataSource.query(`SELECT status FROM match WHERE id = $1`, [matchId])) as { status: string }[];
    return match?.status === 'COMPLETED' ? 'already-asked' : 'not-completed';
  }

  /** Only the nonprofit's members answer, once; others who may see the match get FORBIDDEN, the rest NOT_FOUND. */
  async answer(actor: Actor, { matchId, answer, comment }: AnswerFollowUpArgs): Promise<FollowUpEntity> {
    const parts = await this.access.threadPartsOf(actor, matchId);
    if (!parts.nonprofit) throw AppError.forbidden('Only the nonprofit’s members answer the follow-up question.');
    const [rows] = (await this.dataSource.query(
      `UPDATE follow_up SET answer = $2, comment = $3, answered_at = now(), answered_by_id = $4 WHERE match_id = $1 AND answer IS NULL RETURNING id`,
      [matchId, answer, comment ?? null, actor.userId],
    )) as [{ id: string }[], number];
    if (rows.length === 0) {
      const asked = await this.dataSource.getRepository(FollowUpEntity).existsBy({ matchId });
      throw asked
        ? AppError.conflict('This follow-up question has been answered already.', { reason: 'FOLLOW_UP_ANSWERED' })
        : AppError.conflict('There is no follow-up question for this match yet: it is asked months after completion.', { reason: 'FOLLOW_UP_NOT_ASKED' });
    }
    return this.dataSource.getRepository(FollowUpEntity).findOneByOrFail({ matchId });
  }
}
