import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';

import { PageArgs } from '../../common/pagination/pagination';
import { IsHoursPerMonth, IsProfileSkillList, ProfileBaseInput, ProfileFilter, ProfileSkillInput } from './profile-common.inputs';

@InputType()
export class MentorProfileInput extends ProfileBaseInput {
  @Field(() => Int, { defaultValue: 4, description: '0 to 200' })
  @IsHoursPerMonth()
  hoursPerMonth: number = 4;

  @Field(() => Int, { defaultValue: 1, description: 'How many mentees at once, 1 to 20' })
  @IsInt()
  @Min(1, { message: '$property must be between 1 and 20' })
  @Max(20, { message: '$property must be between 1 and 20' })
  menteeCapacity: number = 1;

  @Field(() => [ProfileSkillInput], { description: '1 to 30 areas of expertise; replaces the current list' })
  @IsProfileSkillList('expertise')
  expertise: ProfileSkillInput[];
}

@InputType()
export class MentorProfileFilter extends ProfileFilter {}

@ArgsType()
export class MentorProfilesArgs extends PageArgs {
  @Field(() => MentorProfileFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MentorProfileFilter)
  filter?: MentorProfileFilter;
}
