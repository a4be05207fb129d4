import { EntityManager } from 'typeorm';

import { ProfileSkillInput } from './dtos/profile-common.inputs';
import { MentorSkillEntity } from './mentor-skill.entity';
import { VolunteerSkillEntity } from './volunteer-skill.entity';

type SkillJoin = typeof VolunteerSkillEntity | typeof MentorSkillEntity;

/** Replaces a profile's skill list; call inside the transaction that writes the profile. */
export async function replaceProfileSkills(m: EntityManager, join: SkillJoin, profileId: string, skills: ProfileSkillInput[]): Promise<void> {
  await m.delete(join, { profileId });
  await m.insert(
    join,
    skills.map((s) => ({ profileId, skillId: s.skillId, level: s.level })),
  );
}
