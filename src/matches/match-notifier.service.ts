import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { curatorUsersOfNeed } from '../common/access/curation-scope';
import { NotificationKind } from '../common/domain/notification-kind.enum';
import { MatchNotificationKind, NotificationParams } from '../notifications/notification-texts';
import { NotificationDraft } from '../notifications/notifications.service';
import { MatchStatus } from './match.entity';
import { MatchAction, MatchRole, TransitionPlan } from './match-transitions';

interface MatchAudience {
  id: string;
  status: MatchStatus;
  need_title: string;
  role_title: string;
  nonprofit_name: string;
  candidate_name: string;
  expires_at: Date | null;
  nonprofit_accepted_at: Date | null;
  candidate_accepted_at: Date | null;
  curator_users: string[];
  nonprofit_users: string[];
  candidate_users: string[];
  partner_name: string | null;
  partner_users: string[];
  employer_users: string[];
}

type Group = 'curators' | 'nonprofit' | 'candidate' | 'partner' | 'employer';

const ALL: Group[] = ['curators', 'nonprofit', 'candidate'];

/** A PROPOSED match waits for the curators: neither side has seen it, so its end is news to curators only. */
const sawIt = (from: MatchStatus): Group[] => (from === MatchStatus.PROPOSED ? ['curators'] : ALL);

const otherSideOf = (plan: TransitionPlan): Group => (plan.as === MatchRole.NONPROFIT ? 'candidate' : 'nonprofit');

/** Who hears about what happened to a match, and with which words. */
@Injectable()
export class MatchNotifier {
  /** For a transition just written; `actorUserId` is never told about their own action. */
  async forTransition(m: EntityManager, matchId: string, plan: TransitionPlan, actorUserId: string | null, reason?: string | null): Promise<NotificationDraft[]> {
    const target = this.target(plan);
    if (!target) return [];
    const [audience] = await this.audiences(m, [matchId]);
    const who = plan.as === MatchRole.NONPROFIT ? audience.nonprofit_name : audience.candidate_name;
    const drafts = this.drafts(audience, target.kind, target.groups, actorUserId, { who, ...(reason ? { reason } : {}) });
    // Both sides agreed, so the other side also hears its answer while the employer is asked.
    if (plan.to === MatchStatus.AWAITING_EMPLOYER) drafts.push(...this.drafts(audience, NotificationKind.MATCH_ACCEPTED, [otherSideOf(plan)], actorUserId, { who }));
    // The partner intermediary that proposed the match hears that its proposal went through.
    if (plan.action === MatchAction.APPROVE && audience.partner_name) {
      drafts.push(...this.drafts(audience, NotificationKind.NETWORK_PROPOSAL_APPROVED, ['partner'], actorUserId, { partnerName: audience.partner_name }));
    }
    return drafts;
  }

  /** A partner's proposal for a shared need tells the need's own curators, who approve or reject it. */
  async forNetworkProposal(m: EntityManager, matchId: string, actorUserId: string): Promise<NotificationDraft[]> {
    const [a] = await this.audiences(m, [matchId]);
    return this.drafts(a, NotificationKind.NETWORK_PROPOSAL, ['curators'], actorUserId, { partnerName: a.partner_name ?? '' });
  }

  /** New proposals tell the curators; new offers tell both sides. */
  async forNewMatches(m: EntityManager, matchIds: readonly string[], actorUserId: string | null): Promise<NotificationDraft[]> {
    const audiences = await this.audiences(m, matchIds);
    return audiences.flatMap((a) => {
      if (a.status === MatchStatus.PROPOSED) return this.drafts(a, NotificationKind.PROPOSAL_NEW, ['curators'], actorUserId);
      if (a.status === MatchStatus.OFFERED) return this.drafts(a, NotificationKind.OFFER_NEW, ['nonprofit', 'candidate'], actorUserId);
      return [];
    });
  }

  /** The reminder goes to the sides that have not answered yet. */
  async forExpiringOffer(m: EntityManager, matchId: string): Promise<NotificationDraft[]> {
    const [a] = await this.audiences(m, [matchId]);
    const groups: Group[] = [];
    if (!a.nonprofit_accepted_at) groups.push('nonprofit');
    if (!a.candidate_accepted_at) groups.push('candidate');
    return this.drafts(a, NotificationKind.OFFER_EXPIRING, groups, null);
  }

  async forHoursLogged(m: EntityManager, matchId: string, hours: number, actorUserId: string): Promise<NotificationDraft[]> {
    const [a] = await this.audiences(m, [matchId]);
    return this.drafts(a, NotificationKind.HOURS_TO_CONFIRM, ['nonprofit'], actorUserId, { hours });
  }

  /**
   * Offers withdrawn because their role filled up: only the candidate hears; the nonprofit and the
   * curators were just told the role is confirmed, which says as much.
   */
  async forFilledRole(m: EntityManager, withdrawn: readonly { id: string; from: MatchStatus }[]): Promise<NotificationDraft[]> {
    const offered = withdrawn.filter((w) => w.from !== MatchStatus.PROPOSED).map((w) => w.id);
    if (offered.length === 0) return [];
    const audiences = await this.audiences(m, offered);
    return audiences.flatMap((a) => this.drafts(a, NotificationKind.MATCH_WITHDRAWN, ['candidate'], null));
  }

  /**
   * A cancelled need ends all its open matches at once: one notification per person naming the need,
   * not one per match. Candidates hear only of matches they had been offered.
   */
  async forCancelledNeed(m: EntityManager, needId: string, cancelled: readonly { id: string; status: MatchStatus }[], actorUserId: string): Promise<NotificationDraft[]> {
    if (cancelled.length === 0) return [];
    const from = new Map(cancelled.map((c) => [c.id, c.status]));
    const audiences = await this.audiences(m, [...from.keys()]);
    const users = new Set(audiences.flatMap((a) => sawIt(from.get(a.id) ?? MatchStatus.PROPOSED).flatMap((g) => this.members(a, g))));
    users.delete(actorUserId);
    const [a] = audiences;
    const params: NotificationParams = { needId, needTitle: a.need_title, roleTitle: '', nonprofitName: a.nonprofit_name, candidateName: '' };
    return [...users].map((userId) => ({ userId, kind: NotificationKind.NEED_CANCELLED, matchId: null, params }));
  }

  /** The outcome question months after completion is the nonprofit's to answer. */
  async forFollowUp(m: EntityManager, matchId: string): Promise<NotificationDraft[]> {
    const [a] = await this.audiences(m, [matchId]);
    return a ? this.drafts(a, NotificationKind.FOLLOW_UP_ASKED, ['nonprofit'], null) : [];
  }

  /** The digest of a match thread for one recipient: `count` messages wait unread. */
  async forUnreadMessages(m: EntityManager, matchId: string, userId: string, count: number): Promise<NotificationDraft[]> {
    const [a] = await this.audiences(m, [matchId]);
    if (!a) return [];
    const params: NotificationParams = { needTitle: a.need_title, roleTitle: a.role_title, nonprofitName: a.nonprofit_name, candidateName: a.candidate_name, count };
    return [{ userId, kind: NotificationKind.NEW_MESSAGE, matchId, params }];
  }

  private target(plan: TransitionPlan): { kind: MatchNotificationKind; groups: Group[] } | null {
    const otherSide = otherSideOf(plan);
    switch (plan.action) {
      case MatchAction.APPROVE:
        return { kind: NotificationKind.OFFER_NEW, groups: ['nonprofit', 'candidate'] };
      case MatchAction.ACCEPT:
        if (plan.to === MatchStatus.AWAITING_EMPLOYER) return { kind: NotificationKind.SIGN_OFF_REQUESTED, groups: ['employer'] };
        return plan.to === MatchStatus.CONFIRMED
          ? { kind: NotificationKind.MATCH_CONFIRMED, groups: ['curators', 'nonprofit', 'candidate'] }
          : { kind: NotificationKind.MATCH_ACCEPTED, groups: [otherSide] };
      case MatchAction.DECLINE:
        return { kind: NotificationKind.MATCH_DECLINED, groups: ['curators', otherSide] };
      case MatchAction.COMPLETE:
        return { kind: NotificationKind.MATCH_COMPLETED, groups: ['curators', 'nonprofit', 'candidate'] };
      case MatchAction.REJECT:
        return { kind: NotificationKind.MATCH_REJECTED, groups: ['curators'] };
      case MatchAction.WITHDRAW:
        return { kind: NotificationKind.MATCH_WITHDRAWN, groups: sawIt(plan.from) };
      case MatchAction.CANCEL:
        return { kind: NotificationKind.MATCH_CANCELLED, groups: sawIt(plan.from) };
      case MatchAction.EXPIRE:
        return { kind: NotificationKind.OFFER_EXPIRED, groups: ALL };
      case MatchAction.APPROVE_SIGN_OFF:
        return { kind: NotificationKind.SIGN_OFF_APPROVED, groups: ALL };
      case MatchAction.DECLINE_SIGN_OFF:
        return { kind: NotificationKind.SIGN_OFF_DECLINED, groups: ALL };
      default:
        return null;
    }
  }

  private drafts(a: MatchAudience, kind: MatchNotificationKind, groups: Group[], actorUserId: string | null, extra: Partial<NotificationParams> = {}): NotificationDraft[] {
    const users = new Set(groups.flatMap((g) => this.members(a, g)));
    if (actorUserId) users.delete(actorUserId);
    const params: NotificationParams = {
      needTitle: a.need_title,
      roleTitle: a.role_title,
      nonprofitName: a.nonprofit_name,
      candidateName: a.candidate_name,
      deadline: a.expires_at ? new Date(a.expires_at).toISOString() : null,
      ...extra,
    };
    return [...users].map((userId) => ({ userId, kind, matchId: a.id, params }));
  }

  private members(a: MatchAudience, group: Group): string[] {
    switch (group) {
      case 'curators':
        return a.curator_users;
      case 'nonprofit':
        return a.nonprofit_users;
      case 'candidate':
        return a.candidate_users;
      case 'partner':
        return a.partner_users;
      case 'employer':
        return a.employer_users;
    }
  }

  private audiences(m: EntityManager, matchIds: readonly string[]): Promise<MatchAudience[]> {
    return m.query(
      `SELECT mt.id, mt.status, n.title AS need_title, r.title AS role_title, np.name AS nonprofit_name,
              COALESCE(vu.name, mu.name, fo_org.name, '') AS candidate_name, mt.expires_at,
              mt.nonprofit_accepted_at, mt.candidate_accepted_at,
              ${curatorUsersOfNeed('n')} AS curator_users,
              ARRAY(SELECT mb.user_id FROM membership mb WHERE mb.organization_id = n.nonprofit_id) AS nonprofit_users,
              CASE WHEN vp.user_id IS NOT NULL THEN ARRAY[vp.user_id]
                   WHEN mp.user_id IS NOT NULL THEN ARRAY[mp.user_id]
                   ELSE ARRAY(SELECT mb.user_id FROM membership mb WHERE mb.organization_id = fo.funder_id) END AS candidate_users,
              partner.name AS partner_name,
              ARRAY(SELECT mb.user_id FROM membership mb WHERE mb.organization_id = mt.proposed_by_intermediary_id) AS partner_users,
              ARRAY(SELECT mb.user_id FROM membership mb JOIN organization co ON co.id = mb.organization_id
                     WHERE mb.organization_id = vp.employer_id AND mb.role = 'ADMIN' AND co.kind = 'COMPANY') AS employer_users
         FROM match mt
         JOIN need n ON n.id = mt.need_id
         JOIN need_role r ON r.id = mt.role_id
         JOIN organization np ON np.id = n.nonprofit_id
         LEFT JOIN volunteer_profile vp ON vp.id = mt.volunteer_profile_id LEFT JOIN user_account vu ON vu.id = vp.user_id
         LEFT JOIN mentor_profile mp ON mp.id = mt.mentor_profile_id LEFT JOIN user_account mu ON mu.id = mp.user_id
         LEFT JOIN funding_offer fo ON fo.id = mt.funding_offer_id LEFT JOIN organization fo_org ON fo_org.id = fo.funder_id
         LEFT JOIN organization partner ON partner.id = mt.proposed_by_intermediary_id
        WHERE mt.id = ANY($1::uuid[])`,
      [matchIds],
    );
  }
}
