import { EntityManager } from 'typeorm';
import { AppError, FieldProblem } from '../common/errors/app-error';
import { RoleInput, RoleSkillInput } from './dtos/role.inputs';
import { NeedRoleEntity, RoleKind } from './need-role.entity';
import { NeedRoleSkillEntity } from './need-role-skill.entity';

interface SkillRef {
  skillId: string;
  field: string;
}

/** Refuses skill ids the taxonomy lacks, naming the input field of each. */
export async function assertSkillsExist(m: EntityManager, refs: SkillRef[]): Promise<void> {
  if (refs.length === 0) return;
  const rows: { id: string }[] = await m.query('SELECT id FROM skill WHERE id = ANY($1)', [[...new Set(refs.map((r) => r.skillId))]]);
  const known = new Set(rows.map((r) => r.id));
  const problems: FieldProblem[] = refs.filter((r) => !known.has(r.skillId)).map((r) => ({ field: r.field, message: `"${r.skillId}" is not a skill in the taxonomy` }));
  if (problems.length > 0) throw AppError.badInput(`Unknown skill: ${problems.map((p) => p.message).join('; ')}.`, problems);
}

export const skillRefs = (skills: RoleSkillInput[], prefix: string): SkillRef[] =>
  skills.map((s, i) => ({ skillId: s.skillId, field: `${prefix}skills.${i}.skillId` }));

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
