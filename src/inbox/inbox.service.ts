import { Injectable } from '@nestjs/common';
import { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

import { AccessService } from '../common/access/access.service';
import { Actor } from '../common/access/actor';
import { MatchSide } from '../common/access/match-side';
import { FollowUpEntity } from '../follow-ups/follow-up.entity';
import { HoursLogEntity, HoursStatus } from '../hours/hours-log.entity';
import { InterestEntity, InterestStatus } from '../interests/interest.entity';
import { MatchEntity, MatchStatus } from '../matches/match.entity';
import { MessagesService } from '../messages/messages.service';
import { InboxDto, InboxItemDto } from './dtos/inbox.dto';

interface ItemRow {
  count: number;
  since: Date | null;
  deadline: Date | null;
}

/** Counts what waits for the actor; every count goes through the same scopes as the lists it links to. */
@Injectable()
export class InboxService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly messages: MessagesService,
  ) {}

  async inbox(actor: Actor): Promise<InboxDto> {
    const [proposalsToReview, offersToAnswer, needOffersToAnswer, hoursToConfirm, interestsToReview, followUpsToAnswer, signOffsToReview, unreadMessages] = await Promise.all([
      this.matchItem(actor, MatchStatus.PROPOSED, MatchSide.CURATOR, null),
      this.matchItem(actor, MatchStatus.OFFERED, MatchSide.CANDIDATE, 'candidate_accepted_at'),
      this.matchItem(actor, MatchStatus.OFFERED, MatchSide.NONPROFIT, 'nonprofit_accepted_at'),
      this.hoursToConfirm(actor),
      this.interestsToReview(actor),
      this.followUpsToAnswer(actor),
      this.signOffsToReview(actor),
      this.messages.unreadCount(actor),
    ]);
    return { proposalsToReview, offersToAnswer, needOffersToAnswer, hoursToConfirm, interestsToReview, followUpsToAnswer, signOffsToReview, unreadMessages };
  }

  private matchItem(actor: Actor, status: MatchStatus, side: MatchSide, unansweredColumn: string | null): Promise<InboxItemDto> {
    const qb = this.dataSource
      .createQueryBuilder(MatchEntity, 'm')
      .select('count(*)::int', 'count')
      .addSelect('min(COALESCE(m.offered_at, m.created_at))', 'since')
      .addSelect('min(m.expires_at)', 'deadline')
      .where('m.status = :status', { status });
    if (unansweredColumn) qb.andWhere(`m.${unansweredColumn} IS NULL`);
    this.access.filterMatchSides(actor, qb, [side]);
    return this.rowOf(this.access.scopeMatches(actor, qb));
  }

  // Only the nonprofit reviews hours, so only its side's engagements count.
  private hoursToConfirm(actor: Actor): Promise<InboxItemDto> {
    const qb = this.dataSource
      .createQueryBuilder(HoursLogEntity, 'h')
      .innerJoin(MatchEntity, 'm', 'm.id = h.match_id')
      .select('count(*)::int', 'count')
      .addSelect('min(h.created_at)', 'since')
      .addSelect('NULL::timestamptz', 'deadline')
      .where('h.status = :logged', { logged: HoursStatus.LOGGED });
    this.access.filterMatchSides(actor, qb, [MatchSide.NONPROFIT], 'm');
    return this.rowOf(this.access.scopeMatches(actor, qb, 'm'));
  }

  // The interest list also shows people their own raised hands; those wait for others, not for them.
  private interestsToReview(actor: Actor): Promise<InboxItemDto> {
    const qb = this.dataSource
      .createQueryBuilder(InterestEntity, 'i')
      .select('count(*)::int', 'count')
      .addSelect('min(i.created_at)', 'since')
      .addSelect('NULL::timestamptz', 'deadline')
      .where('i.status = :raised', { raised: InterestStatus.RAISED })
      .andWhere('i.user_id <> :me', { me: actor.userId });
    return this.rowOf(this.access.scopeInterests(actor, qb));
  }

  // Only the nonprofit answers the outcome question, as answerFollowUp requires.
  private followUpsToAnswer(actor: Actor): Promise<InboxItemDto> {
    const qb = this.dataSource
      .createQueryBuilder(FollowUpEntity, 'f')
      .innerJoin(MatchEntity, 'm', 'm.id = f.match_id')
      .select('count(*)::int', 'count')
      .addSelect('min(f.asked_at)', 'since')
      .addSelect('NULL::timestamptz', 'deadline')
      .where('f.answer IS NULL');
    this.access.filterMatchSides(actor, qb, [MatchSide.NONPROFIT], 'm');
    return this.rowOf(this.access.scopeMatches(actor, qb, 'm'));
  }

  // An admin's own engagement waits for another admin (the transition table refuses self-approval).
  private signOffsToReview(actor: Actor): Promise<InboxItemDto> {
    const qb = this.dataSource
      .createQueryBuilder(MatchEntity, 'm')
      .select('count(*)::int', 'count')
      .addSelect('min(m.updated_at)', 'since')
      .addSelect('NULL::timestamptz', 'deadline')
      .where('m.status = :status', { status: MatchStatus.AWAITING_EMPLOYER })
      .andWhere('NOT (m.candidate_id = ANY(:ownProfileIds::uuid[]))', { ownProfileIds: actor.profileIds });
    this.access.filterMatchSides(actor, qb, [MatchSide.EMPLOYER]);
    return this.rowOf(this.access.scopeMatches(actor, qb));
  }

  private async rowOf<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): Promise<InboxItemDto> {
    const row = (await qb.getRawOne()) as ItemRow | undefined;
    return { count: row?.count ?? 0, since: row?.since ?? null, deadline: row?.deadline ?? null };
  }
}
