import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';

import { Actor } from '../common/access/actor';
import { UnitOfWork } from '../common/database/unit-of-work';
import { AppError } from '../common/errors/app-error';
import { sentFields } from '../common/validation/update-fields';
import { assertSkillsExist, skillReferences } from '../skills/skill-references';
import { MAX_NEED_ROLES } from './dtos/need.inputs';
import { RoleInput, UpdateNeedRoleInput } from './dtos/role.inputs';
import { lockRoles } from './lock-order';
import { NeedEntity } from './need.entity';
import { NeedRoleEntity, RoleKind } from './need-role.entity';
import { NeedRoleSkillEntity } from './need-role-skill.entity';
import { insertRoles, insertRoleSkills } from './need-role-writer';
import { lockEditableNeed, NeedStatusService } from './need-status';
import { NeedsService } from './needs.service';

/** The roles of a need. Changes lock the role before its need, in the lock order of lock-order.ts. */
@Injectable()
export class NeedRolesService {
  constructor(
    @InjectRepository(NeedRoleEntity) private readonly roles: Repository<NeedRoleEntity>,
    private readonly needs: NeedsService,
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly needStatus: NeedStatusService,
  ) {}

  async add(actor: Actor, needId: string, input: RoleInput): Promise<NeedRoleEntity> {
    await this.needs.getForChange(actor, needId);
    const roleId = await this.unitOfWork.run(async (tx) => {
      const m = tx.manager;
      const status = await lockEditableNeed(m, needId);
      if ((await m.countBy(NeedRoleEntity, { needId })) >= MAX_NEED_ROLES) throw AppError.conflict(`A need has at most ${MAX_NEED_ROLES} roles.`);
      await assertSkillsExist(m, skillReferences(input.skills, 'skills'));
      const [id] = await insertRoles(m, needId, [input]);
      await this.needs.announceChange(tx, actor, needId, status);
      return id;
    });
    return this.roles.findOneByOrFail({ id: roleId });
  }

  async update(actor: Actor, roleId: string, input: UpdateNeedRoleInput): Promise<NeedRoleEntity> {
    const role = await this.getForChange(actor, roleId);
    assertFitsKind(role.kind, input);
    const { skills, ...fields } = input;
    await this.unitOfWork.run(async (tx) => {
      const m = tx.manager;
      const [locked] = await lockRoles(m, [roleId]);
      const status = await lockEditableNeed(m, role.needId);
      if (fields.seats !== undefined && fields.seats < locked.seatsFilled) {
        throw AppError.conflict(`${locked.seatsFilled} seats of this role are already filled; seats cannot go below that.`, { seatsFilled: locked.seatsFilled });
      }
      const set = sentFields(fields);
      if (Object.keys(set).length > 0) await m.update(NeedRoleEntity, { id: roleId }, set);
      if (skills) {
        await assertSkillsExist(m, skillReferences(skills, 'skills'));
        await m.delete(NeedRoleSkillEntity, { roleId });
        await insertRoleSkills(
          m,
          skills.map((s) => ({ roleId, ...s })),
        );
      }
      // Fewer seats can fill the role: the need may now be STAFFED.
      await this.needs.announceChange(tx, actor, role.needId, fields.seats === undefined ? status : await this.needStatus.sync(m, role.needId));
    });
    return this.roles.findOneByOrFail({ id: roleId });
  }

  /** Refused while anyone is proposed, offered or engaged for the role: cancel those first. */
  async remove(actor: Actor, roleId: string): Promise<NeedEntity> {
    const role = await this.getForChange(actor, roleId);
    await this.unitOfWork.run(async (tx) => {
      const m = tx.manager;
      // The role lock also holds back matching runs: inserting a match takes a key-share lock on its role.
      await lockRoles(m, [roleId]);
      await lockEditableNeed(m, role.needId);
      if ((await m.countBy(NeedRoleEntity, { needId: role.needId })) <= 1) {
        throw AppError.conflict('A need keeps at least one role. Cancel the need instead.');
      }
      const open = await this.needStatus.openMatchesOfRole(m, roleId);
      if (open > 0) throw AppError.conflict(`This role has ${open} open match${open === 1 ? '' : 'es'}; they must end before the role can be removed.`, { openMatches: open });
      await m.delete(NeedRoleEntity, { id: roleId });
      // The removed role may have been the only one with open seats.
      await this.needs.announceChange(tx, actor, role.needId, await this.needStatus.sync(m, role.needId));
    });
    return this.needs.get(actor, role.needId);
  }

  /** Skills of many roles in one query, with the skill itself joined: the batch behind `NeedRole.skills`. */
  /** Roles of each need in the order added, each with its skills: `Need.roles` and their skills in one query instead of three. */
  async rolesWithSkillsByNeed(needIds: readonly string[]): Promise<NeedRoleEntity[][]> {
    const roles = await this.roles
      .createQueryBuilder('r')
      .leftJoinAndSelect('r.skills', 's')
      .leftJoinAndSelect('s.skill', 'k')
      .where('r.need_id IN (:...needIds)', { needIds: [...needIds] })
      .orderBy('r.created_at', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .getMany();
    const byNeed = new Map<string, NeedRoleEntity[]>(needIds.map((id) => [id, []]));
    for (const role of roles) {
      role.skills.sort(mostImportantFirst);
      byNeed.get(role.needId)?.push(role);
    }
    return needIds.map((id) => byNeed.get(id) ?? []);
  }

  async skillsByRole(roleIds: readonly string[]): Promise<NeedRoleSkillEntity[][]> {
    const rows = await this.dataSource.getRepository(NeedRoleSkillEntity).find({
      where: { roleId: In([...roleIds]) },
      relations: { skill: true },
      order: { weight: 'DESC', skillId: 'ASC' },
    });
    const byRole = new Map<string, NeedRoleSkillEntity[]>(roleIds.map((id) => [id, []]));
    for (const row of rows) byRole.get(row.roleId)?.push(row);
    return roleIds.map((id) => byRole.get(id) ?? []);
  }

  private async getForChange(actor: Actor, roleId: string): Promise<NeedRoleEntity> {
    const role = await this.roles.findOneBy({ id: roleId });
    if (!role) throw AppError.notFound('Need role');
    await this.needs.getForChange(actor, role.needId);
    return role;
  }
}

function assertFitsKind(kind: RoleKind, input: UpdateNeedRoleInput): void {
  if (input.amount !== undefined && kind !== RoleKind.FUNDING) {
    throw AppError.badInput('Only funding roles have an amount.', [{ field: 'amount', message: 'amount is only for funding roles' }]);
  }
  if (input.currency !== undefined && kind !== RoleKind.FUNDING) {
    throw AppError.badInput('Only funding roles have a currency.', [{ field: 'currency', message: 'currency is only for funding roles' }]);
  }
  if (input.skills !== undefined && kind === RoleKind.VOLUNTEER && input.skills.length === 0) {
    throw AppError.badInput('Volunteer roles need at least one skill.', [{ field: 'skills', message: 'skills must name at least one skill' }]);
  }
}

// The order of `NeedRole.skills`, the same as skillsByRole's SQL order.
const mostImportantFirst = (a: NeedRoleSkillEntity, b: NeedRoleSkillEntity): number => b.weight - a.weight || (a.skillId < b.skillId ? -1 : a.skillId > b.skillId ? 1 : 0);
