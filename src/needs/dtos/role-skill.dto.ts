import { Field, Int, ObjectType } from '@nestjs/graphql';

import { SkillEntity } from '../../skills/skill.entity';

/** A skill a role asks for, at a level and with a weight in matching. */
@ObjectType('RoleSkill')
export class RoleSkillDto {
  @Field(() => SkillEntity)
  skill: SkillEntity;

  @Field(() => Int, { description: 'The level wanted, 1 (basic) to 5 (expert)' })
  level: number;

  @Field(() => Int, { description: 'How much this skill matters in matching, 1 to 5' })
  weight: number;
}
