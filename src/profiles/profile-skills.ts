import { EntityManager, In } from 'typeorm';
import { AppError } from '../common/errors/app-error';
import { SkillEntity } from '../skills/skill.entity';
import { ProfileSkillInput } from './dtos/profile-common.inputs';
import { MentorSkillEntity } from './mentor-skill.entity';
import { VolunteerSkillEntity } from './volunteer-skill.entity';

type SkillJoin = typeof VolunteerSkillEntity | typeof MentorSkillEntity;

/** Refuses skill ids the taxonomy lacks, naming each one and where it was given. */
export async function assertSkillsExist(m: EntityManager, skills: ProfileSkillInput[], field: string): Promise<void> {
  const ids = skills.map((s) => s.skillId);
  const found = new Set((await m.find(SkillEntity, { select: { id: true }, where: { id: In(ids) } })).map((s) => s.id));
  const unknown = skills.map((s, i) => ({ id: s.skillId, i })).filter(({ id }) => !found.has(id));
  if (unknown.length === 0) return;
  throw AppError.badInput(
    `Unknown skill${unknown.length > 1 ? 's' : ''}: ${unknown.map((u) => u.id).join(', ')}.`,
    unknown.map(({ id, i }) => ({ field: `${field}.${i}.skillId`, message: `there is no skill "${id}"` })),
  );
}

/** Replaces a profile's skill list; call inside the transaction that writes the profile. */
export async function replaceProfileSkills(m: EntityManager, join: SkillJoin, profileId: string, skills: ProfileSkillInput[]): Promise<void> {
  await m.delete(join, { profileId });
  await m.insert(
    join,
    skills.map((s) => ({ profileId, skillId: s.skillId, level: s.level })),
  );
}
