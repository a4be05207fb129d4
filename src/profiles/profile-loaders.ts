import { Loaders } from '../common/dataloader/loaders';
import { AppError } from '../common/errors/app-error';
import { SkillEntity } from '../skills/skill.entity';
import { UserEntity } from '../users/user.entity';
import { ProfileSkillDto } from './dtos/profile-skill.dto';

/** Pairs a profile's join rows with their skills through the request's loaders, strongest first. */
export async function toProfileSkills(rows: { skillId: string; level: number }[], loaders: Loaders): Promise<ProfileSkillDto[]> {
  const sorted = [...rows].sort((a, b) => b.level - a.level || a.skillId.localeCompare(b.skillId));
  const skills = await loaders.one(SkillEntity).loadMany(sorted.map((r) => r.skillId));
  return sorted.flatMap((row, i) => {
    const skill = skills[i];
    return skill && !(skill instanceof Error) ? [{ skill, level: row.level }] : [];
  });
}

/** The person behind a profile; the profile is deleted with its user, so the row is always there. */
export async function loadProfileUser(userId: string, loaders: Loaders): Promise<UserEntity> {
  const user = await loaders.one(UserEntity).load(userId);
  if (!user) throw AppError.notFound('User');
  return user;
}
