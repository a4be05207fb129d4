import { EntityManager } from 'typeorm';
import { AccessService } from '../common/access/access.service';
import { Actor } from '../common/access/actor';
import { OrganizationKind } from '../common/domain/organization-kind.enum';
import { MatchEntity } from './match.entity';
import { MatchRole } from './match-transitions';

// Candidates for AccessService: the parts an actor plays on matches, computed in one query for many.
// A curator of a need is one of the intermediary running its program, or of an intermediary that
// curates its nonprofit (affiliation or a program of theirs), as in AccessService.scopeMatches.
const CURATES_NEED = `(n.program_id IN (SELECT id FROM program WHERE intermediary_id = ANY($2::uuid[]))
  OR n.nonprofit_id IN (SELECT a.organization_id FROM affiliation a WHERE a.intermediary_id = ANY($2::uuid[])
    UNION SELECT pp.organization_id FROM program_participant pp JOIN program p ON p.id = pp.program_id WHERE p.intermediary_id = ANY($2::uuid[])))`;

interface RoleRow {
  id: string;
  curator: boolean;
  nonprofit: boolean;
  candidate: boolean;
}

/** Each match's roles for the actor: curator (platform admins too), the nonprofit's side, the candidate's side. */
export async function matchRolesOf(m: EntityManager, actor: Actor, matchIds: readonly string[]): Promise<Map<string, MatchRole[]>> {
  const rows = (await m.query(
    `SELECT mt.id, ${CURATES_NEED} AS curator, n.nonprofit_id = ANY($3::uuid[]) AS nonprofit,
            (mt.candidate_id = ANY($4::uuid[]) OR fo.funder_id = ANY($5::uuid[])) AS candidate
       FROM match mt JOIN need n ON n.id = mt.need_id LEFT JOIN funding_offer fo ON fo.id = mt.funding_offer_id
      WHERE mt.id = ANY($1::uuid[])`,
    [matchIds, actor.intermediaryIds, actor.organizationIds(), actor.profileIds, actor.organizationIds(OrganizationKind.FUNDER)],
  )) as RoleRow[];
  return new Map(rows.map((r) => [r.id, toRoles(actor, r)]));
}

/** Whether the actor curates the need (may match for it by hand), as for a match on it. */
export async function curatesNeed(m: EntityManager, actor: Actor, needId: string): Promise<boolean> {
  if (actor.isPlatformAdmin) return true;
  if (!actor.isCurator) return false;
  const rows = (await m.query(`SELECT 1 FROM need n WHERE n.id = $1 AND ${CURATES_NEED}`, [needId, actor.intermediaryIds])) as unknown[];
  return rows.length > 0;
}

function toRoles(actor: Actor, r: RoleRow): MatchRole[] {
  const roles: MatchRole[] = [];
  if (actor.isPlatformAdmin || r.curator) roles.push(MatchRole.CURATOR);
  if (r.nonprofit) roles.push(MatchRole.NONPROFIT);
  if (r.candidate) roles.push(MatchRole.CANDIDATE);
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
  const roles = (await matchRolesOf(m, actor, [matchId])).get(matchId) ?? [];
  return { match, roles };
}
