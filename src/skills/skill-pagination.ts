import { SelectQueryBuilder } from 'typeorm';

import { Page } from '../common/pagination/pagination';
import { SkillEntity } from './skill.entity';

// Skills have no createdAt; names are unique, so the name alone is a stable keyset.
const encode = (name: string) => Buffer.from(name, 'utf8').toString('base64');
const decode = (after: string) => Buffer.from(after, 'base64').toString('utf8');

/** Keyset pagination over skills in name order: `after` is the base64 of the last name seen. */
export async function paginateSkillsByName(qb: SelectQueryBuilder<SkillEntity>, { first, after }: { first: number; after?: string | null }): Promise<Page<SkillEntity>> {
  const alias = qb.alias;
  const totalCount = await qb.clone().getCount();
  if (after) qb.andWhere(`${alias}.name > :afterName`, { afterName: decode(after) });
  const rows = await qb
    .orderBy(`${alias}.name`, 'ASC')
    .take(first + 1)
    .getMany();
  const nodes = rows.slice(0, first);
  const last = nodes.at(-1);
  return { nodes, totalCount, pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encode(last.name) : null } };
}
