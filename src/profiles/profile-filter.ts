import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

import { escapeLike } from '../common/pagination/search';
import { ProfileFilter } from './dtos/profile-common.inputs';

/** The filters volunteer and mentor lists share; `skillTable` is the profile kind's skill join table. */
export function applyProfileFilter<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  skillTable: 'volunteer_skill' | 'mentor_skill',
  filter: ProfileFilter | undefined,
): SelectQueryBuilder<T> {
  const p = qb.alias;
  if (filter?.skillId) qb.andWhere(`${p}.id IN (SELECT s.profile_id FROM ${skillTable} s WHERE s.skill_id = :skillId)`, { skillId: filter.skillId });
  if (filter?.country) qb.andWhere(`${p}.country = :country`, { country: filter.country });
  if (filter?.language) qb.andWhere(`:language = ANY(${p}.languages)`, { language: filter.language });
  if (filter?.cause) qb.andWhere(`:cause = ANY(${p}.causes)`, { cause: filter.cause });
  if (typeof filter?.available === 'boolean') qb.andWhere(`${p}.available = :available`, { available: filter.available });
  if (filter?.search) {
    qb.andWhere(`(${p}.headline ILIKE :search OR ${p}.bio ILIKE :search OR ${p}.user_id IN (SELECT u.id FROM user_account u WHERE u.name ILIKE :search))`, {
      search: `%${escapeLike(filter.search)}%`,
    });
  }
  return qb;
}
