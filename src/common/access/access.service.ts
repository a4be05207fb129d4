import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

import { Loaders } from '../dataloader/loaders';
import { MembershipRole } from '../domain/membership-role.enum';
import { OrganizationKind } from '../domain/organization-kind.enum';
import { AppError } from '../errors/app-error';
import { Actor } from './actor';
import {
  curatorUsersOfNeed,
  fundingOffersVisibleTo,
  needCuratedBy,
  needsCuratedBy,
  networksOf,
  oneId,
  organizationsCuratedBy,
  programsRunBy,
  sharedNeedsIn,
  usersAffiliatedWith,
} from './curation-scope';
import { MatchSide } from './match-side';

/** The parts an actor plays on one match; the matches feature turns them into its MatchRoles. */
export interface MatchParts {
  curator: boolean;
  nonprofit: boolean;
  candidate: boolean;
  /** An admin of the company the volunteer works for: signs off the time, plays no other part. */
  employer: boolean;
}

/** What an actor is at an event: a curator of its organizer manages it; an attendee sees it and their own agenda. */
export interface EventParts {
  organizerId: string;
  curator: boolean;
  attendeeId: string | null;
}

/** What an actor is for one network statement: the member intermediaries of its network they curate for. */
export interface StatementParts {
  networkId: string;
  status: string;
  draftedByOrganizationId: string;
  curatorFor: string[];
}

export type ProfileTable = 'volunteer_profile' | 'mentor_profile';

/** A need shared into a network, as sharedNeedsOf reads it. */
export interface SharedNeedRow {
  need_id: string;
  network_id: string;
  intermediary_id: string;
  program_id: string | null;
  shared_at: Date;
  shared_by_name: string | null;
}

/** What a nested field asks about an id: may the actor see this profile, offer, email (by user id), budget (by offer id)? */
export type Visibility = ProfileTable | 'funding_offer' | 'email' | 'budget';

const MATCH_COLUMN: Record<ProfileTable, 'volunteer_profile_id' | 'mentor_profile_id'> = {
  volunteer_profile: 'volunteer_profile_id',
  mentor_profile: 'mentor_profile_id',
};

// A match from CONFIRMED on: both sides have agreed to work together, so they may write to each other.
const AGREED = `('CONFIRMED', 'ACTIVE', 'COMPLETED')`;

const adminOrgIds = (actor: Actor): string[] => actor.memberships.filter((mb) => mb.role === MembershipRole.ADMIN).map((mb) => mb.organizationId);

/** The companies whose admin the actor is: they sign off their employees' pro-bono time. */
const companyAdminOrgIds = (actor: Actor): string[] =>
  actor.memberships.filter((mb) => mb.role === MembershipRole.ADMIN && mb.kind === OrganizationKind.COMPANY).map((mb) => mb.organizationId);

// What a volunteer's employer sees: the agreed matches, and those waiting for (or refused) its sign-off.
const EMPLOYER_SEES = `('AWAITING_EMPLOYER', 'EMPLOYER_DECLINED', 'CONFIRMED', 'ACTIVE', 'COMPLETED')`;

/** Volunteer profile ids (SQL) whose employer company the actor (`:actorAdminOrgIds`) administers, on a match the employer sees. */
const EMPLOYEES_ON_AGREED_MATCHES = `(SELECT vp.id FROM volunteer_profile vp JOIN match em ON em.volunteer_profile_id = vp.id
    WHERE vp.employer_id = ANY(:actorAdminOrgIds::uuid[]) AND em.status IN ${EMPLOYER_SEES})`;

/** Match ids (SQL) of volunteers whose employer company the actor (`:actorAdminOrgIds`) administers. */
const EMPLOYEE_MATCHES = (alias: string) => `${alias}.volunteer_profile_id IN (SELECT vp.id FROM volunteer_profile vp JOIN organization co ON co.id = vp.employer_id
    WHERE vp.employer_id = ANY(:actorAdminOrgIds::uuid[]) AND co.kind = 'COMPANY')`;

/** Profile ids (SQL) that raised a standing interest in a need the actor curates or whose nonprofit they belong to. */
const INTERESTED_PROFILES = `(SELECT i.candidate_id FROM interest i JOIN need n ON n.id = i.need_id
    WHERE i.status <> 'WITHDRAWN' AND (n.nonprofit_id = ANY(:actorOrgIds::uuid[]) OR ${needCuratedBy('n', ':actorIntermediaryIds::uuid[]')}))`;

/**
 * Rally's access rules, in one place. Tenant scope always comes from the signed-in Actor.
 * Reads are filtered in SQL (`scope*`), so a list never shows what a `get` would refuse;
 * an object outside the scope is reported as NOT_FOUND rather than FORBIDDEN, so ids don't leak.
 * Nested fields (User.volunteerProfile, Match.fundingOffer, …) answer through the batch
 * functions here (`*Visible*`), which apply the very same rules. What an intermediary curates is
 * SQL in curation-scope.ts, and nowhere else.
 *
 * - Platform admins: everything.
 * - Curation: an intermediary curates the organizations affiliated with it or in its programs, and
 *   their needs plus every need in its programs. Any member of an intermediary is its curator.
 * - Affiliated people of an intermediary: members and employees of organizations it or a partner in
 *   one of its networks curates, and candidates matched (at any status) on needs it curates.
 * - Organizations: a directory every signed-in user can read; only their admins change them.
 *   Memberships (Organization.members, User.memberships, Membership.user): the organization's members.
 * - Needs: published needs are the marketplace, readable by everyone signed in; drafts only by the
 *   nonprofit's members and its curators. Changed by the nonprofit's members and its curators.
 *   Volunteers and mentors browse this marketplace (NeedFilter.openRoles): needs OPEN, STAFFED or
 *   IN_PROGRESS with a role of their kind that has a free seat; never drafts, ended or cancelled needs.
 * - Interests (a volunteer's or mentor's raised hand for a role): raised only on a role of a need the
 *   person may see, as above; seen by the person who raised it, the need's curators and the members of
 *   its nonprofit, who may also see the interested person's profile until the interest is withdrawn.
 *   Curators of the need turn it into an offer (the manual-match rule); they or the nonprofit decline it.
 * - Matches: curators of the need see all; the nonprofit and the candidate only once offered; admins
 *   of the volunteer's employer company once both sides agreed (AWAITING_EMPLOYER, EMPLOYER_DECLINED,
 *   CONFIRMED or later); their only part is the employer's sign-off (MatchParts.employer).
 *   Curators pair by hand only candidates they may see.
 * - Profiles: the person, curators of intermediaries the person is affiliated with, and nonprofits
 *   the person was offered to; a volunteer's profile also to their employer's admins once on an agreed match.
 * - Emails: the person, admins of the person's organizations, and the other side of a match from
 *   CONFIRMED on (nonprofit members ↔ the candidate, or the funder's members). Curators do not see them.
 * - Funding offers: the funder's members, curators whose intermediary (or network) curates the
 *   funder or who curate a need it is matched on, and nonprofits it was offered to. Budgets only
 *   to the funder's members and curators of intermediaries curating the funder.
 * - Programs: the intermediary's members and the members of participating organizations.
 * - Affiliations: the members of either side. An organization joins an intermediary's curation
 *   scope only with its own admins' consent: they create the affiliation, the curators vet it; a
 *   curator may put an organization into a program only once it is affiliated with them.
 * - Message threads (one per match): the two sides once the match is offered (nonprofit members, the
 *   volunteer or mentor, the funder's members) and the match's curators read and post; only while the
 *   match is live (offered, confirmed, active) can anyone post. A message's author shows by name; the
 *   author's email only under the email rule. Unread counts and digests follow the threads of one's
 *   own side, and the threads a curator has opened.
 * - Events: curators of the organizing intermediary manage them (attendees, slots, rooms, schedule,
 *   the whole grid, the attendee list); an attendee sees the event and their own agenda; everyone else
 *   gets NOT_FOUND. A meeting becomes an offer by a curator of the need, or by the nonprofit member who
 *   hosted it, for their own nonprofit's role only.
 * - Network statements: a joint statement is a public declaration, so once published (and after it is
 *   withdrawn, as the record) every signed-in user reads it with its signatures and commitments; drafts
 *   only the curators of the network's member intermediaries (and platform admins), everyone else gets
 *   NOT_FOUND. Member curators draft and edit drafts; the drafting intermediary's curators publish and
 *   withdraw; a curator signs and commits only for their own member intermediary, and only its
 *   curators report the progress of its commitments. These are acts of an organization: platform
 *   admins read everything but sign nothing.
 * - Networks: members' curators see a network's shared needs and joint impact; others get NOT_FOUND. A
 *   curator shares a need (or a program) it curates with a network its intermediary belongs to. Curators of
 *   the other members propose volunteers they may see for a shared need: the match waits, PROPOSED, for the
 *   need's own curators, and the proposing intermediary's curators read it (read-only) from then on.
 * - Matching runs: the runs a curator could start (their intermediary, its programs, needs they
 *   curate) and the runs one started; ROLES and ALL runs span everyone, so only platform admins.
 *
 * The matching worker is not an actor: it loads every candidate, through the same fragments.
 */
@Injectable()
export class AccessService {
  constructor(private readonly dataSource: DataSource) {}

  params(actor: Actor) {
    return {
      actorUserId: actor.userId,
      actorOrgIds: actor.organizationIds(),
      actorIntermediaryIds: actor.intermediaryIds,
      actorFunderIds: actor.organizationIds(OrganizationKind.FUNDER),
      actorProfileIds: actor.profileIds,
      actorAdminOrgIds: adminOrgIds(actor),
    };
  }

  assertPlatformAdmin(actor: Actor): void {
    if (!actor.isPlatformAdmin) throw AppError.forbidden('Only platform admins can do this.');
  }

  assertOrganizationAdmin(actor: Actor, organizationId: string): void {
    if (actor.isPlatformAdmin || actor.isAdminOf(organizationId)) return;
    if (actor.isMemberOf(organizationId)) throw AppError.forbidden('Only admins of this organization can do this.');
    throw AppError.forbidden('You are not a member of this organization.');
  }

  assertOrganizationMember(actor: Actor, organizationId: string): void {
    if (actor.isPlatformAdmin || actor.isMemberOf(organizationId)) return;
    throw AppError.forbidden('You are not a member of this organization.');
  }

  /** Only the person who wrote an entry (logged hours, …) may change or remove it. */
  assertAuthor(actor: Actor, entry: { userId: string }, what: string): void {
    if (entry.userId !== actor.userId) throw AppError.forbidden(`Only the person who logged ${what} can change them.`);
  }

  assertCurator(actor: Actor, intermediaryId?: string): void {
    if (actor.isPlatformAdmin) return;
    if (intermediaryId ? actor.intermediaryIds.includes(intermediaryId) : actor.isCurator) return;
    throw AppError.forbidden('Only curators of this intermediary can do this.');
  }

  /** Only the organization's own admins (or platform admins) put it under an intermediary's curation. */
  assertCanAffiliate(actor: Actor, organizationId: string): void {
    if (actor.isPlatformAdmin || actor.isAdminOf(organizationId)) return;
    throw AppError.forbidden("Only the organization's admins can place it with an intermediary; ask them to add the affiliation.");
  }

  /** Curators add to their programs only organizations that chose to work with their intermediary. */
  async assertCanAddToProgram(actor: Actor, intermediaryId: string, organizationId: string): Promise<void> {
    if (actor.isPlatformAdmin) return;
    this.assertCurator(actor, intermediaryId);
    const rows: unknown[] = await this.dataSource.query('SELECT 1 FROM affiliation WHERE intermediary_id = $1 AND organization_id = $2', [intermediaryId, organizationId]);
    if (rows.length === 0) {
      throw AppError.forbidden('This organization is not affiliated with your intermediary; its admins must add the affiliation first.');
    }
  }

  /** True when the actor curates the organization (affiliation or program) or is a platform admin. */
  async curates(actor: Actor, organizationId: string): Promise<boolean> {
    if (actor.isPlatformAdmin) return true;
    if (!actor.isCurator) return false;
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 WHERE $2::uuid IN ${organizationsCuratedBy('$1::uuid[]')}`, [actor.intermediaryIds, organizationId]);
    return rows.length > 0;
  }

  /** Whether the actor curates the need (may match it by hand, start its runs); `m` reads inside a caller's transaction. */
  async curatesNeed(actor: Actor, needId: string, m: EntityManager = this.dataSource.manager): Promise<boolean> {
    if (actor.isPlatformAdmin) return true;
    if (!actor.isCurator) return false;
    const rows: unknown[] = await m.query(`SELECT 1 FROM need n WHERE n.id = $1 AND ${needCuratedBy('n', '$2::uuid[]')}`, [needId, actor.intermediaryIds]);
    return rows.length > 0;
  }

  /** Of `needIds`, the needs the actor curates, in one query: for nested fields only curators see (a role's shortlist). */
  async curatedNeedIds(actor: Actor, needIds: readonly string[]): Promise<Set<string>> {
    if (actor.isPlatformAdmin) return new Set(needIds);
    if (!actor.isCurator || needIds.length === 0) return new Set();
    const rows = (await this.dataSource.query(`SELECT n.id FROM need n WHERE n.id = ANY($1::uuid[]) AND ${needCuratedBy('n', '$2::uuid[]')}`, [
      needIds,
      actor.intermediaryIds,
    ])) as { id: string }[];
    return new Set(rows.map((r) => r.id));
  }

  /** The actor's parts at an event, or null when they have none (the caller answers NOT_FOUND). */
  async eventPartsOf(actor: Actor, eventId: string, m: EntityManager = this.dataSource.manager): Promise<EventParts | null> {
    const rows: { organizer_id: string; attendee_id: string | null }[] = await m.query(
      `SELECT e.organizer_id, a.id AS attendee_id FROM event e LEFT JOIN event_attendee a ON a.event_id = e.id AND a.user_id = $2 WHERE e.id = $1`,
      [eventId, actor.userId],
    );
    if (rows.length === 0) return null;
    const curator = this.managesEvent(actor, rows[0].organizer_id);
    if (!curator && !rows[0].attendee_id) return null;
    return { organizerId: rows[0].organizer_id, curator, attendeeId: rows[0].attendee_id };
  }

  /** Events the actor organizes (as a curator of the organizer) or attends; platform admins see all. */
  scopeEvents<T extends ObjectLiteral>(actor: Actor, qb: SelectQueryBuilder<T>, alias = qb.alias): SelectQueryBuilder<T> {
    if (actor.isPlatformAdmin) return qb;
    return qb.andWhere(
      `(${alias}.organizer_id = ANY(:actorIntermediaryIds::uuid[]) OR ${alias}.id IN (SELECT ea.event_id FROM event_attendee ea WHERE ea.user_id = :actorUserId))`,
      { actorIntermediaryIds: actor.intermediaryIds, actorUserId: actor.userId },
    );
  }

  /** Whether the actor manages events of this organizer: answered from the actor alone, so a page of events costs no query. */
  managesEvent(actor: Actor, organizerId: string): boolean {
    return actor.isPlatformAdmin || actor.intermediaryIds.includes(organizerId);
  }

  /** Curators of the organizer manage an event's attendees, slots and schedule; attendees learn they may not, others that it is not there. */
  async assertManagesEvent(actor: Actor, eventId: string, m: EntityManager = this.dataSource.manager): Promise<EventParts> {
    const parts = await this.eventPartsOf(actor, eventId, m);
    if (!parts) throw AppError.notFound('Event');
    this.assertCurator(actor, parts.organizerId);
    return parts;
  }

  /**
   * Of `meetingIds`, the event meetings the actor may turn into an offer right now: those with a role
   * (not introductions), whose need is still matchable with a free seat and whose pair is neither matched nor refused,
   * where the actor curates the need (the manual-match rule) or hosted the meeting for their own
   * nonprofit. The offer itself still goes through the matches' hand-pairing path and its checks.
   */
  async offerableEventMeetingIds(actor: Actor, meetingIds: readonly string[], m: EntityManager = this.dataSource.manager): Promise<Set<string>> {
    if (meetingIds.length === 0) return new Set();
    const rows = (await m.query(
      `SELECT em.id FROM event_meeting em
         JOIN event_attendee h ON h.id = em.host_attendee_id JOIN event_attendee g ON g.id = em.guest_attendee_id
         JOIN need_role r ON r.id = em.role_id JOIN need n ON n.id = r.need_id
         LEFT JOIN volunteer_profile vp ON vp.user_id = g.user_id AND g.side = 'COMPANY_EMPLOYEE' AND r.kind = 'VOLUNTEER'
         LEFT JOIN mentor_profile mp ON mp.user_id = g.user_id AND g.side = 'MENTOR' AND r.kind = 'MENTOR'
        WHERE em.id = ANY($1::uuid[]) AND n.status IN ('OPEN', 'STAFFED', 'IN_PROGRESS') AND r.seats_filled < r.seats AND COALESCE(vp.id, mp.id) IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM match x WHERE x.role_id = r.id AND x.candidate_id = COALESCE(vp.id, mp.id)
                          AND x.status IN ('PROPOSED', 'OFFERED', 'CONFIRMED', 'ACTIVE', 'DECLINED', 'REJECTED'))
          AND ($2 OR ${needCuratedBy('n', '$3::uuid[]')} OR (h.side = 'NONPROFIT' AND h.user_id = $5 AND h.organization_id = n.nonprofit_id AND n.nonprofit_id = ANY($4::uuid[])))`,
      [meetingIds, actor.isPlatformAdmin, actor.intermediaryIds, actor.organizationIds(OrganizationKind.NONPROFIT), actor.userId],
    )) as { id: string }[];
    return new Set(rows.map((r) => r.id));
  }

  /** Whether the actor hosted the event meeting for the nonprofit whose role it was scheduled for: they may offer that role to the guest they met. */
  async hostedEventMeetingFor(actor: Actor, meetingId: string, roleId: string, m: EntityManager = this.dataSource.manager): Promise<boolean> {
    const rows: unknown[] = await m.query(
      `SELECT 1 FROM event_meeting em JOIN event_attendee h ON h.id = em.host_attendee_id JOIN need_role r ON r.id = em.role_id JOIN need n ON n.id = r.need_id
        WHERE em.id = $1 AND em.role_id = $2 AND h.side = 'NONPROFIT' AND h.user_id = $3 AND h.organization_id = n.nonprofit_id AND n.nonprofit_id = ANY($4::uuid[])`,
      [meetingId, roleId, actor.userId, actor.organizationIds(OrganizationKind.NONPROFIT)],
    );
    return rows.length > 0;
  }

  /** The parts the actor plays on each match, in one query: curator of its need (platform admins too), the nonprofit, the candidate. */
  async matchPartsOf(actor: Actor, matchIds: readonly string[], m: EntityManager = this.dataSource.manager): Promise<Map<string, MatchParts>> {
    const rows = (await m.query(
      `SELECT mt.id, ${needCuratedBy('n', '$2::uuid[]')} AS curator, n.nonprofit_id = ANY($3::uuid[]) AS nonprofit,
              (mt.candidate_id = ANY($4::uuid[]) OR fo.funder_id = ANY($5::uuid[])) AS candidate,
              COALESCE(vp.employer_id = ANY($6::uuid[]), FALSE) AS employer
         FROM match mt JOIN need n ON n.id = mt.need_id LEFT JOIN funding_offer fo ON fo.id = mt.funding_offer_id
         LEFT JOIN volunteer_profile vp ON vp.id = mt.volunteer_profile_id
        WHERE mt.id = ANY($1::uuid[])`,
      [matchIds, actor.intermediaryIds, actor.organizationIds(), actor.profileIds, actor.organizationIds(OrganizationKind.FUNDER), companyAdminOrgIds(actor)],
    )) as ({ id: string } & MatchParts)[];
    return new Map(rows.map((r) => [r.id, { curator: actor.isPlatformAdmin || r.curator, nonprofit: r.nonprofit, candidate: r.candidate, employer: r.employer }]));
  }

  /**
   * The needs whose proposals waiting for a curator the actor may know about: the need's nonprofit
   * (who cannot see the proposals themselves yet) and its curators.
   */
  async curationQueueVisibleNeedIds(actor: Actor, needIds: readonly string[]): Promise<Set<string>> {
    if (needIds.length === 0) return new Set();
    if (actor.isPlatformAdmin) return new Set(needIds);
    const rows = (await this.dataSource.query(
      `SELECT n.id FROM need n WHERE n.id = ANY($1::uuid[]) AND (n.nonprofit_id = ANY($2::uuid[]) OR ${needCuratedBy('n', '$3::uuid[]')})`,
      [needIds, actor.organizationIds(OrganizationKind.NONPROFIT), actor.intermediaryIds],
    )) as { id: string }[];
    return new Set(rows.map((r) => r.id));
  }

  /**
   * The parts the actor plays in a match's message thread, or NOT_FOUND when they may not read it (a
   * match they cannot see, or one they only see as something else). `m` reads in the caller's transaction.
   */
  async threadPartsOf(actor: Actor, matchId: string, m: EntityManager = this.dataSource.manager): Promise<MatchParts & { status: string }> {
    const qb = m.createQueryBuilder().select(['mt.id AS id', 'mt.status AS status']).from('match', 'mt').where('mt.id = :matchId', { matchId });
    this.scopeMatches(actor, qb, 'mt');
    const row = (await qb.getRawOne()) as { id: string; status: string } | undefined;
    const parts = row && (await this.matchPartsOf(actor, [matchId], m)).get(matchId);
    if (!row || !parts || !(parts.curator || parts.nonprofit || parts.candidate)) throw AppError.notFound('Match');
    return { ...parts, status: row.status };
  }

  /**
   * The people who follow a match's thread: the nonprofit's members and the candidate side once
   * offered, and curators of the match who have opened the thread (and may still read it).
   */
  async threadFollowers(matchId: string, m: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows = (await m.query(
      `SELECT u.user_id FROM match mt JOIN need n ON n.id = mt.need_id
         LEFT JOIN volunteer_profile vp ON vp.id = mt.volunteer_profile_id LEFT JOIN mentor_profile mp ON mp.id = mt.mentor_profile_id
         LEFT JOIN funding_offer fo ON fo.id = mt.funding_offer_id
         CROSS JOIN LATERAL (
           SELECT mb.user_id FROM membership mb WHERE mb.organization_id = n.nonprofit_id AND mt.offered_at IS NOT NULL
           UNION SELECT vp.user_id WHERE vp.user_id IS NOT NULL AND mt.offered_at IS NOT NULL
           UNION SELECT mp.user_id WHERE mp.user_id IS NOT NULL AND mt.offered_at IS NOT NULL
           UNION SELECT mb.user_id FROM membership mb WHERE mb.organization_id = fo.funder_id AND mt.offered_at IS NOT NULL
           UNION SELECT mr.user_id FROM message_read mr
                  WHERE mr.match_id = mt.id AND mr.user_id = ANY(${curatorUsersOfNeed('n')})) u
        WHERE mt.id = $1`,
      [matchId],
    )) as { user_id: string }[];
    return rows.map((r) => r.user_id);
  }

  /** Matches whose thread the actor follows (see `threadFollowers`), for their unread count. */
  scopeFollowedThreads<T extends ObjectLiteral>(actor: Actor, qb: SelectQueryBuilder<T>, alias = qb.alias): SelectQueryBuilder<T> {
    return qb.andWhere(
      `((${alias}.offered_at IS NOT NULL AND (
          ${alias}.need_id IN (SELECT n.id FROM need n WHERE n.nonprofit_id = ANY(:actorOrgIds::uuid[]))
          OR ${alias}.candidate_id = ANY(:actorProfileIds::uuid[])
          OR ${alias}.funding_offer_id IN (SELECT f.id FROM funding_offer f WHERE f.funder_id = ANY(:actorFunderIds::uuid[]))))
        OR (${alias}.need_id IN ${needsCuratedBy(':actorIntermediaryIds::uuid[]')}
          AND EXISTS (SELECT 1 FROM message_read mr WHERE mr.match_id = ${alias}.id AND mr.user_id = :actorUserId)))`,
      this.params(actor),
    );
  }

  /** Nonprofit members and the nonprofit's curators may change its needs. */
  async assertCanManageNeedsOf(actor: Actor, nonprofitId: string): Promise<void> {
    if (actor.isMemberOf(nonprofitId) || (await this.curates(actor, nonprofitId))) return;
    throw AppError.forbidden('Only members of this nonprofit or its curators can change its needs.');
  }

  scopeNeeds<T extends ObjectLiteral>(actor: Actor, qb: SelectQueryBuilder<T>, alias = qb.alias): SelectQueryBuilder<T> {
    if (actor.isPlatformAdmin) return qb;
    return qb.andWhere(`(${alias}.status <> 'DRAFT' OR ${alias}.nonprofit_id = ANY(:actorOrgIds) OR ${needCuratedBy(alias, ':actorIntermediaryIds::uuid[]')})`, this.params(actor));
  }

  /** Interests: their author, the need's curators and its nonprofit's members. */
  scopeInterests<T extends ObjectLiteral>(actor: Actor, qb: SelectQueryBuilder<T>, alias = qb.alias): SelectQueryBuilder<T> {
    if (actor.isPlatformAdmin) return qb;
    return qb.andWhere(
      `(${alias}.user_id = :actorUserId OR ${alias}.need_id IN (SELECT n.id FROM need n WHERE n.nonprofit_id = ANY(:actorOrgIds::uuid[]))
        OR ${alias}.need_id IN ${needsCuratedBy(':actorIntermediaryIds::uuid[]')})`,
      this.params(actor),
    );
  }

  /** Curators of the need and its nonprofit's members answer an interest (decline it); only curators make it an offer (pairByHand). */
  async assertCanAnswerInterest(actor: Actor, need: { id: string; nonprofitId: string }, m: EntityManager = this.dataSource.manager): Promise<void> {
    if (actor.isMemberOf(need.nonprofitId) || (await this.curatesNeed(actor, need.id, m))) return;
    throw AppError.forbidden('Only curators of this need or members of its nonprofit can answer this interest.');
  }

  scopeMatches<T extends ObjectLiteral>(actor: Actor, qb: SelectQueryBuilder<T>, alias = qb.alias): SelectQueryBuilder<T> {
    if (actor.isPlatformAdmin) return qb;
    return qb.andWhere(
      `(${alias}.need_id IN ${needsCuratedBy(':actorIntermediaryIds::uuid[]')}
        OR (${alias}.offered_at IS NOT NULL AND (
          ${alias}.need_id IN (SELECT n.id FROM need n WHERE n.nonprofit_id = ANY(:actorOrgIds))
          OR ${alias}.candidate_id = ANY(:actorProfileIds::uuid[])
          OR ${alias}.funding_offer_id IN (SELECT f.id FROM funding_offer f WHERE f.funder_id = ANY(:actorFunderIds))))
        OR ${alias}.proposed_by_intermediary_id = ANY(:actorIntermediaryIds::uuid[])
        OR (${alias}.status IN ${EMPLOYER_SEES} AND ${EMPLOYEE_MATCHES(alias)}))`,
      this.params(actor),
    );
  }

  /**
   * The actor's intermediaries that are members of the network; NOT_FOUND for anyone else (platform admins
   * see every network, acting for no member), so a network's shared needs and joint impact do not leak.
   */
  async networkMemberIds(actor: Actor, networkId: string, m: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows = (await m.query(
      `SELECT n.id, ARRAY(SELECT unnest($2::uuid[]) INTERSECT SELECT organization_id FROM network_member WHERE network_id = n.id) AS mine FROM network n WHERE n.id = $1`,
      [networkId, actor.intermediaryIds],
    )) as { id: string; mine: string[] }[];
    if (rows.length === 0 || (rows[0].mine.length === 0 && !actor.isPlatformAdmin)) throw AppError.notFound('Network');
    return rows[0].mine;
  }

  /** The networks the actor's intermediaries belong to, by id; for the navigation and the share control. */
  async myNetworkIds(actor: Actor): Promise<string[]> {
    if (!actor.isCurator) return [];
    const rows = (await this.dataSource.query(`SELECT id FROM network WHERE id IN ${networksOf('$1::uuid[]')} ORDER BY name, id`, [actor.intermediaryIds])) as { id: string }[];
    return rows.map((r) => r.id);
  }

  /**
   * The intermediary a curator shares a need or program for: one of theirs, a member of the network, that
   * curates the need (runs the program). NOT_FOUND when they are not in the network, FORBIDDEN when they
   * are but do not curate what they share.
   */
  async sharingIntermediary(actor: Actor, networkId: string, what: { needId: string } | { programId: string }, m: EntityManager = this.dataSource.manager): Promise<string> {
    const members = await this.networkMemberIds(actor, networkId, m);
    const rows = (await ('needId' in what
      ? m.query(`SELECT i AS id FROM unnest($2::uuid[]) i WHERE EXISTS (SELECT 1 FROM need n WHERE n.id = $1 AND ${needCuratedBy('n', 'ARRAY[i]')}) ORDER BY i LIMIT 1`, [
          what.needId,
          members,
        ])
      : m.query(`SELECT i AS id FROM unnest($2::uuid[]) i WHERE $1::uuid IN ${programsRunBy('ARRAY[i]')} ORDER BY i LIMIT 1`, [what.programId, members]))) as { id: string }[];
    if (rows.length === 0) throw AppError.forbidden(`Only curators of this ${'needId' in what ? 'need' : 'program'} in the network can share it.`);
    return rows[0].id;
  }

  /**
   * The actor's intermediary that proposes a candidate for a need shared with one of its networks; null when
   * the need is not shared with them. A curator of the need itself pairs by hand instead, so it gets null too.
   */
  async partnerIntermediaryFor(actor: Actor, needId: string, m: EntityManager = this.dataSource.manager): Promise<string | null> {
    if (!actor.isCurator || (await this.curatesNeed(actor, needId, m))) return null;
    const rows = (await m.query(
      `SELECT nm.organization_id AS id FROM ${sharedNeedsIn(networksOf('$2::uuid[]'))} sh
         JOIN network_member nm ON nm.network_id = sh.network_id AND nm.organization_id = ANY($2::uuid[])
        WHERE sh.need_id = $1 ORDER BY nm.organization_id LIMIT 1`,
      [needId, actor.intermediaryIds],
    )) as { id: string }[];
    return rows[0]?.id ?? null;
  }

  /** Of `needIds`, for each need the networks of the actor it is shared with (directly or through its program). */
  async needNetworkShares(actor: Actor, needIds: readonly string[]): Promise<Map<string, string[]>> {
    if (!actor.isCurator || needIds.length === 0) return new Map();
    const rows = (await this.dataSource.query(
      `SELECT sh.need_id, array_agg(DISTINCT sh.network_id) AS networks FROM ${sharedNeedsIn(networksOf('$2::uuid[]'))} sh WHERE sh.need_id = ANY($1::uuid[]) GROUP BY sh.need_id`,
      [needIds, actor.intermediaryIds],
    )) as { need_id: string; networks: string[] }[];
    return new Map(rows.map((r) => [r.need_id, r.networks]));
  }

  /** Of `programIds`, for each program the networks of the actor it is shared with. */
  async programNetworkShares(actor: Actor, programIds: readonly string[]): Promise<Map<string, string[]>> {
    if (!actor.isCurator || programIds.length === 0) return new Map();
    const rows = (await this.dataSource.query(
      `SELECT ps.program_id, array_agg(ps.network_id) AS networks FROM program_share ps
        WHERE ps.program_id = ANY($1::uuid[]) AND ps.network_id IN ${networksOf('$2::uuid[]')} GROUP BY ps.program_id`,
      [programIds, actor.intermediaryIds],
    )) as { program_id: string; networks: string[] }[];
    return new Map(rows.map((r) => [r.program_id, r.networks]));
  }

  /** The needs shared into a network, newest share first: call after networkMemberIds has admitted the actor. */
  sharedNeedsOf(networkId: string, limit: number): Promise<SharedNeedRow[]> {
    return this.dataSource.query(
      `SELECT * FROM (
         SELECT DISTINCT ON (sh.need_id) sh.need_id, sh.network_id, sh.intermediary_id, sh.program_id, sh.shared_at, u.name AS shared_by_name
           FROM ${sharedNeedsIn('($1::uuid)')} sh JOIN need n ON n.id = sh.need_id LEFT JOIN user_account u ON u.id = sh.shared_by
          WHERE n.status IN ('OPEN', 'STAFFED', 'IN_PROGRESS')
          ORDER BY sh.need_id, sh.shared_at DESC) newest
        ORDER BY shared_at DESC, need_id LIMIT $2`,
      [networkId, limit],
    );
  }

  /** Volunteer or mentor profiles, by the table the query reads. */
  scopeProfiles<T extends ObjectLiteral>(actor: Actor, qb: SelectQueryBuilder<T>, table: ProfileTable, alias = qb.alias): SelectQueryBuilder<T> {
    if (actor.isPlatformAdmin) return qb;
    const affiliated = actor.isCurator ? ` OR ${alias}.user_id IN ${usersAffiliatedWith(':actorIntermediaryIds::uuid[]')}` : '';
    const employer = table === 'volunteer_profile' ? ` OR ${alias}.id IN ${EMPLOYEES_ON_AGREED_MATCHES}` : '';
    return qb.andWhere(
      `(${alias}.user_id = :actorUserId OR ${alias}.id IN (SELECT m.${MATCH_COLUMN[table]} FROM match m JOIN need n ON n.id = m.need_id
          WHERE m.offered_at IS NOT NULL AND n.nonprofit_id = ANY(:actorOrgIds::uuid[]))${affiliated}${employer}
        OR ${alias}.id IN ${INTERESTED_PROFILES})`,
      this.params(actor),
    );
  }

  scopeFundingOffers<T extends ObjectLiteral>(actor: Actor, qb: SelectQueryBuilder<T>, alias = qb.alias): SelectQueryBuilder<T> {
    if (actor.isPlatformAdmin) return qb;
    const curated = actor.isCurator ? ` OR ${alias}.id IN ${fundingOffersVisibleTo(':actorIntermediaryIds::uuid[]')}` : '';
    return qb.andWhere(
      `(${alias}.funder_id = ANY(:actorOrgIds::uuid[]) OR ${alias}.id IN (SELECT m.funding_offer_id FROM match m JOIN need n ON n.id = m.need_id
          WHERE m.offered_at IS NOT NULL AND n.nonprofit_id = ANY(:actorOrgIds::uuid[]))${curated})`,
      this.params(actor),
    );
  }

  /** Of these profile ids, those the actor may see: what `volunteerProfile(id)` / `mentorProfile(id)` would answer, for nested fields. */
  async visibleProfileIds(actor: Actor, table: ProfileTable, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const qb = this.dataSource
      .createQueryBuilder()
      .select('p.id', 'id')
      .from(table, 'p')
      .where('p.id = ANY(:ids::uuid[])', { ids: [...ids] });
    this.scopeProfiles(actor, qb, table, 'p');
    return new Set(((await qb.getRawMany()) as { id: string }[]).map((r) => r.id));
  }

  /** Of these funding offer ids, those the actor may see: what `fundingOffer(id)` would answer. */
  async visibleFundingOfferIds(actor: Actor, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const qb = this.dataSource
      .createQueryBuilder()
      .select('f.id', 'id')
      .from('funding_offer', 'f')
      .where('f.id = ANY(:ids::uuid[])', { ids: [...ids] });
    this.scopeFundingOffers(actor, qb, 'f');
    return new Set(((await qb.getRawMany()) as { id: string }[]).map((r) => r.id));
  }

  /** Of these funding offer ids, those whose budget the actor may see: the funder's members and the funder's own curators. */
  async budgetVisibleOfferIds(actor: Actor, ids: readonly string[]): Promise<Set<string>> {
    if (actor.isPlatformAdmin) return new Set(ids);
    if (ids.length === 0) return new Set();
    const rows = (await this.dataSource.query(
      `SELECT f.id FROM funding_offer f WHERE f.id = ANY($1::uuid[]) AND (f.funder_id = ANY($2::uuid[]) OR f.funder_id IN ${organizationsCuratedBy('$3::uuid[]')})`,
      [ids, actor.organizationIds(), actor.intermediaryIds],
    )) as { id: string }[];
    return new Set(rows.map((r) => r.id));
  }

  /** Of these user ids, those whose email the actor may read: themself, admins of the person's organizations, the other side of an agreed match. */
  async emailVisibleUserIds(actor: Actor, userIds: readonly string[]): Promise<Set<string>> {
    if (actor.isPlatformAdmin) return new Set(userIds);
    if (userIds.length === 0) return new Set();
    const adminOf = adminOrgIds(actor);
    const rows = (await this.dataSource.query(
      `WITH agreed AS (
         SELECT n.nonprofit_id, mt.candidate_id, fo.funder_id
           FROM match mt JOIN need n ON n.id = mt.need_id LEFT JOIN funding_offer fo ON fo.id = mt.funding_offer_id
          WHERE mt.status IN ${AGREED})
       SELECT u.id FROM user_account u WHERE u.id = ANY($1::uuid[]) AND (
         u.id = $2
         OR EXISTS (SELECT 1 FROM membership mb WHERE mb.user_id = u.id AND mb.organization_id = ANY($3::uuid[]))
         OR EXISTS (SELECT 1 FROM agreed a WHERE a.nonprofit_id = ANY($4::uuid[]) AND (
              u.id IN (SELECT vp.user_id FROM volunteer_profile vp WHERE vp.id = a.candidate_id UNION SELECT mp.user_id FROM mentor_profile mp WHERE mp.id = a.candidate_id)
              OR u.id IN (SELECT mb.user_id FROM membership mb WHERE mb.organization_id = a.funder_id)))
         OR EXISTS (SELECT 1 FROM agreed a WHERE (a.candidate_id = ANY($5::uuid[]) OR a.funder_id = ANY($4::uuid[]))
              AND u.id IN (SELECT mb.user_id FROM membership mb WHERE mb.organization_id = a.nonprofit_id)))`,
      [userIds, actor.userId, adminOf, actor.organizationIds(), actor.profileIds],
    )) as { id: string }[];
    return new Set(rows.map((r) => r.id));
  }

  /** For nested fields: whether the actor may see `id`, batched per request over the `*Visible*` rules above. */
  async isVisible(actor: Actor, loaders: Loaders, what: Visibility, id: string): Promise<boolean> {
    const loader = loaders.custom<string, boolean>(`visible:${what}`, async (ids) => {
      const visible = await this.visibleOf(actor, what, ids);
      return ids.map((x) => visible.has(x));
    });
    return loader.load(id);
  }

  /** The same answer for one id outside a GraphQL request (mutations checking what they were given). */
  async isVisibleNow(actor: Actor, what: Visibility, id: string): Promise<boolean> {
    return (await this.visibleOf(actor, what, [id])).has(id);
  }

  private visibleOf(actor: Actor, what: Visibility, ids: readonly string[]): Promise<Set<string>> {
    switch (what) {
      case 'volunteer_profile':
      case 'mentor_profile':
        return this.visibleProfileIds(actor, what, ids);
      case 'funding_offer':
        return this.visibleFundingOfferIds(actor, ids);
      case 'email':
        return this.emailVisibleUserIds(actor, ids);
      case 'budget':
        return this.budgetVisibleOfferIds(actor, ids);
    }
  }

  /** A membership is seen by the members of its organization, the member themself (before the token knows it) and platform admins. */
  canSeeMembership(actor: Actor, membership: { organizationId: string; userId?: string }): boolean {
    return actor.isPlatformAdmin || actor.isMemberOf(membership.organizationId) || membership.userId === actor.userId;
  }

  scopePrograms<T extends ObjectLiteral>(actor: Actor, qb: SelectQueryBuilder<T>, alias = qb.alias): SelectQueryBuilder<T> {
    if (actor.isPlatformAdmin) return qb;
    return qb.andWhere(
      `(${alias}.intermediary_id = ANY(:actorOrgIds) OR ${alias}.id IN (SELECT pp.program_id FROM program_participant pp WHERE pp.organization_id = ANY(:actorOrgIds)))`,
      this.params(actor),
    );
  }

  scopeAffiliations<T extends ObjectLiteral>(actor: Actor, qb: SelectQueryBuilder<T>, alias = qb.alias): SelectQueryBuilder<T> {
    if (actor.isPlatformAdmin) return qb;
    return qb.andWhere(`(${alias}.intermediary_id = ANY(:actorOrgIds) OR ${alias}.organization_id = ANY(:actorOrgIds))`, this.params(actor));
  }

  scopeMatchingRuns<T extends ObjectLiteral>(actor: Actor, qb: SelectQueryBuilder<T>, alias = qb.alias): SelectQueryBuilder<T> {
    if (actor.isPlatformAdmin) return qb;
    return qb.andWhere(
      `(${alias}.requested_by_id = :actorUserId
        OR (${alias}.scope = 'INTERMEDIARY' AND ${alias}.scope_id = ANY(:actorIntermediaryIds::uuid[]))
        OR (${alias}.scope = 'PROGRAM' AND ${alias}.scope_id IN ${programsRunBy(':actorIntermediaryIds::uuid[]')})
        OR (${alias}.scope = 'NEED' AND ${alias}.scope_id IN ${needsCuratedBy(':actorIntermediaryIds::uuid[]')}))`,
      this.params(actor),
    );
  }

  /**
   * Narrows matches to those where the actor is on one of `sides`: CURATOR of the need (platform
   * admins curate every need), the NONPROFIT or the CANDIDATE (their profile, their funder's offer),
   * the last two only once offered, as each side sees the match only then. Add it to scopeMatches.
   */
  filterMatchSides<T extends ObjectLiteral>(actor: Actor, qb: SelectQueryBuilder<T>, sides: readonly MatchSide[], alias = qb.alias): SelectQueryBuilder<T> {
    const wanted = new Set(sides);
    const any: string[] = [];
    if (wanted.has(MatchSide.CURATOR)) any.push(actor.isPlatformAdmin ? 'TRUE' : `${alias}.need_id IN ${needsCuratedBy(':actorIntermediaryIds::uuid[]')}`);
    if (wanted.has(MatchSide.NONPROFIT)) {
      any.push(`(${alias}.offered_at IS NOT NULL AND ${alias}.need_id IN (SELECT n.id FROM need n WHERE n.nonprofit_id = ANY(:actorOrgIds::uuid[])))`);
    }
    if (wanted.has(MatchSide.CANDIDATE)) {
      any.push(`(${alias}.offered_at IS NOT NULL AND (${alias}.candidate_id = ANY(:actorProfileIds::uuid[])
        OR ${alias}.funding_offer_id IN (SELECT f.id FROM funding_offer f WHERE f.funder_id = ANY(:actorFunderIds::uuid[]))))`);
    }
    if (wanted.has(MatchSide.EMPLOYER)) any.push(`(${alias}.status IN ${EMPLOYER_SEES} AND ${EMPLOYEE_MATCHES(alias)})`);
    return qb.andWhere(any.length ? `(${any.join(' OR ')})` : 'FALSE', this.params(actor));
  }

  /** Narrows matches to needs the intermediary curates (its programs, the nonprofits it curates); what the actor may see stays scopeMatches'. */
  filterMatchesCuratedBy<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, intermediaryId: string, alias = qb.alias): SelectQueryBuilder<T> {
    return qb.andWhere(`${alias}.need_id IN ${needsCuratedBy(oneId(':filterIntermediaryId'))}`, { filterIntermediaryId: intermediaryId });
  }

  /** The intermediaries the actor curates for that are members of the network: those they may draft, sign and commit for. */
  async networkCuratorshipOf(actor: Actor, networkId: string, m: EntityManager = this.dataSource.manager): Promise<string[]> {
    return (await this.networkCuratorships(actor, [networkId], m)).get(networkId) ?? [];
  }

  /** The same for many networks in one query: for nested fields. */
  async networkCuratorships(actor: Actor, networkIds: readonly string[], m: EntityManager = this.dataSource.manager): Promise<Map<string, string[]>> {
    const byNetwork = new Map<string, string[]>(networkIds.map((id) => [id, []]));
    if (!actor.isCurator || networkIds.length === 0) return byNetwork;
    const rows = (await m.query(
      `SELECT network_id, organization_id FROM network_member WHERE network_id = ANY($1::uuid[]) AND organization_id = ANY($2::uuid[]) ORDER BY organization_id`,
      [networkIds, actor.intermediaryIds],
    )) as { network_id: string; organization_id: string }[];
    for (const row of rows) byNetwork.get(row.network_id)?.push(row.organization_id);
    return byNetwork;
  }

  /** The intermediary the actor drafts for in the network: the one named, or their only member intermediary there. */
  async assertNetworkCurator(actor: Actor, networkId: string, organizationId: string | undefined, m: EntityManager = this.dataSource.manager): Promise<string> {
    const curatorFor = await this.networkCuratorshipOf(actor, networkId, m);
    if (organizationId) {
      if (!curatorFor.includes(organizationId)) throw AppError.forbidden('Only curators of a member intermediary of this network can do this.');
      return organizationId;
    }
    if (curatorFor.length === 0) throw AppError.forbidden('Only curators of a member intermediary of this network can do this.');
    if (curatorFor.length > 1) {
      throw AppError.badInput('You curate several intermediaries of this network: say which one drafts.', [{ field: 'organizationId', message: 'organizationId is required' }]);
    }
    return curatorFor[0];
  }

  /** The actor's parts for a statement, or null when it is absent or a draft they may not read (the caller answers NOT_FOUND). */
  async statementPartsOf(actor: Actor, statementId: string, m: EntityManager = this.dataSource.manager): Promise<StatementParts | null> {
    const rows = (await m.query(`SELECT network_id, status, drafted_by_organization_id FROM network_statement WHERE id = $1`, [statementId])) as {
      network_id: string;
      status: string;
      drafted_by_organization_id: string;
    }[];
    if (rows.length === 0) return null;
    const curatorFor = await this.networkCuratorshipOf(actor, rows[0].network_id, m);
    if (rows[0].status === 'DRAFT' && curatorFor.length === 0 && !actor.isPlatformAdmin) return null;
    return { networkId: rows[0].network_id, status: rows[0].status, draftedByOrganizationId: rows[0].drafted_by_organization_id, curatorFor };
  }

  /** Publishing and withdrawing speak for the whole network: only the drafting intermediary's curators do it. */
  assertStatementPenHolder(parts: StatementParts): void {
    if (!parts.curatorFor.includes(parts.draftedByOrganizationId)) throw AppError.forbidden('Only curators of the intermediary that drafted this statement can do this.');
  }

  /** Signing and committing are acts of one member intermediary, by its own curators. */
  assertActsForMember(parts: StatementParts, organizationId: string): void {
    if (!parts.curatorFor.includes(organizationId)) throw AppError.forbidden('Only curators of a member intermediary of this network can act for it.');
  }

  /** Network statements: drafts only for curators of the network's members; published and withdrawn ones for everyone signed in. */
  scopeNetworkStatements<T extends ObjectLiteral>(actor: Actor, qb: SelectQueryBuilder<T>, alias = qb.alias): SelectQueryBuilder<T> {
    if (actor.isPlatformAdmin) return qb;
    return qb.andWhere(
      `(${alias}.status <> 'DRAFT' OR ${alias}.network_id IN (SELECT nm.network_id FROM network_member nm WHERE nm.organization_id = ANY(:actorIntermediaryIds::uuid[])))`,
      this.params(actor),
    );
  }

  /** Runs `qb` within the scope and returns the one row, or NOT_FOUND when it is absent or out of scope. */
  async findOneInScope<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, what: string): Promise<T> {
    const row = await qb.getOne();
    if (!row) throw AppError.notFound(what);
    return row;
  }
}
