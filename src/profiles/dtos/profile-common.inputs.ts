import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsTimeZone as IsKnownTimeZone,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import { FocusArea } from '../../common/domain/focus-area.enum';
import { IsCountry, IsLanguage, IsLanguageList, IsSkillId, IsTimeZone } from '../../common/validation/validators';

export const MAX_PROFILE_SKILLS = 30;

@InputType()
export class ProfileSkillInput {
  @Field(() => ID, { description: 'A skill id from the taxonomy, e.g. financial-modeling' })
  @IsSkillId()
  skillId: string;

  @Field(() => Int, { description: '1 = basic, 5 = expert' })
  @IsInt()
  @Min(1, { message: '$property must be between 1 and 5' })
  @Max(5, { message: '$property must be between 1 and 5' })
  level: number;
}

/** One to thirty skills, each named once. */
export const IsProfileSkillList = (property: string) =>
  applyDecorators(
    ValidateNested({ each: true }),
    Type(() => ProfileSkillInput),
    ArrayMinSize(1, { message: `${property} must list at least one skill` }),
    ArrayMaxSize(MAX_PROFILE_SKILLS, { message: `${property} must list at most ${MAX_PROFILE_SKILLS} skills` }),
    ArrayUnique((s: ProfileSkillInput) => s?.skillId, { message: `${property} must not list the same skill twice` }),
  );

/** At least one spoken language. */
export const IsProfileLanguages = () =>
  applyDecorators(IsLanguageList(), ArrayMinSize(1, { message: '$property must list at least one language' }), ArrayUnique({ message: '$property must not repeat a language' }));

// The shared check is only a pattern; Intl also refuses zones that look right but do not exist.
export const IsIanaTimeZone = () => applyDecorators(IsTimeZone(), IsKnownTimeZone({ message: '$property must be an IANA time zone such as Asia/Tokyo' }));

export const IsCauseList = () =>
  applyDecorators(
    ArrayMaxSize(Object.keys(FocusArea).length),
    ArrayUnique({ message: '$property must not repeat a cause' }),
    IsEnum(FocusArea, { each: true, message: '$property must hold focus areas' }),
  );

export const IsHoursPerMonth = () =>
  applyDecorators(IsInt(), Min(0, { message: '$property must be between 0 and 200' }), Max(200, { message: '$property must be between 0 and 200' }));

/** What volunteer and mentor lists can both be narrowed by. */
@InputType({ isAbstract: true })
export class ProfileFilter {
  @Field(() => ID, { nullable: true, description: 'Only people with this skill' })
  @IsOptional()
  @IsSkillId()
  skillId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCountry()
  country?: string;

  @Field(() => String, { nullable: true, description: 'Only people who speak this ISO 639-1 language' })
  @IsOptional()
  @IsLanguage()
  language?: string;

  @Field(() => FocusArea, { nullable: true })
  @IsOptional()
  @IsEnum(FocusArea)
  cause?: FocusArea;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  available?: boolean;

  @Field(() => String, { nullable: true, description: 'Matches the headline, the bio and the name' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}

/** What volunteer and mentor profiles share. */
@InputType({ isAbstract: true })
export abstract class ProfileBaseInput {
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

  @Field(() => [FocusArea], { defaultValue: [] })
  @IsCauseList()
  causes: FocusArea[] = [];

  @Field({ defaultValue: true, description: 'Whether you want new proposals' })
  @IsBoolean()
  available: boolean = true;
}
