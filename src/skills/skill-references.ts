import { EntityManager } from 'typeorm';

import { AppError, FieldProblem } from '../common/errors/app-error';

/** A skill id as some input gave it, with the input field to name when it is unknown. */
export interface SkillReference {
  skillId: string;
  field: string;
}

/** References for a list input such as `roles.0.skills`: each item is `<list>.<i>.skillId`. */
export const skillReferences = (skills: { skillId: string }[], list: string): SkillReference[] => skills.map((s, i) => ({ skillId: s.skillId, field: `${list}.${i}.skillId` }));

/** Refuses skill ids the taxonomy lacks, naming the input field of each. */
export async function assertSkillsExist(m: EntityManager, refs: SkillReference[]): Promise<void> {
  if (refs.length === 0) return;
  const rows: { id: string }[] = await m.query('SELECT id FROM skill WHERE id = ANY($1)', [[...new Set(refs.map((r) => r.skillId))]]);
  const known = new Set(rows.map((r) => r.id));
  const problems: FieldProblem[] = refs.filter((r) => !known.has(r.skillId)).map((r) => ({ field: r.field, message: `there is no skill "${r.skillId}" in the taxonomy` }));
  if (problems.length > 0) throw AppError.badInput(`Unknown skill: ${problems.map((p) => p.message).join('; ')}.`, problems);
}
