import { Injectable } from '@nestjs/common';
import { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { OrganizationKind } from '../domain/organization-kind.enum';
import { AppError } from '../errors/app-error';
import { Actor } from './actor';

// Needs an intermediary curates: of nonprofits affiliated with it or in its programs, and needs in its programs.
const CURATED_NEEDS = `(SELECT n.id FROM need n WHERE n.program_id IN (SELECT id FROM program WHERE intermediary_id = ANY(:actorIntermediaryIds))
  OR n.nonprofit_id IN (SELECT a.organization_id FROM affiliation a WHERE a.intermediary_id = ANY(:actorIntermediaryIds))
  OR n.nonprofit_id IN (SELECT pp.organization_id FROM program_participant pp JOIN program p ON p.id = pp.program_id
                         WHERE p.intermediary_id = ANY(:actorIntermediaryIds)))`;

// Organizations an intermediary curates: those affiliated with it and those in its programs.
const CURATED_ORGS = `(SELECT a.organization_id FROM affiliation a WHERE a.intermediary_id = ANY(:actorIntermediaryIds)
  UNION SELECT pp.organization_id FROM program_participant pp JOIN program p ON p.id = pp.program_id WHERE p.intermediary_id = ANY(:actorIntermediaryIds))`;

/**
 * Rally's access rules, in one place. Tenant scope always comes from the signed-in Actor.
 * Reads are filtered in SQL (`scope*`), so a list never shows what a `get` would refuse;
 * an object outside the scope is reported as NOT_FOUND rather than FORBIDDEN, so ids don't leak.
 *
 * - Platform admins: everything.
 * - Organizations: a directory every signed-in user can read; only their admins change them.
 * - Needs: published needs are the marketplace, readable by everyone signed in; drafts only by the
 *   nonprofit's members and its curators. Changed by the nonprofit's members and its curators.
 * - Matches: curators of the need see all; the nonprofit and the candidate only once offered.
 * - Profiles: the person, any curator (they match people), and nonprofits the person was offered to.
 * - Funding offers: the funder's members, curators, and nonprofits the offer was offered to.
 * - Programs: the intermediary's members and the members of participating organizations.
 * - Affiliations: the members of either side. An organization joins an intermediary's curation
 *   scope only with its own admins' consent: they create the affiliation, the curators vet it; a
 *   curator may put an organization into a program only once it is affiliated with them.
 * - Matching runs: the runs a curator could start (their intermediary, its programs, needs they
 *   curate) and the runs one started; ROLES and ALL runs span everyone, so only platform admins.
 */
@Injectable()
export class AccessService {
  constructor(private readonly dataSource: DataSource) {}

  params(actor: Actor) {
    return {
      actorUserId: actor.userId,
      actorOrgIds: actor.organizationIds(),
      actorIntermediaryIds: actor.intermediaryIds,
      actorFunderIds: actor.organizationIds(OrganizationKind.FUNDER),
      actorProfileIds: actor.profileIds,
    };
  }

  assertPlatformAdmin(actor: Actor): void {
    if (!actor.isPlatformAdmin) throw AppError.forbidden('Only platform admins can do this.');
  }

  assertOrganizationAdmin(actor: Actor, organizationId: string): void {
    if (actor.isPlatformAdmin || actor.isAdminOf(organizationId)) return;
    if (actor.isMemberOf(organizationId)) throw AppError.forbidden('Only admins of this organization can do this.');
    throw AppError.forbidden('You are not a member of this organization.');
  }

  assertOrganizationMember(actor: Actor, organizationId: string): void {
    if (actor.isPlatformAdmin || actor.isMemberOf(organizationId)) return;
    throw AppError.forbidden('You are not a member of this organization.');
  }

  assertCurator(actor: Actor, intermediaryId?: string): void {
    if (actor.isPlatformAdmin) return;
    if (intermediaryId ? actor.intermediaryIds.includes(intermediaryId) : actor.isCurator) return;
    throw AppError.forbidden('Only curators of this intermediary can do this.');
  }

  /** Only the organization's own admins (or platform admins) put it under an intermediary's curation. */
  assertCanAffiliate(actor: Actor, organizationId: string): void {
    if (actor.isPlatformAdmin || actor.isAdminOf(organizationId)) return;
    throw AppError.forbidden("Only the organization's admins can place it with an intermediary; ask them to add the affiliation.");
  }

  /** Curators add to their programs only organizations that chose to work with their intermediary. */
  async assertCanAddToProgram(actor: Actor, intermediaryId: string, organizationId: string): Promise<void> {
    if (actor.isPlatformAdmin) return;
    this.assertCurator(actor, intermediaryId);
    const rows: unknown[] = await this.dataSource.query('SELECT 1 FROM affiliation WHERE intermediary_id = $1 AND organization_id = $2', [intermediaryId, organizationId]);
    if (rows.length === 0) {
      throw AppError.forbidden('This organization is not affiliated with your intermediary; its admins must add the affiliation first.');
    }
  }

  /** True when the actor curates the organization (affiliation or program) or is a platform admin. */
  async curates(actor: Actor, organizationId: string): Promise<boolean> {
    if (actor.isPlatformAdmin) return true;
    if (!actor.isCurator) return false;
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM affiliation WHERE intermediary_id = ANY($1) AND organization_id = $2
       UNION ALL SELECT 1 FROM program_participant pp JOIN program p ON p.id = pp.program_id WHERE p.intermediary_id = ANY($1) AND pp.organization_id = $2 LIMIT 1`,
      [actor.intermediaryIds, organizationId],
    );
    return rows.length > 0;
  }

  /** Nonprofit members and the nonprofit's curators may change its needs. */
  async assertCanManageNeedsOf(actor: Actor, nonprofitId: string): Promise<void> {
    if (actor.isMemberOf(nonprofitId) || (await this.curates(actor, nonprofitId))) return;
    throw AppError.forbidden('Only members of this nonprofit or its curators can change its needs.');
  }

  scopeNeeds<T extends ObjectLiteral>(actor: Actor, qb: SelectQueryBuilder<T>, alias = qb.alias): SelectQueryBuilder<T> {
    if (actor.isPlatformAdmin) return qb;
    return qb.andWhere(
      `(${alias}.status <> 'DRAFT' OR ${alias}.nonprofit_id = ANY(:actorOrgIds) OR ${alias}.nonprofit_id IN ${CURATED_ORGS}
        OR ${alias}.program_id IN (SELECT id FROM program WHERE intermediary_id = ANY(:actorIntermediaryIds)))`,
      this.params(actor),
    );
  }

  scopeMatches<T extends ObjectLiteral>(actor: Actor, qb: SelectQueryBuilder<T>, alias = qb.alias): SelectQueryBuilder<T> {
    if (actor.isPlatformAdmin) return qb;
    return qb.andWhere(
      `(${alias}.need_id IN (SELECT n.id FROM need n WHERE n.nonprofit_id IN ${CURATED_ORGS}
          OR n.program_id IN (SELECT id FROM program WHERE intermediary_id = ANY(:actorIntermediaryIds)))
        OR (${alias}.offered_at IS NOT NULL AND (
          ${alias}.need_id IN (SELECT n.id FROM need n WHERE n.nonprofit_id = ANY(:actorOrgIds))
          OR ${alias}.candidate_id = ANY(:actorProfileIds::uuid[])
          OR ${alias}.funding_offer_id IN (SELECT f.id FROM funding_offer f WHERE f.funder_id = ANY(:actorFunderIds)))))`,
      this.params(actor),
    );
  }

  /** Volunteer or mentor profiles; `column` is the match column that points at the profile kind. */
  scopeProfiles<T extends ObjectLiteral>(actor: Actor, qb: SelectQueryBuilder<T>, column: 'volunteer_profile_id' | 'mentor_profile_id', alias = qb.alias): SelectQueryBuilder<T> {
    if (actor.isPlatformAdmin || actor.isCurator) return qb;
    return qb.andWhere(
      `(${alias}.user_id = :actorUserId OR ${alias}.id IN (SELECT m.${column} FROM match m JOIN need n ON n.id = m.need_id
          WHERE m.offered_at IS NOT NULL AND n.nonprofit_id = ANY(:actorOrgIds)))`,
      this.params(actor),
    );
  }

  scopeFundingOffers<T extends ObjectLiteral>(actor: Actor, qb: SelectQueryBuilder<T>, alias = qb.alias): SelectQueryBuilder<T> {
    if (actor.isPlatformAdmin || actor.isCurator) return qb;
    return qb.andWhere(
      `(${alias}.funder_id = ANY(:actorOrgIds) OR ${alias}.id IN (SELECT m.funding_offer_id FROM match m JOIN need n ON n.id = m.need_id
          WHERE m.offered_at IS NOT NULL AND n.nonprofit_id = ANY(:actorOrgIds)))`,
      this.params(actor),
    );
  }

  scopePrograms<T extends ObjectLiteral>(actor: Actor, qb: SelectQueryBuilder<T>, alias = qb.alias): SelectQueryBuilder<T> {
    if (actor.isPlatformAdmin) return qb;
    return qb.andWhere(
      `(${alias}.intermediary_id = ANY(:actorOrgIds) OR ${alias}.id IN (SELECT pp.program_id FROM program_participant pp WHERE pp.organization_id = ANY(:actorOrgIds)))`,
      this.params(actor),
    );
  }

  scopeAffiliations<T extends ObjectLiteral>(actor: Actor, qb: SelectQueryBuilder<T>, alias = qb.alias): SelectQueryBuilder<T> {
    if (actor.isPlatformAdmin) return qb;
    return qb.andWhere(`(${alias}.intermediary_id = ANY(:actorOrgIds) OR ${alias}.organization_id = ANY(:actorOrgIds))`, this.params(actor));
  }

  scopeMatchingRuns<T extends ObjectLiteral>(actor: Actor, qb: SelectQueryBuilder<T>, alias = qb.alias): SelectQueryBuilder<T> {
    if (actor.isPlatformAdmin) return qb;
    return qb.andWhere(
      `(${alias}.requested_by_id = :actorUserId
        OR (${alias}.scope = 'INTERMEDIARY' AND ${alias}.scope_id = ANY(:actorIntermediaryIds::uuid[]))
        OR (${alias}.scope = 'PROGRAM' AND ${alias}.scope_id IN (SELECT id FROM program WHERE intermediary_id = ANY(:actorIntermediaryIds::uuid[])))
        OR (${alias}.scope = 'NEED' AND ${alias}.scope_id IN ${CURATED_NEEDS}))`,
      this.params(actor),
    );
  }

  /** The signed-in person's side of matches, once offered: their profiles' and their funders' offers'. */
  scopeMyProposals<T extends ObjectLiteral>(actor: Actor, qb: SelectQueryBuilder<T>, alias = qb.alias): SelectQueryBuilder<T> {
    return qb.andWhere(
      `${alias}.offered_at IS NOT NULL AND (${alias}.candidate_id = ANY(:actorProfileIds::uuid[])
        OR ${alias}.funding_offer_id IN (SELECT f.id FROM funding_offer f WHERE f.funder_id = ANY(:actorFunderIds::uuid[])))`,
      this.params(actor),
    );
  }

  /** Runs `qb` within the scope and returns the one row, or NOT_FOUND when it is absent or out of scope. */
  async findOneInScope<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, what: string): Promise<T> {
    const row = await qb.getOne();
    if (!row) throw AppError.notFound(what);
    return row;
  }
}
