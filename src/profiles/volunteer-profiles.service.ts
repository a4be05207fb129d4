import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';

import { AccessService } from '../common/access/access.service';
import { Actor } from '../common/access/actor';
import { UnitOfWork } from '../common/database/unit-of-work';
import { OrganizationKind } from '../common/domain/organization-kind.enum';
import { AppError } from '../common/errors/app-error';
import { DomainEvents } from '../common/events/domain-events';
import { Page, paginate } from '../common/pagination/pagination';
import { OrganizationEntity } from '../organizations/organization.entity';
import { assertSkillsExist, skillReferences } from '../skills/skill-references';
import { VolunteerProfileInput, VolunteerProfilesArgs } from './dtos/volunteer-profile.inputs';
import { applyProfileFilter } from './profile-filter';
import { replaceProfileSkills } from './profile-skills';
import { VolunteerProfileEntity } from './volunteer-profile.entity';
import { VolunteerSkillEntity } from './volunteer-skill.entity';

@Injectable()
export class VolunteerProfilesService {
  constructor(
    @InjectRepository(VolunteerProfileEntity) private readonly profiles: Repository<VolunteerProfileEntity>,
    private readonly access: AccessService,
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly events: DomainEvents,
  ) {}

  mine(actor: Actor): Promise<VolunteerProfileEntity | null> {
    return this.profiles.findOneBy({ userId: actor.userId });
  }

  get(actor: Actor, id: string): Promise<VolunteerProfileEntity> {
    const qb = this.profiles.createQueryBuilder('p').where('p.id = :id', { id });
    this.access.scopeProfiles(actor, qb, 'volunteer_profile');
    return this.access.findOneInScope(qb, 'Volunteer profile');
  }

  list(actor: Actor, { filter, ...page }: VolunteerProfilesArgs): Promise<Page<VolunteerProfileEntity>> {
    const qb = this.profiles.createQueryBuilder('p');
    this.access.scopeProfiles(actor, qb, 'volunteer_profile');
    applyProfileFilter(qb, 'volunteer_skill', filter);
    if (filter?.employerId) qb.andWhere('p.employerId = :employerId', { employerId: filter.employerId });
    return paginate(qb, page);
  }

  /** Creates or replaces the signed-in user's profile, skills included, in one transaction. */
  async upsert(actor: Actor, { skills, employerId, ...fields }: VolunteerProfileInput): Promise<VolunteerProfileEntity> {
    if (employerId) await this.assertEmployer(actor, employerId);
    const profileId = await this.unitOfWork.run(async (tx) => {
      const m = tx.manager;
      const current = await m.findOne(VolunteerProfileEntity, { where: { userId: actor.userId }, lock: { mode: 'pessimistic_write' } });
      if (current && current.activeEngagements > fields.maxConcurrentEngagements) {
        throw AppError.badInput(`You have ${current.activeEngagements} active engagements; finish some before lowering your limit.`, [
          { field: 'maxConcurrentEngagements', message: `maxConcurrentEngagements must be at least ${current.activeEngagements}, your active engagements` },
        ]);
      }
      await assertSkillsExist(m, skillReferences(skills, 'skills'));
      await m.upsert(VolunteerProfileEntity, { ...fields, userId: actor.userId, employerId: employerId ?? null }, { conflictPaths: ['userId'] });
      const { id } = await m.findOneByOrFail(VolunteerProfileEntity, { userId: actor.userId });
      await replaceProfileSkills(m, VolunteerSkillEntity, id, skills);
      await this.events.publish(tx, { type: 'profile.changed', kind: 'VOLUNTEER', profileId: id, actorUserId: actor.userId });
      return id;
    });
    return this.profiles.findOneByOrFail({ id: profileId });
  }

  // The employer shows on the volunteer's profile and in their company's impact, so only its own members may name it.
  private async assertEmployer(actor: Actor, employerId: string): Promise<void> {
    const employer = await this.dataSource.getRepository(OrganizationEntity).findOneBy({ id: employerId });
    if (!employer) throw AppError.badInput('No organization has this id.', [{ field: 'employerId', message: 'employerId must be an existing company' }]);
    if (employer.kind !== OrganizationKind.COMPANY) {
      throw AppError.badInput(`${employer.name} is not a company.`, [{ field: 'employerId', message: 'employerId must be a company' }]);
    }
    if (!actor.isMemberOf(employer.id)) throw AppError.forbidden(`You are not a member of ${employer.name}; ask its admin to invite you.`);
  }
}
