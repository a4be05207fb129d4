import { Inject, Injectable, Logger } from '@nestjs/common';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { DataSource, In, IsNull } from 'typeorm';

import { Actor } from '../common/access/actor';
import { Transaction } from '../common/database/unit-of-work';
import { Page, paginate } from '../common/pagination/pagination';
import { PUB_SUB } from '../common/pubsub/pubsub.module';
import { QueueService } from '../queue/queue.service';
import { NotificationsArgs } from './dtos/notification.inputs';
import { SendNotificationEmailJob, sendNotificationEmailJobId } from './jobs/send-notification-email.job';
import { NotificationEntity } from './notification.entity';
import { MatchNotificationKind, NotificationParams, renderNotification } from './notification-texts';

export interface NotificationDraft {
  userId: string;
  kind: MatchNotificationKind;
  /** Null for what is not about one match: a whole need, or a volunteer's interest in a role. */
  matchId: string | null;
  params: NotificationParams;
}

export const notificationTopic = (userId: string) => `notificationAdded.${userId}`;

const EMAIL_RETRY_AFTER_MINUTES = 10;

/**
 * In-app notifications are rows written in the transaction of the change they report (an outbox: a
 * rolled-back change leaves none): notifications take part in the caller's unit of work, they do not
 * own it. After commit they are published to the subscriber and their email is queued; the worker sends it. A notification whose email job was lost is found by
 * `requeueUnsentEmails` (emailed_at stays empty) and queued again under the same job id.
 */
@Injectable()
export class NotificationsService {
  private readonly logger = new Logger(NotificationsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: QueueService,
    @Inject(PUB_SUB) private readonly pubSub: RedisPubSub,
  ) {}

  /** Writes the drafts in the caller's transaction for recipients who have not muted their kind, in each one's language; announced after commit. */
  async write(tx: Transaction, drafts: NotificationDraft[]): Promise<NotificationEntity[]> {
    if (drafts.length === 0) return [];
    const m = tx.manager;
    const users = (await m.query('SELECT id, locale, muted_notification_kinds FROM user_account WHERE id = ANY($1::uuid[])', [[...new Set(drafts.map((d) => d.userId))]])) as {
      id: string;
      locale: string;
      muted_notification_kinds: string[];
    }[];
    const byId = new Map(users.map((u) => [u.id, u]));
    const rows = drafts.flatMap((d) => {
      const user = byId.get(d.userId);
      if (!user || user.muted_notification_kinds.includes(d.kind)) return [];
      const { title, body } = renderNotification(d.kind, user.locale, d.params);
      return [m.create(NotificationEntity, { userId: d.userId, kind: d.kind, matchId: d.matchId, title, body, data: { ...d.params } })];
    });
    const saved = rows.length ? await m.save(rows) : [];
    if (saved.length) tx.afterCommit(() => this.announce(saved));
    return saved;
  }

  /** Publishes to the recipients' subscriptions and queues the emails. Never fails the caller: the change is committed. */
  async announce(rows: NotificationEntity[]): Promise<void> {
    if (rows.length === 0) return;
    try {
      await Promise.all(rows.map((row) => this.pubSub.publish(notificationTopic(row.userId), { notificationAdded: row })));
      await this.enqueueEmails(rows.map((r) => r.id));
    } catch (e) {
      this.logger.error(`Announcing ${rows.length} notifications failed (emails are retried later): ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  async enqueueEmails(ids: string[]): Promise<void> {
    await this.queue.addBulk(
      SendNotificationEmailJob,
      ids.map((notificationId) => ({ data: { notificationId }, jobId: sendNotificationEmailJobId(notificationId) })),
    );
  }

  /** Queues again the emails of recent notifications that were never sent; the job id makes it a no-op for queued ones. */
  async requeueUnsentEmails(now = new Date()): Promise<number> {
    const rows = (await this.dataSource.query(
      `SELECT id FROM notification WHERE emailed_at IS NULL
         AND created_at < $1::timestamptz - make_interval(mins => $2) AND created_at > $1::timestamptz - interval '2 days'
       ORDER BY created_at LIMIT 1000`,
      [now, EMAIL_RETRY_AFTER_MINUTES],
    )) as { id: string }[];
    if (rows.length) await this.enqueueEmails(rows.map((r) => r.id));
    return rows.length;
  }

  list(actor: Actor, { unreadOnly, ...page }: NotificationsArgs): Promise<Page<NotificationEntity>> {
    const qb = this.dataSource.getRepository(NotificationEntity).createQueryBuilder('n').where('n.userId = :userId', { userId: actor.userId });
    if (unreadOnly) qb.andWhere('n.readAt IS NULL');
    return paginate(qb, page);
  }

  unreadCount(actor: Actor): Promise<number> {
    return this.dataSource.getRepository(NotificationEntity).countBy({ userId: actor.userId, readAt: IsNull() });
  }

  /** Marks the actor's own notifications read; ids of others' notifications are ignored. Returns how many changed. */
  async markRead(actor: Actor, ids?: string[]): Promise<number> {
    const qb = this.dataSource
      .createQueryBuilder()
      .update(NotificationEntity)
      .set({ readAt: () => 'now()' })
      .where('user_id = :userId AND read_at IS NULL', { userId: actor.userId });
    if (ids) qb.andWhere({ id: In(ids) });
    const result = await qb.execute();
    return result.affected ?? 0;
  }
}
