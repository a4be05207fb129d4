import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Actor } from '../common/access/actor';
import { AccessService } from '../common/access/access.service';

// Needs an intermediary curates: of nonprofits affiliated with it or in its programs, and needs in its programs.
const CURATED_NEEDS = `(SELECT n.id FROM need n WHERE n.program_id IN (SELECT id FROM program WHERE intermediary_id = ANY(:actorIntermediaryIds))
  OR n.nonprofit_id IN (SELECT a.organization_id FROM affiliation a WHERE a.intermediary_id = ANY(:actorIntermediaryIds))
  OR n.nonprofit_id IN (SELECT pp.organization_id FROM program_participant pp JOIN program p ON p.id = pp.program_id
                         WHERE p.intermediary_id = ANY(:actorIntermediaryIds)))`;

/**
 * Matching runs an actor may see: platform admins all; curators the runs they could start (their
 * intermediary, its programs, needs they curate); anyone the runs they started. ROLES and ALL runs
 * span every intermediary, so only platform admins see them.
 * Belongs in AccessService (scopeMatchingRuns) once matching is merged.
 */
export function scopeMatchingRuns<T extends ObjectLiteral>(access: AccessService, actor: Actor, qb: SelectQueryBuilder<T>, alias = qb.alias): SelectQueryBuilder<T> {
  if (actor.isPlatformAdmin) return qb;
  return qb.andWhere(
    `(${alias}.requested_by_id = :actorUserId
      OR (${alias}.scope = 'INTERMEDIARY' AND ${alias}.scope_id = ANY(:actorIntermediaryIds::uuid[]))
      OR (${alias}.scope = 'PROGRAM' AND ${alias}.scope_id IN (SELECT id FROM program WHERE intermediary_id = ANY(:actorIntermediaryIds::uuid[])))
      OR (${alias}.scope = 'NEED' AND ${alias}.scope_id IN ${CURATED_NEEDS}))`,
    access.params(actor),
  );
}

/** The signed-in person's side of matches, once offered: their profiles' and their funders' offers'. */
export function scopeMyProposals<T extends ObjectLiteral>(access: AccessService, actor: Actor, qb: SelectQueryBuilder<T>, alias = qb.alias): SelectQueryBuilder<T> {
  return qb.andWhere(
    `${alias}.offered_at IS NOT NULL AND (${alias}.candidate_id = ANY(:actorProfileIds::uuid[])
      OR ${alias}.funding_offer_id IN (SELECT f.id FROM funding_offer f WHERE f.funder_id = ANY(:actorFunderIds::uuid[])))`,
    access.params(actor),
  );
}
