import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { AccessService } from '../common/access/access.service';
import { Actor } from '../common/access/actor';
import { AppError } from '../common/errors/app-error';
import { Page } from '../common/pagination/pagination';
import { escapeLike } from '../common/pagination/search';
import { sentFields } from '../common/validation/update-fields';
import { CreateSkillInput, SkillsArgs, UpdateSkillInput } from './dtos/skill.inputs';
import { SkillEntity } from './skill.entity';
import { paginateSkillsByName } from './skill-pagination';

@Injectable()
export class SkillsService {
  constructor(
    @InjectRepository(SkillEntity) private readonly skills: Repository<SkillEntity>,
    private readonly access: AccessService,
  ) {}

  list({ filter, ...page }: SkillsArgs): Promise<Page<SkillEntity>> {
    const qb = this.skills.createQueryBuilder('s');
    if (filter?.category) qb.andWhere('s.category = :category', { category: filter.category });
    if (filter?.search) {
      qb.andWhere(
        '(s.name ILIKE :search OR s.nameDe ILIKE :search OR s.nameJa ILIKE :search OR EXISTS (SELECT 1 FROM unnest(s.synonyms) AS synonym WHERE synonym ILIKE :search))',
        {
          search: `%${escapeLike(filter.search.trim())}%`,
        },
      );
    }
    return paginateSkillsByName(qb, page);
  }

  async categories(): Promise<string[]> {
    const rows = await this.skills.createQueryBuilder('s').select('DISTINCT s.category', 'category').orderBy('category').getRawMany<{ category: string }>();
    return rows.map((r) => r.category);
  }

  async get(id: string): Promise<SkillEntity> {
    const skill = await this.skills.findOneBy({ id });
    if (!skill) throw AppError.notFound('Skill');
    return skill;
  }

  async create(actor: Actor, input: CreateSkillInput): Promise<SkillEntity> {
    this.access.assertPlatformAdmin(actor);
    if (await this.skills.existsBy({ id: input.id })) throw AppError.conflict(`A skill with the id "${input.id}" already exists.`);
    await this.assertNameFree(input.name);
    return this.skills.save(this.skills.create(input));
  }

  async update(actor: Actor, id: string, input: UpdateSkillInput): Promise<SkillEntity> {
    this.access.assertPlatformAdmin(actor);
    const skill = await this.get(id);
    if (input.name !== undefined && input.name !== skill.name) await this.assertNameFree(input.name, id);
    const changes = sentFields(input);
    if (Object.keys(changes).length > 0) await this.skills.update({ id }, changes);
    return this.get(id);
  }

  /** Names differing only in case would look like duplicates in the picker. */
  private async assertNameFree(name: string, exceptId = ''): Promise<void> {
    const taken = await this.skills.createQueryBuilder('s').where('lower(s.name) = lower(:name) AND s.id <> :exceptId', { name, exceptId }).getExists();
    if (taken) throw AppError.conflict(`A skill named "${name}" already exists.`);
  }
}
