import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository, SelectQueryBuilder } from 'typeorm';

import { AccessService } from '../common/access/access.service';
import { Actor } from '../common/access/actor';
import { needCuratedBy, oneId } from '../common/access/curation-scope';
import { Transaction, UnitOfWork } from '../common/database/unit-of-work';
import { OrganizationKind } from '../common/domain/organization-kind.enum';
import { AppError } from '../common/errors/app-error';
import { DomainEvents } from '../common/events/domain-events';
import { sentFields } from '../common/validation/update-fields';
import { OrganizationEntity } from '../organizations/organization.entity';
import { ProgramEntity } from '../programs/program.entity';
import { ProgramParticipantEntity, ProgramParticipantRole } from '../programs/program-participant.entity';
import { assertSkillsExist, skillReferences } from '../skills/skill-references';
import { CreateNeedInput, NeedFilter, UpdateNeedInput } from './dtos/need.inputs';
import { lockRolesOfNeed } from './lock-order';
import { NeedEntity, NeedStatus } from './need.entity';
import { NeedRoleEntity } from './need-role.entity';
import { insertRoles } from './need-role-writer';
import {
  cancelNeedStatus,
  EDITABLE_NEED_STATUSES,
  FINAL_NEED_STATUSES,
  MATCHABLE_NEED_STATUSES,
  needStatusConflict,
  NeedStatusService,
  publishNeedStatus,
  updateNeedInStatus,
} from './need-status';

@Injectable()
export class NeedsService {
  constructor(
    @InjectRepository(NeedEntity) private readonly needs: Repository<NeedEntity>,
    private readonly access: AccessService,
    private readonly events: DomainEvents,
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly needStatus: NeedStatusService,
  ) {}

  /** The needs the actor may see, filtered: the query a page of needs is read from. */
  visible(actor: Actor, filter?: NeedFilter | null): SelectQueryBuilder<NeedEntity> {
    const qb = this.needs.createQueryBuilder('n');
    this.access.scopeNeeds(actor, qb);
    if (filter) applyFilter(qb, filter, actor);
    return qb;
  }

  /** NOT_FOUND when absent or outside what the actor may see. */
  get(actor: Actor, id: string): Promise<NeedEntity> {
    const qb = this.needs.createQueryBuilder('n').where('n.id = :id', { id });
    this.access.scopeNeeds(actor, qb);
    return this.access.findOneInScope(qb, 'Need');
  }

  /** The need, when the actor may see it and change it. */
  async getForChange(actor: Actor, id: string): Promise<NeedEntity> {
    const need = await this.get(actor, id);
    await this.access.assertCanManageNeedsOf(actor, need.nonprofitId);
    return need;
  }

  async create(actor: Actor, input: CreateNeedInput): Promise<NeedEntity> {
    const nonprofit = await this.dataSource.getRepository(OrganizationEntity).findOneBy({ id: input.nonprofitId });
    if (!nonprofit) throw AppError.notFound('Organization');
    if (nonprofit.kind !== OrganizationKind.NONPROFIT) {
      throw AppError.badInput('Only nonprofits post needs.', [{ field: 'nonprofitId', message: `is a ${nonprofit.kind}, not a NONPROFIT` }]);
    }
    await this.access.assertCanManageNeedsOf(actor, nonprofit.id);
    if (input.programId) await this.assertInCohort(input.programId, nonprofit.id);
    const { roles, ...fields } = input;
    const id = await this.unitOfWork.run(async ({ manager: m }) => {
      await assertSkillsExist(
        m,
        roles.flatMap((r, i) => skillReferences(r.skills, `roles.${i}.skills`)),
      );
      const need = await m.save(
        m.create(NeedEntity, { ...fields, programId: fields.programId ?? null, startsOn: fields.startsOn ?? null, endsOn: fields.endsOn ?? null, createdById: actor.userId }),
      );
      await insertRoles(m, need.id, roles);
      return need.id;
    });
    return this.byId(id);
  }

  async update(actor: Actor, id: string, input: UpdateNeedInput): Promise<NeedEntity> {
    const need = await this.getForChange(actor, id);
    const startsOn = input.startsOn === undefined ? need.startsOn : input.startsOn;
    const endsOn = input.endsOn === undefined ? need.endsOn : input.endsOn;
    if (startsOn && endsOn && startsOn > endsOn) {
      throw AppError.badInput('The need cannot end before it starts.', [{ field: 'endsOn', message: `endsOn must not be before startsOn (${startsOn})` }]);
    }
    if (input.programId) await this.assertInCohort(input.programId, need.nonprofitId);
    await this.unitOfWork.run(async (tx) => {
      const status = await updateNeedInStatus(tx.manager, id, EDITABLE_NEED_STATUSES, sentFields(input), 'changed');
      await this.announceChange(tx, actor, id, status);
    });
    return this.byId(id);
  }

  /** DRAFT → OPEN: the need joins the marketplace and matching starts. */
  async publish(actor: Actor, id: string): Promise<NeedEntity> {
    await this.getForChange(actor, id);
    // No lock needed for the count: the last role of a need can never be removed.
    if ((await this.dataSource.manager.countBy(NeedRoleEntity, { needId: id })) === 0) {
      throw AppError.badInput('Add at least one role before publishing the need.');
    }
    await this.unitOfWork.run(async (tx) => {
      await publishNeedStatus(tx.manager, id);
      await this.events.publish(tx, { type: 'need.published', needId: id, actorUserId: actor.userId });
    });
    return this.byId(id);
  }

  /** Any state that is not final → CANCELLED, taking its open matches with it. */
  async cancel(actor: Actor, id: string, reason: string): Promise<NeedEntity> {
    const need = await this.getForChange(actor, id);
    if (FINAL_NEED_STATUSES.includes(need.status)) throw needStatusConflict('cancelled', need.status);
    await this.unitOfWork.run(async (tx) => {
      await lockRolesOfNeed(tx.manager, id);
      await this.needStatus.cancelOpenMatches(tx, id, actor.userId, reason);
      await cancelNeedStatus(tx.manager, id, need.status);
    });
    return this.byId(id);
  }

  /** Matching reacts to changes of open needs (drafts are not matched yet), in the transaction of the change. */
  async announceChange(tx: Transaction, actor: Actor, needId: string, status: NeedStatus): Promise<void> {
    if (status === NeedStatus.OPEN) await this.events.publish(tx, { type: 'need.changed', needId, actorUserId: actor.userId });
  }

  /** Programs are shown only to those AccessService lets see them: the batch behind `Need.program`. */
  async programsInScope(actor: Actor, ids: readonly string[]): Promise<(ProgramEntity | null)[]> {
    const qb = this.dataSource
      .getRepository(ProgramEntity)
      .createQueryBuilder('p')
      .where('p.id IN (:...ids)', { ids: [...ids] });
    this.access.scopePrograms(actor, qb);
    const byId = new Map((await qb.getMany()).map((p) => [p.id, p]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  private async byId(id: string): Promise<NeedEntity> {
    return this.needs.findOneByOrFail({ id });
  }

  private async assertInCohort(programId: string, nonprofitId: string): Promise<void> {
    const inCohort = await this.dataSource.getRepository(ProgramParticipantEntity).existsBy({ programId, organizationId: nonprofitId, role: ProgramParticipantRole.COHORT });
    if (!inCohort) {
      throw AppError.badInput('The nonprofit is not in the cohort of this program.', [{ field: 'programId', message: 'must be a program the nonprofit is a cohort member of' }]);
    }
  }
}

type NeedQuery = ReturnType<Repository<NeedEntity>['createQueryBuilder']>;

/** The role conditions hold for one and the same role: a need with a free volunteer seat and a full mentor role has no free mentor seat. */
function applyRoleFilter(qb: NeedQuery, filter: NeedFilter): void {
  const role: string[] = [];
  if (filter.roleKind) role.push('fr.kind = :roleKind');
  if (filter.openRoles) role.push('fr.seats_filled < fr.seats');
  // null is what a client sends for "any"; it must not become `<= NULL`, which no role satisfies.
  if (typeof filter.maxHoursPerMonth === 'number') role.push('fr.hours_per_month <= :maxHours');
  if (role.length === 0) return;
  qb.andWhere(`EXISTS (SELECT 1 FROM need_role fr WHERE fr.need_id = n.id AND ${role.join(' AND ')})`, { roleKind: filter.roleKind, maxHours: filter.maxHoursPerMonth });
}

function applyFilter(qb: NeedQuery, filter: NeedFilter, actor: Actor): void {
  if (filter.status?.length) qb.andWhere('n.status IN (:...statuses)', { statuses: filter.status });
  if (filter.focusArea) qb.andWhere('n.focusArea = :focusArea', { focusArea: filter.focusArea });
  if (filter.country) qb.andWhere('n.country = :country', { country: filter.country });
  if (filter.nonprofitId) qb.andWhere('n.nonprofitId = :nonprofitId', { nonprofitId: filter.nonprofitId });
  if (filter.programId) qb.andWhere('n.programId = :programId', { programId: filter.programId });
  if (filter.mine) qb.andWhere('n.nonprofit_id = ANY(:mineOrgIds)', { mineOrgIds: actor.organizationIds() });
  if (typeof filter.remote === 'boolean') qb.andWhere('n.remote = :remote', { remote: filter.remote });
  if (filter.language) qb.andWhere('n.language = :language', { language: filter.language });
  if (filter.openRoles) qb.andWhere('n.status IN (:...liveStatuses)', { liveStatuses: MATCHABLE_NEED_STATUSES });
  applyRoleFilter(qb, filter);
  if (filter.skillId) {
    qb.andWhere('EXISTS (SELECT 1 FROM need_role fr JOIN need_role_skill fs ON fs.role_id = fr.id WHERE fr.need_id = n.id AND fs.skill_id = :skillId)', {
      skillId: filter.skillId,
    });
  }
  if (filter.intermediaryId) {
    qb.andWhere(needCuratedBy('n', oneId(':intermediaryId')), { intermediaryId: filter.intermediaryId });
  }
  // The very expression of the IDX_need_search GIN index, so the index serves it.
  if (filter.search?.trim()) {
    qb.andWhere(`to_tsvector('simple', n.title || ' ' || n.summary) @@ websearch_to_tsquery('simple', :search)`, { search: filter.search });
  }
}
