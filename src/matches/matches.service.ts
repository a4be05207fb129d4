import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { AccessService } from '../common/access/access.service';
import { Actor } from '../common/access/actor';
import { Transaction, UnitOfWork } from '../common/database/unit-of-work';
import { AppError, ErrorCode } from '../common/errors/app-error';
import { toAppError } from '../common/errors/format-error';
import { NEWEST_FIRST, Page, paginate, SortKey } from '../common/pagination/pagination';
import { escapeLike } from '../common/pagination/search';
import { NeedStatus } from '../needs/need.entity';
import { NeedRoleEntity, RoleKind } from '../needs/need-role.entity';
import { MATCHABLE_NEED_STATUSES } from '../needs/need-status';
import { CurationWaitDto } from './dtos/curation-wait.dto';
import { CreateManualMatchInput, MatchesArgs, MatchOrder, ProposalDecisionInput, ProposalDecisionResult } from './dtos/match.inputs';
import { DeclineReason, MatchEntity, MatchStatus, OPEN_MATCH_STATUSES } from './match.entity';
import { MatchLifecycleService } from './match-lifecycle.service';
import { checkTransition, MatchAction, TransitionAction } from './match-transitions';
import { ManualScore, matchConflict, MatchWriter } from './match-writer';
import { matchRolesOf } from './matches.access';

export type CandidateColumn = 'volunteerProfileId' | 'mentorProfileId' | 'fundingOfferId';

export interface HandPairing {
  roleId: string;
  candidate: { column: CandidateColumn; id: string };
  reason: string;
  /** The candidate asked for this role first (their interest); the match's reason says so. */
  fromInterest?: boolean;
  /** The engine's view of the pair, when the curator picked it from a role's shortlist. */
  scored?: ManualScore;
  /** The event meeting the pair met at: its nonprofit host may then offer the role too, to the person met. */
  eventMeetingId?: string;
}

interface ActInput {
  version?: number;
  reason?: string | null;
  declineReason?: DeclineReason;
}

const CANDIDATE_TABLES: Record<
  RoleKind,
  { table: 'volunteer_profile' | 'mentor_profile' | 'funding_offer'; column: 'volunteerProfileId' | 'mentorProfileId' | 'fundingOfferId'; what: string }
> = {
  [RoleKind.VOLUNTEER]: { table: 'volunteer_profile', column: 'volunteerProfileId', what: 'Volunteer profile' },
  [RoleKind.MENTOR]: { table: 'mentor_profile', column: 'mentorProfileId', what: 'Mentor profile' },
  [RoleKind.FUNDING]: { table: 'funding_offer', column: 'fundingOfferId', what: 'Funding offer' },
};

const MATCH_ORDERS: Record<MatchOrder, SortKey> = {
  [MatchOrder.NEWEST]: NEWEST_FIRST,
  [MatchOrder.SCORE]: { name: 'score', expression: '{a}.score', type: 'number', direction: 'DESC' },
  [MatchOrder.DEADLINE]: { name: 'deadline', expression: '{a}.expires_at', type: 'timestamp', direction: 'ASC', nullsAs: 'infinity' },
};

/** People acting on matches: who may see and do what (AccessService + matches.access), then the lifecycle. */
@Injectable()
export class MatchesService {
  private readonly logger = new Logger(MatchesService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly lifecycle: MatchLifecycleService,
    private readonly writer: MatchWriter,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  /** For each role, its proposals still with the curator (count and oldest), where the actor may know of them. */
  async awaitingCuration(actor: Actor, roles: readonly { id: string; needId: string }[]): Promise<(CurationWaitDto | null)[]> {
    const visible = await this.access.curationQueueVisibleNeedIds(actor, [...new Set(roles.map((r) => r.needId))]);
    const roleIds = roles.filter((r) => visible.has(r.needId)).map((r) => r.id);
    if (roleIds.length === 0) return roles.map(() => null);
    const rows = (await this.dataSource.query(
      `SELECT role_id, count(*)::int AS count, min(created_at) AS since FROM match WHERE role_id = ANY($1::uuid[]) AND status = $2 GROUP BY role_id`,
      [roleIds, MatchStatus.PROPOSED],
    )) as { role_id: string; count: number; since: Date }[];
    const byRole = new Map(rows.map((r) => [r.role_id, { count: r.count, since: r.since }]));
    return roles.map((r) => (visible.has(r.needId) ? (byRole.get(r.id) ?? null) : null));
  }

  get(actor: Actor, id: string): Promise<MatchEntity> {
    return this.loadInScope(this.dataSource.manager, actor, id);
  }

  /** The one list of matches: what scopeMatches lets the actor see, narrowed by the filter, in the order asked. */
  list(actor: Actor, { filter, orderBy, ...page }: MatchesArgs): Promise<Page<MatchEntity>> {
    const qb = this.dataSource.getRepository(MatchEntity).createQueryBuilder('m');
    this.access.scopeMatches(actor, qb);
    if (filter?.sides) this.access.filterMatchSides(actor, qb, filter.sides);
    if (filter?.intermediaryId) this.access.filterMatchesCuratedBy(qb, filter.intermediaryId);
    if (filter?.needId) qb.andWhere('m.need_id = :needId', { needId: filter.needId });
    if (filter?.roleId) qb.andWhere('m.role_id = :roleId', { roleId: filter.roleId });
    if (filter?.programId) qb.andWhere('m.need_id IN (SELECT id FROM need WHERE program_id = :programId)', { programId: filter.programId });
    if (filter?.statuses?.length) qb.andWhere('m.status = ANY(:statuses::match_status[])', { statuses: filter.statuses });
    if (filter?.candidateKind) qb.andWhere('m.candidate_kind = :candidateKind', { candidateKind: filter.candidateKind });
    if (filter?.focusArea) qb.andWhere('m.need_id IN (SELECT id FROM need WHERE focus_area = :focusArea)', { focusArea: filter.focusArea });
    if (filter?.country) qb.andWhere('m.need_id IN (SELECT id FROM need WHERE country = :country)', { country: filter.country });
    const search = filter?.search?.trim();
    if (search) {
      qb.andWhere(
        `(m.need_id IN (SELECT id FROM need WHERE title ILIKE :search)
          OR m.volunteer_profile_id IN (SELECT vp.id FROM volunteer_profile vp JOIN user_account u ON u.id = vp.user_id WHERE u.name ILIKE :search)
          OR m.mentor_profile_id IN (SELECT mp.id FROM mentor_profile mp JOIN user_account u ON u.id = mp.user_id WHERE u.name ILIKE :search)
          OR m.funding_offer_id IN (SELECT fo.id FROM funding_offer fo JOIN organization o ON o.id = fo.funder_id WHERE fo.title ILIKE :search OR o.name ILIKE :search))`,
        { search: `%${escapeLike(search)}%` },
      );
    }
    return paginate(qb, page, MATCH_ORDERS[orderBy ?? MatchOrder.NEWEST]);
  }

  accept(actor: Actor, id: string, version: number) {
    return this.act(actor, id, MatchAction.ACCEPT, { version });
  }

  decline(actor: Actor, id: string, version: number, declineReason: DeclineReason, note?: string | null) {
    return this.act(actor, id, MatchAction.DECLINE, { version, declineReason, reason: note });
  }

  withdraw(actor: Actor, id: string, version: number, reason?: string | null) {
    return this.act(actor, id, MatchAction.WITHDRAW, { version, reason });
  }

  start(actor: Actor, id: string, version: number) {
    return this.act(actor, id, MatchAction.START, { version });
  }

  complete(actor: Actor, id: string, version: number) {
    return this.act(actor, id, MatchAction.COMPLETE, { version });
  }

  cancel(actor: Actor, id: string, version: number, reason: string) {
    return this.act(actor, id, MatchAction.CANCEL, { version, reason });
  }

  /** An admin of the volunteer's employer approves the time; the match is confirmed. */
  approveSignOff(actor: Actor, id: string, version?: number) {
    return this.act(actor, id, MatchAction.APPROVE_SIGN_OFF, { version });
  }

  /** An admin of the volunteer's employer declines the time, saying why; the match ends and its seat frees. */
  declineSignOff(actor: Actor, id: string, reason: string) {
    return this.act(actor, id, MatchAction.DECLINE_SIGN_OFF, { reason });
  }

  /** Approves or rejects proposals one transaction each, so that one stale item does not fail the others. */
  async decideProposals(actor: Actor, action: MatchAction.APPROVE | MatchAction.REJECT, input: ProposalDecisionInput): Promise<ProposalDecisionResult[]> {
    const results: ProposalDecisionResult[] = [];
    for (const matchId of new Set(input.matchIds)) {
      try {
        const match = await this.act(actor, matchId, action, { reason: input.reason });
        results.push({ matchId, ok: true, match, error: null });
      } catch (e) {
        results.push({ matchId, ok: false, match: null, error: this.itemError(e) });
      }
    }
    return results;
  }

  /** A curator pairs a role with a candidate by hand: offered to both sides at once. */
  async createManual(actor: Actor, input: CreateManualMatchInput): Promise<MatchEntity> {
    const candidate = this.manualCandidate(input);
    return this.unitOfWork.run((tx) => this.pairByHand(tx, actor, { roleId: input.roleId, candidate, reason: input.reason }));
  }

  /**
   * The manual match in the caller's transaction, with every check of `createManual`: the one path
   * a hand-made match takes, also when a curator turns a volunteer's interest into an offer or swaps in a
   * ranked alternative from a role's shortlist (`scored` then carries the engine's score and reasons).
   */
  async pairByHand(tx: Transaction, actor: Actor, input: HandPairing): Promise<MatchEntity> {
    const { candidate, scored } = input;
    const m = tx.manager;
    const role = await m.findOneBy(NeedRoleEntity, { id: input.roleId });
    if (!role) throw AppError.notFound('Role');
    const curator = await this.access.curatesNeed(actor, role.needId, m);
    const host = !curator && input.eventMeetingId !== undefined && (await this.access.hostedEventMeetingFor(actor, input.eventMeetingId, role.id, m));
    if (!curator && !host) throw AppError.forbidden('Only curators of this need can match it by hand.');
    const spec = CANDIDATE_TABLES[role.kind];
    if (candidate.column !== spec.column) {
      throw AppError.badInput(`This role needs a ${spec.what.toLowerCase()}.`, [{ field: candidate.column, message: `the role is a ${role.kind} role` }]);
    }
    // A curator pairs only candidates they may see; otherwise a known id would pull anyone into their view.
    // A scored pick comes from the role's shortlist: the run already put that candidate before the curator.
    // A host offers only the person they met, whom the meeting already put before them.
    if (!scored && !host && !(await this.access.isVisibleNow(actor, spec.table, candidate.id))) throw AppError.notFound(spec.what);
    await this.assertMatchable(m, role, candidate.id, spec);
    const now = new Date();
    const match = await this.writer.createManual(
      m,
      {
        roleId: role.id,
        needId: role.needId,
        candidateKind: role.kind,
        candidateId: candidate.id,
        column: spec.column,
        offeredAt: now,
        expiresAt: this.lifecycle.offerDeadline(now),
        reason: input.reason,
        fromInterest: input.fromInterest ?? false,
        scored,
        byNonprofit: host,
      },
      actor.userId,
    );
    await this.lifecycle.announceNewMatches(tx, [match.id], actor.userId);
    return match;
  }

  /**
   * A curator of another member intermediary proposes a volunteer they may see for a need shared with
   * their network. The match waits, PROPOSED, for the need's own curators, who approve or reject it as any
   * proposal; the partner only reads it. A need not shared with them is NOT_FOUND, as is a hidden volunteer.
   */
  async proposeAsPartner(actor: Actor, input: { roleId: string; volunteerProfileId: string; note: string }): Promise<MatchEntity> {
    return this.unitOfWork.run(async (tx) => {
      const m = tx.manager;
      const role = await m.findOneBy(NeedRoleEntity, { id: input.roleId });
      if (!role) throw AppError.notFound('Role');
      const intermediaryId = await this.access.partnerIntermediaryFor(actor, role.needId, m);
      if (!intermediaryId) {
        if (await this.access.curatesNeed(actor, role.needId, m)) {
          throw AppError.badInput('You curate this need: match it by hand instead.', [{ field: 'roleId', message: 'a need you curate' }]);
        }
        throw AppError.notFound('Role');
      }
      const spec = CANDIDATE_TABLES[RoleKind.VOLUNTEER];
      if (role.kind !== RoleKind.VOLUNTEER) {
        throw AppError.badInput('Partners propose volunteers for volunteer roles only.', [{ field: 'roleId', message: `the role is a ${role.kind} role` }]);
      }
      if (!(await this.access.isVisibleNow(actor, spec.table, input.volunteerProfileId))) throw AppError.notFound(spec.what);
      await this.assertMatchable(m, role, input.volunteerProfileId, spec);
      const match = await this.writer.createPartnerProposal(
        m,
        { roleId: role.id, needId: role.needId, volunteerProfileId: input.volunteerProfileId, intermediaryId, note: input.note },
        actor.userId,
      );
      await this.lifecycle.announceNetworkProposal(tx, match.id, actor.userId);
      return match;
    });
  }

  /** A curator withdraws a PROPOSED match of `roleId` inside the caller's transaction; CONFLICT when it moved on. */
  async withdrawProposalIn(tx: Transaction, actor: Actor, matchId: string, roleId: string, reason: string): Promise<MatchEntity> {
    const match = await this.loadInScope(tx.manager, actor, matchId);
    if (match.roleId !== roleId) {
      throw AppError.badInput('The match to replace belongs to another role.', [{ field: 'replacesMatchId', message: 'must be a match of the same role' }]);
    }
    if (match.status !== MatchStatus.PROPOSED) throw matchConflict(match, `Only a proposed match can be replaced; this one is ${match.status}.`);
    const roles = (await matchRolesOf(tx.manager, this.access, actor, [matchId])).get(matchId) ?? [];
    const plan = checkTransition(MatchAction.WITHDRAW, match, roles);
    if (!plan.ok) throw plan.kind === 'ACTOR' ? AppError.forbidden(plan.message) : matchConflict(match, plan.message);
    const { match: updated } = await this.lifecycle.apply(tx, match, plan, { version: match.version, actorUserId: actor.userId, reason });
    return updated;
  }

  /** The actor's roles on each match, for Match.allowedActions. */
  rolesOf(actor: Actor, matchIds: readonly string[]) {
    return matchRolesOf(this.dataSource.manager, this.access, actor, matchIds);
  }

  private async act(actor: Actor, id: string, action: TransitionAction, input: ActInput): Promise<MatchEntity> {
    return this.unitOfWork.run(async (tx) => {
      const m = tx.manager;
      const match = await this.loadInScope(m, actor, id);
      const roles = (await matchRolesOf(m, this.access, actor, [id])).get(id) ?? [];
      const signOffRequired = action === MatchAction.ACCEPT && (await employerRequiresSignOff(m, match));
      const plan = checkTransition(action, { ...match, signOffRequired }, roles);
      if (!plan.ok) throw plan.kind === 'ACTOR' ? AppError.forbidden(plan.message) : matchConflict(match, plan.message);
      if (input.version !== undefined && input.version !== match.version) throw matchConflict(match);
      const { match: updated } = await this.lifecycle.apply(tx, match, plan, {
        version: match.version,
        actorUserId: actor.userId,
        reason: input.reason,
        declineReason: input.declineReason,
      });
      return updated;
    });
  }

  private loadInScope(m: EntityManager, actor: Actor, id: string): Promise<MatchEntity> {
    const qb = m.createQueryBuilder(MatchEntity, 'm').where('m.id = :id', { id });
    this.access.scopeMatches(actor, qb);
    return this.access.findOneInScope(qb, 'Match');
  }

  private manualCandidate(input: CreateManualMatchInput): HandPairing['candidate'] {
    const given = (['volunteerProfileId', 'mentorProfileId', 'fundingOfferId'] as const).filter((k) => input[k]);
    if (given.length !== 1) {
      const fields = (given.length ? given : ['volunteerProfileId', 'mentorProfileId', 'fundingOfferId']).map((field) => ({
        field,
        message: 'give exactly one of volunteerProfileId, mentorProfileId, fundingOfferId',
      }));
      throw AppError.badInput('Give exactly one candidate: a volunteer profile, a mentor profile or a funding offer.', fields);
    }
    return { column: given[0], id: input[given[0]] as string };
  }

  private async assertMatchable(m: EntityManager, role: NeedRoleEntity, candidateId: string, spec: (typeof CANDIDATE_TABLES)[RoleKind]): Promise<void> {
    const [need] = (await m.query('SELECT status FROM need WHERE id = $1', [role.needId])) as { status: NeedStatus }[];
    if (!MATCHABLE_NEED_STATUSES.includes(need.status)) throw AppError.conflict(`This need is ${need.status}; only open needs can be matched.`);
    if (role.seatsFilled >= role.seats) throw AppError.conflict('All seats of this role are already filled.', { conflict: 'ROLE_FULL' });
    const exists = (await m.query(`SELECT 1 FROM ${spec.table} WHERE id = $1`, [candidateId])) as unknown[];
    if (exists.length === 0) throw AppError.notFound(spec.what);
    const [previous] = (await m.query(
      `SELECT status FROM match WHERE role_id = $1 AND candidate_id = $2 AND (status IN ('DECLINED', 'REJECTED') OR status = ANY($3::match_status[]))
        ORDER BY status IN ('DECLINED', 'REJECTED') DESC LIMIT 1`,
      [role.id, candidateId, OPEN_MATCH_STATUSES],
    )) as { status: MatchStatus }[];
    if (previous?.status === MatchStatus.DECLINED || previous?.status === MatchStatus.REJECTED) {
      throw AppError.conflict(`This pairing was ${previous.status.toLowerCase()} before; Rally does not propose it again.`, { conflict: 'DECLINED_BEFORE' });
    }
    if (previous) throw AppError.conflict(`This candidate already has a ${previous.status.toLowerCase()} match for this role.`, { conflict: 'ALREADY_MATCHED' });
  }

  private itemError(e: unknown): ProposalDecisionResult['error'] {
    const error = toAppError(e);
    if (!error || error.code === ErrorCode.INTERNAL_SERVER_ERROR) {
      this.logger.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
      return { code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Something went wrong on our side. Please try again.' };
    }
    const ext = error.extensions as { currentStatus?: MatchStatus; currentVersion?: number };
    return { code: error.code, message: error.message, currentStatus: ext.currentStatus ?? null, currentVersion: ext.currentVersion ?? null };
  }
}

/** Whether the volunteer's employer asks to approve this engagement's time before it is confirmed. */
async function employerRequiresSignOff(m: EntityManager, match: MatchEntity): Promise<boolean> {
  if (!match.volunteerProfileId) return false;
  const rows = (await m.query(`SELECT 1 FROM volunteer_profile vp JOIN organization co ON co.id = vp.employer_id WHERE vp.id = $1 AND co.requires_employer_sign_off`, [
    match.volunteerProfileId,
  ])) as unknown[];
  return rows.length > 0;
}
