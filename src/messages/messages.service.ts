import { Inject, Injectable, Logger } from '@nestjs/common';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { DataSource, EntityManager } from 'typeorm';

import { AccessService, MatchParts } from '../common/access/access.service';
import { Actor } from '../common/access/actor';
import { UnitOfWork } from '../common/database/unit-of-work';
import { AppError } from '../common/errors/app-error';
import { Page, PageArgs, paginate, SortKey } from '../common/pagination/pagination';
import { PUB_SUB } from '../common/pubsub/pubsub.module';
import { RateLimiter } from '../common/redis/rate-limiter';
import { AppConfig } from '../config/app-config';
import { MatchEntity, MatchStatus } from '../matches/match.entity';
import { QueueService } from '../queue/queue.service';
import { MatchMessagesArgs, PostMessageArgs } from './dtos/message.inputs';
import { MessageThreadDto } from './dtos/message-thread.dto';
import { SendMessageDigestJob, sendMessageDigestJobId } from './jobs/send-message-digest.job';
import { MessageEntity } from './message.entity';

/** A thread takes messages while its match is live; before it is offered and after it ends it is read-only. */
export const WRITABLE_THREAD_STATUSES: readonly string[] = [MatchStatus.OFFERED, MatchStatus.CONFIRMED, MatchStatus.ACTIVE];

export const messageTopic = (matchId: string) => `messageAdded.${matchId}`;

const RATE_WINDOW_MS = 60_000;

export const EXCERPT_LENGTH = 140;

/** The inbox's order: the thread with the newest message first; an agreed match without messages by when it last changed. */
const LATEST_ACTIVITY: SortKey = {
  name: 'latest-activity',
  expression: 'COALESCE((SELECT max(msg.created_at) FROM message msg WHERE msg.match_id = {a}.id), {a}.updated_at)',
  type: 'timestamp',
  direction: 'DESC',
};

interface ThreadRow {
  id: string;
  status: MatchStatus;
  need_title: string;
  role_title: string;
  nonprofit_name: string;
  candidate_name: string;
  last_body: string | null;
  last_at: Date | null;
  unread: number;
}

/** What crosses Redis to the subscribers of a thread. */
export interface MessageAddedPayload {
  messageAdded: MessageEntity;
}

/**
 * The message thread of a match: its two sides and its curators write to each other while the match
 * is live. Who may read and post is AccessService's answer (`threadPartsOf`); new messages are
 * published to the thread's subscribers and, for followers who leave them unread, summed up in one
 * digest email per thread window (SendMessageDigestJob).
 */
@Injectable()
export class MessagesService {
  private readonly logger = new Logger(MessagesService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly access: AccessService,
    private readonly limiter: RateLimiter,
    private readonly queue: QueueService,
    private readonly config: AppConfig,
    @Inject(PUB_SUB) private readonly pubSub: RedisPubSub,
  ) {}

  /** NOT_FOUND unless the actor may read the match's thread. */
  assertCanRead(actor: Actor, matchId: string, m?: EntityManager): Promise<MatchParts & { status: string }> {
    return this.access.threadPartsOf(actor, matchId, m);
  }

  /** The newest `first` messages (or those before the cursor), oldest of them first: newest last, as a thread reads. */
  async list(actor: Actor, { matchId, ...page }: MatchMessagesArgs): Promise<Page<MessageEntity>> {
    await this.assertCanRead(actor, matchId);
    const result = await paginate(this.dataSource.getRepository(MessageEntity).createQueryBuilder('msg').where('msg.matchId = :matchId', { matchId }), page);
    return { ...result, nodes: [...result.nodes].reverse() };
  }

  async post(actor: Actor, { matchId, body }: PostMessageArgs): Promise<MessageEntity> {
    const message = await this.unitOfWork.run(async (tx) => {
      const m = tx.manager;
      // FOR SHARE on the match: an ending racing this post waits, so no message lands after the end.
      await m.query('SELECT 1 FROM match WHERE id = $1 FOR SHARE', [matchId]);
      const { status } = await this.assertCanRead(actor, matchId, m);
      if (!WRITABLE_THREAD_STATUSES.includes(status)) {
        throw AppError.conflict(`This match is ${status}: its messages can be read but no longer written.`, { reason: 'THREAD_READ_ONLY', currentStatus: status });
      }
      if (!(await this.limiter.hit(`message-post:${actor.userId}`, this.config.MESSAGE_POSTS_PER_MINUTE, RATE_WINDOW_MS))) {
        throw AppError.throttled('You are sending messages too fast. Please wait a minute and try again.');
      }
      const saved = await m.save(m.create(MessageEntity, { matchId, authorId: actor.userId, body }));
      // The author has read their own thread up to their message.
      await this.markReadIn(m, actor.userId, matchId);
      return saved;
    });
    await this.announce(message);
    return message;
  }

  /** Marks the thread read up to its newest message for the actor; returns how many messages that was. */
  async markRead(actor: Actor, matchId: string): Promise<number> {
    await this.assertCanRead(actor, matchId);
    return this.markReadIn(this.dataSource.manager, actor.userId, matchId);
  }

  /**
   * The actor's inbox: the threads they follow (see AccessService.scopeFollowedThreads) that have
   * messages, and their agreed matches, which may be written to. Ended matches stay listed, read-only.
   */
  async threads(actor: Actor, page: PageArgs): Promise<Page<MessageThreadDto>> {
    const qb = this.dataSource.getRepository(MatchEntity).createQueryBuilder('mt');
    this.access.scopeMatches(actor, qb, 'mt');
    this.access.scopeFollowedThreads(actor, qb, 'mt');
    qb.andWhere(`(EXISTS (SELECT 1 FROM message msg WHERE msg.match_id = mt.id) OR mt.status IN (:...agreed))`, { agreed: [MatchStatus.CONFIRMED, MatchStatus.ACTIVE] });
    const matches = await paginate(qb, page, LATEST_ACTIVITY);
    const ids = matches.nodes.map((n) => n.id);
    const [rows, parts] = await Promise.all([this.threadRows(actor.userId, ids), this.access.matchPartsOf(actor, ids)]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const nodes = ids.flatMap((id) => {
      const row = byId.get(id);
      if (!row) return [];
      const candidateSide = parts.get(id)?.candidate ?? false;
      return [
        {
          matchId: id,
          status: row.status,
          writable: WRITABLE_THREAD_STATUSES.includes(row.status),
          needTitle: row.need_title,
          roleTitle: row.role_title,
          counterpartName: candidateSide ? row.nonprofit_name : row.candidate_name,
          lastMessageExcerpt: row.last_body === null ? null : excerpt(row.last_body),
          lastMessageAt: row.last_at,
          unreadCount: row.unread,
        },
      ];
    });
    return { ...matches, nodes };
  }

  private threadRows(userId: string, matchIds: string[]): Promise<ThreadRow[]> {
    if (matchIds.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT mt.id, mt.status, n.title AS need_title, r.title AS role_title, np.name AS nonprofit_name,
              COALESCE(vu.name, mu.name, fo_org.name, '') AS candidate_name, last.body AS last_body, last.created_at AS last_at,
              (SELECT count(*)::int FROM message msg
                 LEFT JOIN message_read mr ON mr.match_id = msg.match_id AND mr.user_id = $2
                WHERE msg.match_id = mt.id AND msg.author_id IS DISTINCT FROM $2 AND msg.created_at > COALESCE(mr.read_at, '-infinity')) AS unread
         FROM match mt
         JOIN need n ON n.id = mt.need_id
         JOIN need_role r ON r.id = mt.role_id
         JOIN organization np ON np.id = n.nonprofit_id
         LEFT JOIN volunteer_profile vp ON vp.id = mt.volunteer_profile_id LEFT JOIN user_account vu ON vu.id = vp.user_id
         LEFT JOIN mentor_profile mp ON mp.id = mt.mentor_profile_id LEFT JOIN user_account mu ON mu.id = mp.user_id
         LEFT JOIN funding_offer fo ON fo.id = mt.funding_offer_id LEFT JOIN organization fo_org ON fo_org.id = fo.funder_id
         LEFT JOIN LATERAL (SELECT body, created_at FROM message WHERE match_id = mt.id ORDER BY created_at DESC, id DESC LIMIT 1) last ON true
        WHERE mt.id = ANY($1::uuid[])`,
      [matchIds, userId],
    );
  }

  /** Unread messages by others in the threads the actor follows. */
  async unreadCount(actor: Actor): Promise<number> {
    const qb = this.dataSource
      .createQueryBuilder()
      .select('count(*)::int', 'count')
      .from('message', 'msg')
      .innerJoin('match', 'mt', 'mt.id = msg.match_id')
      .leftJoin('message_read', 'mr', 'mr.match_id = msg.match_id AND mr.user_id = :actorUserId', { actorUserId: actor.userId })
      .where('msg.author_id IS DISTINCT FROM :actorUserId')
      .andWhere(`msg.created_at > COALESCE(mr.read_at, '-infinity')`);
    this.access.scopeFollowedThreads(actor, qb, 'mt');
    const row = (await qb.getRawOne()) as { count: number } | undefined;
    return row?.count ?? 0;
  }

  private async markReadIn(m: EntityManager, userId: string, matchId: string): Promise<number> {
    const [row] = (await m.query(
      `WITH newest AS (SELECT max(created_at) AS at FROM message WHERE match_id = $1),
            before AS (SELECT read_at FROM message_read WHERE match_id = $1 AND user_id = $2),
            unread AS (SELECT count(*)::int AS n FROM message msg WHERE msg.match_id = $1 AND msg.author_id IS DISTINCT FROM $2
                         AND msg.created_at > COALESCE((SELECT read_at FROM before), '-infinity')),
            upsert AS (
              INSERT INTO message_read (match_id, user_id, read_at) VALUES ($1, $2, (SELECT at FROM newest))
              ON CONFLICT (match_id, user_id) DO UPDATE SET read_at = GREATEST(message_read.read_at, EXCLUDED.read_at))
       SELECT n FROM unread`,
      [matchId, userId],
    )) as { n: number }[];
    return row?.n ?? 0;
  }

  /** After commit: tells the thread's subscribers and queues each other follower's digest. Never fails the caller. */
  private async announce(message: MessageEntity): Promise<void> {
    try {
      await this.pubSub.publish(messageTopic(message.matchId), { messageAdded: message } satisfies MessageAddedPayload);
      const followers = (await this.access.threadFollowers(message.matchId)).filter((id) => id !== message.authorId);
      const delay = this.config.MESSAGE_DIGEST_DELAY_MINUTES * 60_000;
      const window = Math.floor(message.createdAt.getTime() / delay);
      await Promise.all(
        followers.map((userId) =>
          this.queue.add(SendMessageDigestJob, { matchId: message.matchId, userId }, { jobId: sendMessageDigestJobId(message.matchId, userId, window), delay }),
        ),
      );
    } catch (e) {
      this.logger.error(`Announcing message ${message.id} failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}

// Whole characters (not UTF-16 halves), whitespace folded, so a preview never breaks an emoji or a line.
function excerpt(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= EXCERPT_LENGTH ? flat : `${chars.slice(0, EXCERPT_LENGTH - 1).join('')}…`;
}
