import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Actor } from '../common/access/actor';

/**
 * Affiliations are visible to the members of either side and to platform admins.
 * Belongs in AccessService as `scopeAffiliations`.
 */
export function scopeAffiliations<T extends ObjectLiteral>(actor: Actor, qb: SelectQueryBuilder<T>, alias = qb.alias): SelectQueryBuilder<T> {
  if (actor.isPlatformAdmin) return qb;
  return qb.andWhere(`(${alias}.intermediary_id = ANY(:actorOrgIds) OR ${alias}.organization_id = ANY(:actorOrgIds))`, {
    actorOrgIds: actor.organizationIds(),
  });
}
