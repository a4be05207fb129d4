import { EntityManager } from 'typeorm';

import { AccessService, MatchParts } from '../common/access/access.service';
import { Actor } from '../common/access/actor';
import { MatchEntity } from './match.entity';
import { MatchRole } from './match-transitions';

/** Each match's roles for the actor, from the parts AccessService finds them playing on it. */
export async function matchRolesOf(m: EntityManager, access: AccessService, actor: Actor, matchIds: readonly string[]): Promise<Map<string, MatchRole[]>> {
  const parts = await access.matchPartsOf(actor, matchIds, m);
  return new Map([...parts].map(([id, p]) => [id, toRoles(p)]));
}

function toRoles(p: MatchParts): MatchRole[] {
  const roles: MatchRole[] = [];
  if (p.curator) roles.push(MatchRole.CURATOR);
  if (p.nonprofit) roles.push(MatchRole.NONPROFIT);
  if (p.candidate) roles.push(MatchRole.CANDIDATE);
  if (p.employer) roles.push(MatchRole.EMPLOYER);
  return roles;
}

/**
 * Loads a match the actor may see (NOT_FOUND otherwise) with the actor's roles on it; for features
 * that hang off a match (hours, feedback). `lock` holds the match's status until the caller commits.
 */
export async function loadMatchForActor(
  m: EntityManager,
  access: AccessService,
  actor: Actor,
  matchId: string,
  lock?: 'FOR SHARE',
): Promise<{ match: MatchEntity; roles: MatchRole[] }> {
  const qb = m.createQueryBuilder(MatchEntity, 'm').where('m.id = :id', { id: matchId });
  if (lock) qb.setLock('pessimistic_read');
  access.scopeMatches(actor, qb);
  const match = await access.findOneInScope(qb, 'Match');
  const roles = (await matchRolesOf(m, access, actor, [matchId])).get(matchId) ?? [];
  return { match, roles };
}
