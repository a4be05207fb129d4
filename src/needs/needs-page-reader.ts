import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, SelectQueryBuilder } from 'typeorm';

import { hydrateJson, JsonRow } from '../common/database/hydrate-json';
import { Loaders } from '../common/dataloader/loaders';
import { OrganizationEntity } from '../organizations/organization.entity';
import { SkillEntity } from '../skills/skill.entity';
import { NeedEntity } from './need.entity';
import { NeedRoleEntity } from './need-role.entity';
import { NeedRoleSkillEntity } from './need-role-skill.entity';
import { NeedRolesService } from './need-roles.service';

interface RoleRow {
  role: JsonRow;
  skills: { link: JsonRow; skill: JsonRow }[];
}

// Skills in the order of `NeedRole.skills` (most important first), roles in the order they were added.
const DETAILS = (page: string, alias: string) => `
  WITH page AS (${page})
  SELECT (SELECT json_agg("${alias}_id") FROM page) AS needs,
         (SELECT json_agg(row_to_json(o)) FROM organization o WHERE o.id IN (SELECT "${alias}_nonprofit_id" FROM page)) AS nonprofits,
         (SELECT json_agg(json_build_object('role', row_to_json(r), 'skills', coalesce(
                   (SELECT json_agg(json_build_object('link', row_to_json(s), 'skill', row_to_json(k)) ORDER BY s.weight DESC, s.skill_id)
                      FROM need_role_skill s JOIN skill k ON k.id = s.skill_id WHERE s.role_id = r.id), '[]'))
                 ORDER BY r.created_at, r.id)
            FROM need_role r WHERE r.need_id IN (SELECT "${alias}_id" FROM page)) AS roles`;

/** The per-request loader behind `Need.roles`: each role comes with its skills. */
export function rolesWithSkills(loaders: Loaders, roles: NeedRolesService): DataLoader<string, NeedRoleEntity[]> {
  return loaders.custom<string, NeedRoleEntity[]>('needRolesWithSkills', (ids) => roles.rolesWithSkillsByNeed(ids));
}

/**
 * Reads a page of needs' nonprofits, roles and role skills in one SQL statement run beside the
 * page itself (it selects the same rows: the page's query, access filter included, is its first
 * step), and primes this request's loaders with them: the page's field resolvers then wait for
 * no further query.
 */
@Injectable()
export class NeedsPageReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly roles: NeedRolesService,
  ) {}

  async prime(page: SelectQueryBuilder<NeedEntity>, loaders: Loaders): Promise<void> {
    const [sql, parameters] = page.getQueryAndParameters();
    const [row] = await this.dataSource.query<{ needs: string[] | null; nonprofits: JsonRow[] | null; roles: RoleRow[] | null }[]>(DETAILS(sql, page.alias), parameters);
    const organizations = loaders.one(OrganizationEntity);
    for (const org of row.nonprofits ?? []) organizations.prime(String(org.id), hydrateJson(this.dataSource, OrganizationEntity, org));
    const byNeed = new Map<string, NeedRoleEntity[]>();
    for (const { role, skills } of row.roles ?? []) {
      const hydrated = hydrateJson(this.dataSource, NeedRoleEntity, role);
      hydrated.skills = skills.map(({ link, skill }) =>
        Object.assign(hydrateJson(this.dataSource, NeedRoleSkillEntity, link), { skill: hydrateJson(this.dataSource, SkillEntity, skill) }),
      );
      byNeed.set(hydrated.needId, [...(byNeed.get(hydrated.needId) ?? []), hydrated]);
    }
    const loader = rolesWithSkills(loaders, this.roles);
    // A need without roles is primed too, with none: otherwise its resolver would ask the database.
    for (const id of row.needs ?? []) loader.prime(id, byNeed.get(id) ?? []);
  }
}
