import { EntityManager } from 'typeorm';

import { RoleInput } from './dtos/role.inputs';
import { NeedRoleEntity, RoleKind } from './need-role.entity';
import { NeedRoleSkillEntity } from './need-role-skill.entity';

/**
 * Inserts roles with their skills. Roles inserted together share the transaction's now(), so each
 * gets one more microsecond: `roles` then lists them in the order they were entered.
 */
export async function insertRoles(m: EntityManager, needId: string, roles: RoleInput[]): Promise<string[]> {
  const result = await m
    .createQueryBuilder()
    .insert()
    .into(NeedRoleEntity)
    .values(
      roles.map((r, i) => ({
        needId,
        kind: r.kind,
        title: r.title,
        description: r.description,
        hoursPerMonth: r.hoursPerMonth,
        seats: r.seats,
        amount: r.kind === RoleKind.FUNDING ? r.amount : null,
        // Left out, a database trigger gives a funding role its nonprofit's currency.
        currency: r.kind === RoleKind.FUNDING ? (r.currency ?? undefined) : null,
        createdAt: () => `now() + interval '${i} microseconds'`,
      })),
    )
    .returning(['id'])
    .execute();
  const ids = (result.raw as { id: string }[]).map((r) => r.id);
  await insertRoleSkills(
    m,
    roles.flatMap((r, i) => r.skills.map((s) => ({ roleId: ids[i], ...s }))),
  );
  return ids;
}

export async function insertRoleSkills(m: EntityManager, rows: Pick<NeedRoleSkillEntity, 'roleId' | 'skillId' | 'level' | 'weight'>[]): Promise<void> {
  if (rows.length > 0) await m.insert(NeedRoleSkillEntity, rows);
}
