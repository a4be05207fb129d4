import { Injectable } from '@nestjs/common';

import { AccessService } from '../common/access/access.service';
import { UnitOfWork } from '../common/database/unit-of-work';
import { MatchNotifier } from '../matches/match-notifier.service';
import { NotificationsService } from '../notifications/notifications.service';

export type DigestOutcome = 'notified' | 'nothing-unread' | 'not-following';

/**
 * One email for the messages a follower of a thread has left unread: written as a NEW_MESSAGE
 * notification, so it takes the notification path (muting, language, outbox, email job). Messages
 * read before the digest runs, and messages an earlier digest told of, are not counted again.
 */
@Injectable()
export class MessageDigestService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly access: AccessService,
    private readonly notifier: MatchNotifier,
    private readonly notifications: NotificationsService,
  ) {}

  send(matchId: string, userId: string): Promise<DigestOutcome> {
    return this.unitOfWork.run(async (tx) => {
      const m = tx.manager;
      if (!(await this.access.threadFollowers(matchId, m)).includes(userId)) return 'not-following';
      // The row is the lock: two digests of one thread for one person count its messages once.
      await m.query('INSERT INTO message_read (match_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [matchId, userId]);
      const [row] = (await m.query(
        `WITH me AS (SELECT GREATEST(read_at, digested_until) AS seen FROM message_read WHERE match_id = $1 AND user_id = $2 FOR UPDATE)
         SELECT count(*)::int AS n, max(msg.created_at) AS newest FROM message msg
          WHERE msg.match_id = $1 AND msg.author_id IS DISTINCT FROM $2 AND msg.created_at > COALESCE((SELECT seen FROM me), '-infinity')`,
        [matchId, userId],
      )) as { n: number; newest: Date | null }[];
      if (!row || row.n === 0) return 'nothing-unread';
      await m.query(
        `UPDATE message_read SET digested_until = (SELECT max(created_at) FROM message WHERE match_id = $1 AND author_id IS DISTINCT FROM $2)
          WHERE match_id = $1 AND user_id = $2`,
        [matchId, userId],
      );
      await this.notifications.write(tx, await this.notifier.forUnreadMessages(m, matchId, userId, row.n));
      return 'notified';
    });
  }
}
