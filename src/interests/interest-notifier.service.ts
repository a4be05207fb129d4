import { Injectable, OnModuleInit } from '@nestjs/common';

import { curatorUsersOfNeed } from '../common/access/curation-scope';
import { UnitOfWork } from '../common/database/unit-of-work';
import { NotificationKind } from '../common/domain/notification-kind.enum';
import { DomainEvents } from '../common/events/domain-events';
import { NotificationsService } from '../notifications/notifications.service';

interface RaisedRow {
  need_title: string;
  role_title: string;
  nonprofit_name: string;
  candidate_name: string;
  recipients: string[];
}

/**
 * Tells the need's curators and its nonprofit's members that someone raised their hand. Events come at
 * least once (the outbox relay retries), so the interest's notified_at is claimed in the transaction
 * that writes the notifications: a second delivery finds it taken and tells no one twice.
 */
@Injectable()
export class InterestNotifier implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly unitOfWork: UnitOfWork,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.events.on('interest.raised', ({ interestId }) => this.interestRaised(interestId));
  }

  async interestRaised(interestId: string): Promise<void> {
    await this.unitOfWork.run(async (tx) => {
      const [row] = (await tx.manager.query(
        `WITH claimed AS (UPDATE interest SET notified_at = now() WHERE id = $1 AND status = 'RAISED' AND notified_at IS NULL RETURNING *)
         SELECT n.title AS need_title, r.title AS role_title, o.name AS nonprofit_name, u.name AS candidate_name,
                ARRAY(SELECT mb.user_id FROM membership mb WHERE mb.organization_id = n.nonprofit_id
                      UNION SELECT unnest(${curatorUsersOfNeed('n')})
                      EXCEPT SELECT i.user_id) AS recipients
           FROM claimed i JOIN need n ON n.id = i.need_id JOIN need_role r ON r.id = i.role_id
           JOIN organization o ON o.id = n.nonprofit_id JOIN user_account u ON u.id = i.user_id`,
        [interestId],
      )) as RaisedRow[];
      if (!row) return;
      const params = { needTitle: row.need_title, roleTitle: row.role_title, nonprofitName: row.nonprofit_name, candidateName: row.candidate_name };
      await this.notifications.write(
        tx,
        row.recipients.map((userId) => ({ userId, kind: NotificationKind.INTEREST_RAISED, matchId: null, params })),
      );
    });
  }
}
