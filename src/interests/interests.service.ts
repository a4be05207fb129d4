import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { AccessService } from '../common/access/access.service';
import { Actor } from '../common/access/actor';
import { Transaction, UnitOfWork } from '../common/database/unit-of-work';
import { AppError } from '../common/errors/app-error';
import { DomainEvents } from '../common/events/domain-events';
import { Page, paginate } from '../common/pagination/pagination';
import { MatchesService } from '../matches/matches.service';
import { NeedStatus } from '../needs/need.entity';
import { RoleKind } from '../needs/need-role.entity';
import { MATCHABLE_NEED_STATUSES } from '../needs/need-status';
import { InterestsArgs, RaiseInterestInput } from './dtos/interest.inputs';
import { InterestEntity, InterestStatus } from './interest.entity';

interface VisibleRole {
  id: string;
  kind: RoleKind;
  seats: number;
  seatsFilled: number;
  needId: string;
  needStatus: NeedStatus;
}

const PROFILE_COLUMN = { [RoleKind.VOLUNTEER]: 'volunteerProfileId', [RoleKind.MENTOR]: 'mentorProfileId' } as const;

const OFFER_REASON = 'The candidate raised their hand for this role.';

/** Volunteers and mentors raising their hand for roles; curators and nonprofits answering. The only writer of `interest`. */
@Injectable()
export class InterestsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly unitOfWork: UnitOfWork,
    private readonly events: DomainEvents,
    private readonly matches: MatchesService,
  ) {}

  /** The one list of interests: one's own, and those of needs one curates or whose nonprofit one belongs to; newest first. */
  list(actor: Actor, { filter, ...page }: InterestsArgs): Promise<Page<InterestEntity>> {
    const qb = this.dataSource.getRepository(InterestEntity).createQueryBuilder('i');
    this.access.scopeInterests(actor, qb);
    if (filter?.mine) qb.andWhere('i.user_id = :mineUserId', { mineUserId: actor.userId });
    if (filter?.needId) qb.andWhere('i.need_id = :needId', { needId: filter.needId });
    if (filter?.roleId) qb.andWhere('i.role_id = :roleId', { roleId: filter.roleId });
    if (filter?.status?.length) qb.andWhere('i.status = ANY(:statuses::interest_status[])', { statuses: filter.status });
    return paginate(qb, page);
  }

  /** A volunteer (volunteer roles) or mentor (mentor roles) raises their hand; raising again after a withdrawal reopens it. */
  async raise(actor: Actor, input: RaiseInterestInput): Promise<InterestEntity> {
    const id = await this.unitOfWork.run(async (tx) => {
      const role = await this.visibleRole(tx.manager, actor, input.roleId);
      const candidateId = candidateFor(actor, role.kind);
      assertOpen(role);
      await assertNoMatch(tx.manager, role.id, candidateId);
      const [row] = (await tx.manager.query(
        `INSERT INTO interest (role_id, need_id, user_id, candidate_kind, candidate_id, note) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (role_id, candidate_id) DO UPDATE SET status = 'RAISED', note = EXCLUDED.note, notified_at = NULL, updated_at = now()
           WHERE interest.status = 'WITHDRAWN'
         RETURNING id`,
        [role.id, role.needId, actor.userId, role.kind, candidateId, input.note],
      )) as { id: string }[];
      if (!row) throw AppError.conflict('You have already raised your hand for this role.');
      await this.events.publish(tx, { type: 'interest.raised', interestId: row.id, needId: role.needId, actorUserId: actor.userId });
      return row.id;
    });
    return this.byId(id);
  }

  /** Its author takes a raised hand back. */
  async withdraw(actor: Actor, id: string): Promise<InterestEntity> {
    const interest = await this.get(actor, id);
    if (interest.userId !== actor.userId) throw AppError.forbidden('Only the person who raised this interest can withdraw it.');
    await this.unitOfWork.run((tx) => move(tx, id, InterestStatus.WITHDRAWN));
    return this.byId(id);
  }

  /** A curator of the need or the nonprofit says no, with an optional reason for the volunteer. */
  async decline(actor: Actor, id: string, reason?: string | null): Promise<InterestEntity> {
    const interest = await this.get(actor, id);
    await this.unitOfWork.run(async (tx) => {
      await this.access.assertCanAnswerInterest(actor, { id: interest.needId, nonprofitId: await nonprofitOf(tx.manager, interest.needId) }, tx.manager);
      await move(tx, id, InterestStatus.DECLINED, { declineReason: reason || null });
    });
    return this.byId(id);
  }

  /** One click: the manual match of the interested candidate, offered to both sides, and the interest OFFERED, in one transaction. */
  async offer(actor: Actor, id: string): Promise<InterestEntity> {
    const interest = await this.get(actor, id);
    await this.unitOfWork.run(async (tx) => {
      if (interest.status !== InterestStatus.RAISED) throw interestConflict(interest.status);
      const column = PROFILE_COLUMN[interest.candidateKind as RoleKind.VOLUNTEER | RoleKind.MENTOR];
      const match = await this.matches.pairByHand(tx, actor, {
        roleId: interest.roleId,
        candidate: { column, id: interest.candidateId },
        reason: interest.note || OFFER_REASON,
        fromInterest: true,
      });
      await move(tx, id, InterestStatus.OFFERED, { matchId: match.id });
    });
    return this.byId(id);
  }

  /** NOT_FOUND when absent or outside what the actor may see. */
  get(actor: Actor, id: string): Promise<InterestEntity> {
    const qb = this.dataSource.getRepository(InterestEntity).createQueryBuilder('i').where('i.id = :id', { id });
    this.access.scopeInterests(actor, qb);
    return this.access.findOneInScope(qb, 'Interest');
  }

  /** The role, when its need is one the actor may see (the marketplace rule of AccessService.scopeNeeds); else NOT_FOUND. */
  private async visibleRole(m: EntityManager, actor: Actor, roleId: string): Promise<VisibleRole> {
    const qb = m
      .createQueryBuilder()
      .select(['r.id AS id', 'r.kind AS kind', 'r.seats AS seats', 'r.seats_filled AS "seatsFilled"', 'r.need_id AS "needId"', 'n.status AS "needStatus"'])
      .from('need_role', 'r')
      .innerJoin('need', 'n', 'n.id = r.need_id')
      .where('r.id = :roleId', { roleId });
    this.access.scopeNeeds(actor, qb, 'n');
    const role = (await qb.getRawOne()) as VisibleRole | undefined;
    if (!role) throw AppError.notFound('Role');
    return role;
  }

  private byId(id: string): Promise<InterestEntity> {
    return this.dataSource.getRepository(InterestEntity).findOneByOrFail({ id });
  }
}

function candidateFor(actor: Actor, kind: RoleKind): string {
  const profileId = kind === RoleKind.VOLUNTEER ? actor.volunteerProfileId : kind === RoleKind.MENTOR ? actor.mentorProfileId : null;
  if (kind === RoleKind.FUNDING)
    throw AppError.badInput('Funding roles are matched with funding offers; raise your hand on a volunteer or mentor role.', [{ field: 'roleId', message: 'is a FUNDING role' }]);
  if (!profileId) {
    const profile = kind === RoleKind.VOLUNTEER ? 'volunteer' : 'mentor';
    throw AppError.badInput(`Create your ${profile} profile before raising your hand for a ${profile} role.`, [{ field: 'roleId', message: `needs a ${profile} profile` }]);
  }
  return profileId;
}

function assertOpen(role: VisibleRole): void {
  if (!MATCHABLE_NEED_STATUSES.includes(role.needStatus)) throw AppError.conflict(`This need is ${role.needStatus}; it takes no more volunteers.`);
  if (role.seatsFilled >= role.seats) throw AppError.conflict('All seats of this role are already filled.');
}

async function assertNoMatch(m: EntityManager, roleId: string, candidateId: string): Promise<void> {
  const rows = (await m.query('SELECT status FROM match WHERE role_id = $1 AND candidate_id = $2 LIMIT 1', [roleId, candidateId])) as { status: string }[];
  if (rows.length) throw AppError.conflict(`You already have a ${rows[0].status.toLowerCase()} match for this role.`);
}

async function nonprofitOf(m: EntityManager, needId: string): Promise<string> {
  const [row] = (await m.query('SELECT nonprofit_id FROM need WHERE id = $1', [needId])) as { nonprofit_id: string }[];
  if (!row) throw AppError.notFound('Need');
  return row.nonprofit_id;
}

function interestConflict(status: InterestStatus): AppError {
  return AppError.conflict(`This interest is ${status} already; only a raised interest can be answered.`, { currentStatus: status });
}

/** RAISED → `to`: a compare-and-set, so of two people answering at once one wins and the other gets CONFLICT. */
async function move(tx: Transaction, id: string, to: InterestStatus, extra: { declineReason?: string | null; matchId?: string } = {}): Promise<void> {
  const [rows] = (await tx.manager.query(
    `UPDATE interest SET status = $2, decline_reason = $3, match_id = $4, updated_at = now() WHERE id = $1 AND status = 'RAISED' RETURNING id`,
    [id, to, extra.declineReason ?? null, extra.matchId ?? null],
  )) as [{ id: string }[], number];
  if (rows.length === 0) {
    const [current] = (await tx.manager.query('SELECT status FROM interest WHERE id = $1', [id])) as { status: InterestStatus }[];
    throw interestConflict(current.status);
  }
}
