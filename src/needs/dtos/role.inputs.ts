import { applyDecorators } from '@nestjs/common';
import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsEnum, IsInt, IsNumber, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';

import { KeepWhenOmitted } from '../../common/validation/update-fields';
import { IsCurrency, IsSkillId } from '../../common/validation/validators';
import { RoleKind } from '../need-role.entity';
import { AMOUNT_MESSAGE, HasSkillsForKind, IsAmountForKind, IsOnlyForFunding, MAX_AMOUNT } from './need.validators';

export const MAX_ROLE_SKILLS = 15;

@InputType()
export class RoleSkillInput {
  @Field({ description: 'A skill id from the taxonomy, e.g. "financial-planning"' })
  @IsSkillId()
  skillId: string;

  @Field(() => Int, { description: 'The level wanted, 1 (basic) to 5 (expert)' })
  @IsInt()
  @Min(1)
  @Max(5)
  level: number;

  @Field(() => Int, { defaultValue: 3, description: 'How much this skill matters, 1 to 5' })
  @IsInt()
  @Min(1)
  @Max(5)
  weight: number = 3;
}

const RoleSkills = () =>
  applyDecorators(
    IsArray(),
    ArrayMaxSize(MAX_ROLE_SKILLS),
    ArrayUnique((s: RoleSkillInput) => s?.skillId, { message: 'skills must not name a skill twice' }),
    ValidateNested({ each: true }),
    Type(() => RoleSkillInput),
  );

const RoleTitle = () => applyDecorators(IsString(), MinLength(3), MaxLength(200));
const RoleDescription = () => applyDecorators(IsString(), MaxLength(5000));
const HoursPerMonth = () => applyDecorators(IsInt(), Min(0), Max(200));
const Seats = () => applyDecorators(IsInt(), Min(1), Max(50));

@InputType()
export class RoleInput {
  @Field(() => RoleKind)
  @IsEnum(RoleKind)
  kind: RoleKind;

  @Field()
  @RoleTitle()
  title: string;

  @Field({ defaultValue: '' })
  @RoleDescription()
  description: string = '';

  @Field(() => Int, { defaultValue: 0, description: 'Hours a month asked of each person, 0 to 200' })
  @HoursPerMonth()
  hoursPerMonth: number = 0;

  @Field(() => Int, { defaultValue: 1, description: 'How many people (or funding offers) the role takes, 1 to 50' })
  @Seats()
  seats: number = 1;

  @Field(() => Float, { nullable: true, description: 'Money wanted: required for funding roles, not allowed for others' })
  @IsAmountForKind()
  amount?: number | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217 code of the amount, for funding roles; left out, the nonprofit’s currency' })
  @IsOnlyForFunding()
  @IsOptional()
  @IsCurrency()
  currency?: string | null;

  @Field(() => [RoleSkillInput], { defaultValue: [], description: 'Up to 15 skills; volunteer and mentor roles need at least one' })
  @HasSkillsForKind()
  @RoleSkills()
  skills: RoleSkillInput[] = [];
}

/** The kind of a role never changes: its matches were found for that kind. */
@InputType()
export class UpdateNeedRoleInput {
  @Field(() => String, { nullable: true })
  @KeepWhenOmitted()
  @RoleTitle()
  title?: string;

  @Field(() => String, { nullable: true })
  @KeepWhenOmitted()
  @RoleDescription()
  description?: string;

  @Field(() => Int, { nullable: true })
  @KeepWhenOmitted()
  @HoursPerMonth()
  hoursPerMonth?: number;

  @Field(() => Int, { nullable: true, description: 'Cannot go below the seats already filled' })
  @KeepWhenOmitted()
  @Seats()
  seats?: number;

  @Field(() => Float, { nullable: true, description: 'Only for funding roles' })
  @KeepWhenOmitted()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: AMOUNT_MESSAGE })
  @Min(0.01, { message: AMOUNT_MESSAGE })
  @Max(MAX_AMOUNT, { message: AMOUNT_MESSAGE })
  amount?: number;

  @Field(() => String, { nullable: true, description: 'ISO 4217 code of the amount; only for funding roles' })
  @KeepWhenOmitted()
  @IsCurrency()
  currency?: string;

  @Field(() => [RoleSkillInput], { nullable: true, description: 'Replaces all skills of the role when given' })
  @KeepWhenOmitted()
  @RoleSkills()
  skills?: RoleSkillInput[];
}
