import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsBase64, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';

import { KeepWhenOmitted } from '../../common/validation/update-fields';
import { SKILL_ID } from '../../common/validation/validators';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** A skill's name in one more language: optional, and never blank once given. */
const IsTranslatedName = (field: string) => applyDecorators(IsOptional(), Transform(trim), IsString(), MinLength(1, { message: `${field} must not be empty` }), MaxLength(120));
// Synonyms are search terms: blanks and repeats (ignoring case) add nothing.
const cleanSynonyms = ({ value }: { value: unknown }) => {
  if (!Array.isArray(value)) return value;
  const seen = new Set<string>();
  return value
    .map((v: unknown) => (typeof v === 'string' ? v.trim() : v))
    .filter((v) => {
      if (typeof v !== 'string') return true;
      const key = v.toLowerCase();
      if (v === '' || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
};

@InputType()
export class CreateSkillInput {
  @Field(() => ID, { description: 'A stable kebab-case slug such as grant-writing; it can never be changed' })
  @IsString()
  @MaxLength(80)
  @Matches(SKILL_ID, { message: 'id must be a kebab-case slug such as grant-writing' })
  id: string;

  @Field()
  @Transform(trim)
  @IsString()
  @MinLength(2, { message: 'name must be at least 2 characters long' })
  @MaxLength(120)
  name: string;

  @Field(() => String, { nullable: true, description: 'The German name; left out, German readers see the English one' })
  @IsTranslatedName('nameDe')
  nameDe?: string | null;

  @Field(() => String, { nullable: true, description: 'The Japanese name; left out, Japanese readers see the English one' })
  @IsTranslatedName('nameJa')
  nameJa?: string | null;

  @Field({ description: 'A kebab-case category such as finance or project-management' })
  @IsString()
  @MaxLength(60)
  @Matches(SKILL_ID, { message: 'category must be a kebab-case slug such as finance' })
  category: string;

  @Field(() => [String], { defaultValue: [], description: 'Other words people use for it, in any language' })
  @Transform(cleanSynonyms)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(120, { each: true })
  synonyms: string[] = [];
}

@InputType({ description: 'Fields left out stay as they are' })
export class UpdateSkillInput {
  @Field(() => String, { nullable: true })
  @KeepWhenOmitted()
  @Transform(trim)
  @IsString()
  @MinLength(2, { message: 'name must be at least 2 characters long' })
  @MaxLength(120)
  name?: string;

  @Field(() => String, { nullable: true, description: 'The German name; null removes the translation' })
  @IsTranslatedName('nameDe')
  nameDe?: string | null;

  @Field(() => String, { nullable: true, description: 'The Japanese name; null removes the translation' })
  @IsTranslatedName('nameJa')
  nameJa?: string | null;

  @Field(() => String, { nullable: true })
  @KeepWhenOmitted()
  @IsString()
  @MaxLength(60)
  @Matches(SKILL_ID, { message: 'category must be a kebab-case slug such as finance' })
  category?: string;

  @Field(() => [String], { nullable: true, description: 'Replaces the synonyms' })
  @KeepWhenOmitted()
  @Transform(cleanSynonyms)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(120, { each: true })
  synonyms?: string[];
}

@InputType()
export class SkillFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  category?: string;

  @Field(() => String, { nullable: true, description: 'Matches the name in any language or any synonym, ignoring case' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  search?: string;
}

/** Not PageArgs: the client loads the whole taxonomy (a few hundred skills) for its picker in one page. */
@ArgsType()
export class SkillsArgs {
  @Field(() => Int, { defaultValue: 100, description: 'Page size, 1 to 500' })
  @IsInt()
  @Min(1)
  @Max(500)
  first = 100;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page' })
  @IsOptional()
  @IsBase64()
  after?: string | null;

  @Field(() => SkillFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SkillFilter)
  filter?: SkillFilter;
}
