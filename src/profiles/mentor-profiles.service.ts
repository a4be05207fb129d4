import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { AccessService } from '../common/access/access.service';
import { Actor } from '../common/access/actor';
import { UnitOfWork } from '../common/database/unit-of-work';
import { AppError } from '../common/errors/app-error';
import { DomainEvents } from '../common/events/domain-events';
import { Page, paginate } from '../common/pagination/pagination';
import { assertSkillsExist, skillReferences } from '../skills/skill-references';
import { MentorProfileInput, MentorProfilesArgs } from './dtos/mentor-profile.inputs';
import { MentorProfileEntity } from './mentor-profile.entity';
import { MentorSkillEntity } from './mentor-skill.entity';
import { applyProfileFilter } from './profile-filter';
import { replaceProfileSkills } from './profile-skills';

@Injectable()
export class MentorProfilesService {
  constructor(
    @InjectRepository(MentorProfileEntity) private readonly profiles: Repository<MentorProfileEntity>,
    private readonly access: AccessService,
    private readonly unitOfWork: UnitOfWork,
    private readonly events: DomainEvents,
  ) {}

  mine(actor: Actor): Promise<MentorProfileEntity | null> {
    return this.profiles.findOneBy({ userId: actor.userId });
  }

  get(actor: Actor, id: string): Promise<MentorProfileEntity> {
    const qb = this.profiles.createQueryBuilder('p').where('p.id = :id', { id });
    this.access.scopeProfiles(actor, qb, 'mentor_profile');
    return this.access.findOneInScope(qb, 'Mentor profile');
  }

  list(actor: Actor, { filter, ...page }: MentorProfilesArgs): Promise<Page<MentorProfileEntity>> {
    const qb = this.profiles.createQueryBuilder('p');
    this.access.scopeProfiles(actor, qb, 'mentor_profile');
    applyProfileFilter(qb, 'mentor_skill', filter);
    return paginate(qb, page);
  }

  /** Creates or replaces the signed-in user's mentor profile, expertise included, in one transaction. */
  async upsert(actor: Actor, { expertise, ...fields }: MentorProfileInput): Promise<MentorProfileEntity> {
    const profileId = await this.unitOfWork.run(async (tx) => {
      const m = tx.manager;
      const current = await m.findOne(MentorProfileEntity, { where: { userId: actor.userId }, lock: { mode: 'pessimistic_write' } });
      if (current && current.activeMentees > fields.menteeCapacity) {
        throw AppError.badInput(`You have ${current.activeMentees} active mentees; finish some before lowering your capacity.`, [
          { field: 'menteeCapacity', message: `menteeCapacity must be at least ${current.activeMentees}, your active mentees` },
        ]);
      }
      await assertSkillsExist(m, skillReferences(expertise, 'expertise'));
      await m.upsert(MentorProfileEntity, { ...fields, userId: actor.userId }, { conflictPaths: ['userId'] });
      const { id } = await m.findOneByOrFail(MentorProfileEntity, { userId: actor.userId });
      await replaceProfileSkills(m, MentorSkillEntity, id, expertise);
      await this.events.publish(tx, { type: 'profile.changed', kind: 'MENTOR', profileId: id, actorUserId: actor.userId });
      return id;
    });
    return this.profiles.findOneByOrFail({ id: profileId });
  }
}
