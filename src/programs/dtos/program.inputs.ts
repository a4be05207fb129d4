import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';

import { PageArgs } from '../../common/pagination/pagination';
import { ClearWithNull, KeepWhenOmitted } from '../../common/validation/update-fields';
import { IsDateOnly } from '../../common/validation/validators';
import { ProgramParticipantRole } from '../program-participant.entity';

@InputType()
export class CreateProgramInput {
  @Field(() => ID, { description: 'The intermediary that runs the program' })
  @IsUUID()
  intermediaryId: string;

  @Field()
  @IsString()
  @MinLength(2, { message: 'name must be at least 2 characters long' })
  @MaxLength(200)
  name: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(5000)
  description: string = '';

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd' })
  @IsOptional()
  @IsDateOnly()
  startsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd, on or after startsOn' })
  @IsOptional()
  @IsDateOnly()
  endsOn?: string | null;

  @Field({ defaultValue: false })
  @IsBoolean()
  requiresMentor: boolean = false;

  @Field({ defaultValue: true })
  @IsBoolean()
  curationRequired: boolean = true;
}

@InputType({ description: 'Fields left out stay as they are; null clears a date and is refused elsewhere' })
export class UpdateProgramInput {
  @Field(() => String, { nullable: true })
  @KeepWhenOmitted()
  @IsString()
  @MinLength(2, { message: 'name must be at least 2 characters long' })
  @MaxLength(200)
  name?: string;

  @Field(() => String, { nullable: true })
  @KeepWhenOmitted()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd' })
  @ClearWithNull()
  @IsDateOnly()
  startsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd, on or after startsOn' })
  @ClearWithNull()
  @IsDateOnly()
  endsOn?: string | null;

  @Field(() => Boolean, { nullable: true })
  @KeepWhenOmitted()
  @IsBoolean()
  requiresMentor?: boolean;

  @Field(() => Boolean, { nullable: true })
  @KeepWhenOmitted()
  @IsBoolean()
  curationRequired?: boolean;
}

@InputType()
export class ProgramFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  intermediaryId?: string;

  @Field(() => String, { nullable: true, description: 'Matches the name' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}

@ArgsType()
export class ProgramsArgs extends PageArgs {
  @Field(() => ProgramFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProgramFilter)
  filter?: ProgramFilter;
}

@ArgsType()
export class AddProgramParticipantArgs {
  @Field(() => ID)
  @IsUUID()
  programId: string;

  @Field(() => ID)
  @IsUUID()
  organizationId: string;

  @Field(() => ProgramParticipantRole, { description: 'COHORT for a nonprofit, PARTNER_COMPANY for a company, FUNDER for a funder' })
  @IsEnum(ProgramParticipantRole)
  role: ProgramParticipantRole;
}
