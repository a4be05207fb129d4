import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

import { hydrateJson, jsonColumns, JsonRow } from '../common/database/hydrate-json';
import { Loaders } from '../common/dataloader/loaders';
import { PageDetails, readPage } from '../common/pagination/page-statement';
import { NEWEST_FIRST, Page, PageArgs } from '../common/pagination/pagination';
import { OrganizationEntity } from '../organizations/organization.entity';
import { SkillEntity } from '../skills/skill.entity';
import { NeedEntity } from './need.entity';
import { NeedRoleEntity } from './need-role.entity';
import { NeedRoleSkillEntity } from './need-role-skill.entity';
import { NeedRolesService } from './need-roles.service';

/** A role and its skills, each skill as its link and the skill itself. */
type RoleRow = [role: JsonRow, skills: [link: JsonRow, skill: JsonRow][]];

// Skills in the order of `NeedRole.skills` (most important first), roles in the order they were added.
// The role skills of the whole page are joined to their skills in one pass: a join per role made
// PostgreSQL scan the skill table once for every role of the page (47 scans, 7 of the page's 9 ms).
function pageDetails(dataSource: DataSource): PageDetails {
  const columns = (entity: EntityTarget<ObjectLiteral>, alias: string) => jsonColumns(dataSource, entity, alias);
  return {
    nonprofits: `(SELECT json_agg(${columns(OrganizationEntity, 'o')}) FROM organization o WHERE o.id IN (SELECT "n_nonprofit_id" FROM page))`,
    roles: `(WITH page_role AS (SELECT r.* FROM need_role r WHERE r.need_id IN (SELECT "n_id" FROM page)),
                 page_role_skills AS (
                   SELECT s.role_id, json_agg(json_build_array(${columns(NeedRoleSkillEntity, 's')}, ${columns(SkillEntity, 'k')}) ORDER BY s.weight DESC, s.skill_id) AS skills
                     FROM need_role_skill s JOIN skill k ON k.id = s.skill_id
                    WHERE s.role_id IN (SELECT id FROM page_role) GROUP BY s.role_id)
             SELECT json_agg(json_build_array(${columns(NeedRoleEntity, 'r')}, coalesce(rs.skills, '[]')) ORDER BY r.created_at, r.id)
               FROM page_role r LEFT JOIN page_role_skills rs ON rs.role_id = r.id)`,
  };
}

/** The per-request loader behind `Need.roles`: each role comes with its skills. */
export function rolesWithSkills(loaders: Loaders, roles: NeedRolesService): DataLoader<string, NeedRoleEntity[]> {
  return loaders.custom<string, NeedRoleEntity[]>('needRolesWithSkills', (ids) => roles.rolesWithSkillsByNeed(ids));
}

/**
 * Reads a page of needs with its count, nonprofits, roles and role skills in one SQL statement, and
 * primes this request's loaders with them: the page's field resolvers then wait for no further query.
 */
@Injectable()
export class NeedsPageReader {
  /** Made on the first read, when the entities' metadata is built. */
  private details?: PageDetails;

  constructor(
    private readonly dataSource: DataSource,
    private readonly roles: NeedRolesService,
  ) {}

  async read(needs: SelectQueryBuilder<NeedEntity>, args: PageArgs, loaders: Loaders): Promise<Page<NeedEntity>> {
    this.details ??= pageDetails(this.dataSource);
    const { page, details } = await readPage(this.dataSource, needs, args, NEWEST_FIRST, this.details);
    const organizations = loaders.one(OrganizationEntity);
    for (const org of (details.nonprofits as JsonRow[] | null) ?? []) {
      const nonprofit = hydrateJson(this.dataSource, OrganizationEntity, org);
      organizations.prime(nonprofit.id, nonprofit);
    }
    const byNeed = new Map<string, NeedRoleEntity[]>();
    for (const [role, skills] of (details.roles as RoleRow[] | null) ?? []) {
      const hydrated = hydrateJson(this.dataSource, NeedRoleEntity, role);
      hydrated.skills = skills.map(([link, skill]) =>
        Object.assign(hydrateJson(this.dataSource, NeedRoleSkillEntity, link), { skill: hydrateJson(this.dataSource, SkillEntity, skill) }),
      );
      byNeed.set(hydrated.needId, [...(byNeed.get(hydrated.needId) ?? []), hydrated]);
    }
    const loader = rolesWithSkills(loaders, this.roles);
    // A need without roles is primed too, with none: otherwise its resolver would ask the database.
    for (const need of page.nodes) loader.prime(need.id, byNeed.get(need.id) ?? []);
    return page;
  }
}
