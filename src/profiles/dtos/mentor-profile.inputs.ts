import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { FocusArea } from '../../common/domain/focus-area.enum';
import { PageArgs } from '../../common/pagination/pagination';
import { IsCountry } from '../../common/validation/validators';
import { IsCauseList, IsHoursPerMonth, IsIanaTimeZone, IsProfileLanguages, IsProfileSkillList, ProfileFilter, ProfileSkillInput } from './profile-common.inputs';

@InputType()
export class MentorProfileInput {
  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(200)
  headline: string = '';

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(5000)
  bio: string = '';

  @Field(() => [String], { description: 'ISO 639-1 codes, at least one' })
  @IsProfileLanguages()
  languages: string[];

  @Field({ description: 'ISO 3166-1 alpha-2, e.g. JP' })
  @IsCountry()
  country: string;

  @Field({ defaultValue: 'UTC', description: 'IANA time zone, e.g. Asia/Tokyo' })
  @IsIanaTimeZone()
  timeZone: string = 'UTC';

  @Field(() => Int, { defaultValue: 4, description: '0 to 200' })
  @IsHoursPerMonth()
  hoursPerMonth: number = 4;

  @Field(() => Int, { defaultValue: 1, description: 'How many mentees at once, 1 to 20' })
  @IsInt()
  @Min(1, { message: '$property must be between 1 and 20' })
  @Max(20, { message: '$property must be between 1 and 20' })
  menteeCapacity: number = 1;

  @Field(() => [FocusArea], { defaultValue: [] })
  @IsCauseList()
  causes: FocusArea[] = [];

  @Field({ defaultValue: true, description: 'Whether you want new proposals' })
  @IsBoolean()
  available: boolean = true;

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
