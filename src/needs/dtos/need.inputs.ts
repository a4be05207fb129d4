import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';

import { FocusArea } from '../../common/domain/focus-area.enum';
import { PageArgs } from '../../common/pagination/pagination';
import { ClearWithNull, KeepWhenOmitted } from '../../common/validation/update-fields';
import { IsCountry, IsDateOnly, IsLanguage, IsNotBefore, IsSkillId } from '../../common/validation/validators';
import { NeedStatus } from '../need.entity';
import { RoleKind } from '../need-role.entity';
import { RoleInput } from './role.inputs';

export const MAX_NEED_ROLES = 20;

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class CreateNeedInput {
  @Field(() => ID)
  @IsUUID()
  nonprofitId: string;

  @Field(() => ID, { nullable: true, description: 'A program the nonprofit is a cohort member of' })
  @IsOptional()
  @IsUUID()
  programId?: string | null;

  @Field()
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  title: string;

  @Field({ description: 'What the nonprofit needs done' })
  @IsString()
  @MinLength(10)
  @MaxLength(5000)
  summary: string;

  @Field({ defaultValue: '', description: 'Why it matters: the impact it will have' })
  @IsString()
  @MaxLength(5000)
  impact: string = '';

  @Field(() => FocusArea)
  @IsEnum(FocusArea)
  focusArea: FocusArea;

  @Field({ description: 'ISO 3166-1 alpha-2, e.g. JP' })
  @IsCountry()
  country: string;

  @Field({ description: 'The working language, ISO 639-1, e.g. ja' })
  @IsLanguage()
  language: string;

  @Field({ defaultValue: true })
  @IsBoolean()
  remote: boolean = true;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd' })
  @IsOptional()
  @IsDateOnly()
  startsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd, not before startsOn' })
  @IsOptional()
  @IsDateOnly()
  @IsNotBefore('startsOn')
  endsOn?: string | null;

  @Field(() => [RoleInput], { description: `1 to ${MAX_NEED_ROLES} roles` })
  @IsArray()
  @ArrayMinSize(1, { message: 'roles must hold at least one role' })
  @ArrayMaxSize(MAX_NEED_ROLES)
  @ValidateNested({ each: true })
  @Type(() => RoleInput)
  roles: RoleInput[];
}

/** Omitted fields stay as they are; startsOn, endsOn and programId can be cleared with null; null on any other field is refused. */
@InputType()
export class UpdateNeedInput {
  @Field(() => ID, { nullable: true })
  @ClearWithNull()
  @IsUUID()
  programId?: string | null;

  @Field(() => String, { nullable: true })
  @KeepWhenOmitted()
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  title?: string;

  @Field(() => String, { nullable: true })
  @KeepWhenOmitted()
  @IsString()
  @MinLength(10)
  @MaxLength(5000)
  summary?: string;

  @Field(() => String, { nullable: true })
  @KeepWhenOmitted()
  @IsString()
  @MaxLength(5000)
  impact?: string;

  @Field(() => FocusArea, { nullable: true })
  @KeepWhenOmitted()
  @IsEnum(FocusArea)
  focusArea?: FocusArea;

  @Field(() => String, { nullable: true })
  @KeepWhenOmitted()
  @IsCountry()
  country?: string;

  @Field(() => String, { nullable: true })
  @KeepWhenOmitted()
  @IsLanguage()
  language?: string;

  @Field(() => Boolean, { nullable: true })
  @KeepWhenOmitted()
  @IsBoolean()
  remote?: boolean;

  @Field(() => String, { nullable: true })
  @ClearWithNull()
  @IsDateOnly()
  startsOn?: string | null;

  @Field(() => String, { nullable: true })
  @ClearWithNull()
  @IsDateOnly()
  endsOn?: string | null;
}

@ArgsType()
export class CancelNeedArgs {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'id must be a valid id' })
  id: string;

  @Field({ description: 'Shown to everyone whose match is cancelled with the need' })
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  reason: string;
}

@InputType()
export class NeedFilter {
  @Field(() => [NeedStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(6)
  @IsEnum(NeedStatus, { each: true })
  status?: NeedStatus[];

  @Field(() => FocusArea, { nullable: true })
  @IsOptional()
  @IsEnum(FocusArea)
  focusArea?: FocusArea;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCountry()
  country?: string;

  @Field(() => String, { nullable: true, description: 'Needs with a role that asks for this skill' })
  @IsOptional()
  @IsSkillId()
  skillId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  programId?: string;

  @Field(() => ID, { nullable: true, description: 'Needs of nonprofits affiliated with this intermediary or in its programs' })
  @IsOptional()
  @IsUUID()
  intermediaryId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  nonprofitId?: string;

  @Field(() => RoleKind, { nullable: true, description: 'Needs with at least one role of this kind' })
  @IsOptional()
  @IsEnum(RoleKind)
  roleKind?: RoleKind;

  @Field(() => String, { nullable: true, description: 'Words of the title or summary; supports "quoted phrases", or, and -excluded words' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field(() => Boolean, { nullable: true, description: 'Only needs of organizations the signed-in user belongs to' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only needs still taking people (OPEN, STAFFED, IN_PROGRESS) with a role that has a free seat; of roleKind, when given: what volunteers and mentors browse',
  })
  @IsOptional()
  @IsBoolean()
  openRoles?: boolean;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  remote?: boolean;

  @Field(() => String, { nullable: true, description: 'The working language, ISO 639-1' })
  @IsOptional()
  @IsLanguage()
  language?: string;

  @Field(() => Int, { nullable: true, description: 'Needs with a role (of roleKind, when given) asking at most this many hours a month' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(200)
  maxHoursPerMonth?: number;
}

@ArgsType()
export class NeedsArgs extends PageArgs {
  @Field(() => NeedFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => NeedFilter)
  filter?: NeedFilter;
}
