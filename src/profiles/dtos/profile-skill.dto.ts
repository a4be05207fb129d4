import { Field, Int, ObjectType } from '@nestjs/graphql';

import { SkillEntity } from '../../skills/skill.entity';

/** A skill someone offers, with how well they master it (1 = basic, 5 = expert). */
@ObjectType('ProfileSkill')
export class ProfileSkillDto {
  @Field(() => SkillEntity)
  skill: SkillEntity;

  @Field(() => Int)
  level: number;
}
