import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsUUID, Max, Min, ValidateBy, ValidateNested, ValidationArguments } from 'class-validator';

import { PageArgs } from '../../common/pagination/pagination';
import { IsHoursPerMonth, IsProfileSkillList, ProfileBaseInput, ProfileFilter, ProfileSkillInput } from './profile-common.inputs';

// A volunteer who can work neither remotely nor on site can never be matched.
const IsTrueUnless = (other: 'remoteOk' | 'onSiteOk') =>
  ValidateBy({
    name: 'remoteOrOnSite',
    validator: {
      validate: (value: unknown, args?: ValidationArguments) => value === true || (args?.object as Record<string, unknown>)[other] === true,
      defaultMessage: () => `$property must be true when ${other} is false`,
    },
  });

@InputType()
export class VolunteerProfileInput extends ProfileBaseInput {
  @Field(() => Int, { defaultValue: 8, description: '0 to 200' })
  @IsHoursPerMonth()
  hoursPerMonth: number = 8;

  @Field(() => Int, { defaultValue: 1, description: '1 to 10' })
  @IsInt()
  @Min(1, { message: '$property must be between 1 and 10' })
  @Max(10, { message: '$property must be between 1 and 10' })
  maxConcurrentEngagements: number = 1;

  @Field({ defaultValue: true })
  @IsBoolean()
  @IsTrueUnless('onSiteOk')
  remoteOk: boolean = true;

  @Field({ defaultValue: false })
  @IsBoolean()
  @IsTrueUnless('remoteOk')
  onSiteOk: boolean = false;

  @Field(() => ID, { nullable: true, description: 'A company you are a member of' })
  @IsOptional()
  @IsUUID('all', { message: '$property must be a valid id' })
  employerId?: string | null;

  @Field(() => [ProfileSkillInput], { description: '1 to 30 skills; replaces the current list' })
  @IsProfileSkillList('skills')
  skills: ProfileSkillInput[];
}

@InputType()
export class VolunteerProfileFilter extends ProfileFilter {
  @Field(() => ID, { nullable: true, description: 'Only employees of this company' })
  @IsOptional()
  @IsUUID()
  employerId?: string;
}

@ArgsType()
export class VolunteerProfilesArgs extends PageArgs {
  @Field(() => VolunteerProfileFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => VolunteerProfileFilter)
  filter?: VolunteerProfileFilter;
}
