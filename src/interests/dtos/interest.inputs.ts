import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';

import { PageArgs } from '../../common/pagination/pagination';
import { PLAIN_TEXT, trimText } from '../../common/validation/validators';
import { InterestStatus, MAX_INTEREST_DECLINE_REASON, MAX_INTEREST_NOTE } from '../interest.entity';

@InputType()
export class RaiseInterestInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'roleId must be a valid id' })
  roleId: string;

  @Field({ defaultValue: '', description: `Why you would like to help: plain text, at most ${MAX_INTEREST_NOTE} characters once trimmed` })
  @Transform(trimText)
  @IsString()
  @MaxLength(MAX_INTEREST_NOTE, { message: `note must be at most ${MAX_INTEREST_NOTE} characters` })
  @Matches(PLAIN_TEXT, { message: 'note must be plain text without control characters' })
  note: string = '';
}

@ArgsType()
export class DeclineInterestArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a valid id' })
  id: string;

  @Field(() => String, { nullable: true, description: `Shown to the volunteer: plain text, at most ${MAX_INTEREST_DECLINE_REASON} characters` })
  @IsOptional()
  @Transform(trimText)
  @IsString()
  @MaxLength(MAX_INTEREST_DECLINE_REASON, { message: `reason must be at most ${MAX_INTEREST_DECLINE_REASON} characters` })
  @Matches(PLAIN_TEXT, { message: 'reason must be plain text without control characters' })
  reason?: string | null;
}

@InputType()
export class InterestFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'needId must be a valid id' })
  needId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'roleId must be a valid id' })
  roleId?: string;

  @Field(() => [InterestStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(4)
  @IsEnum(InterestStatus, { each: true })
  status?: InterestStatus[];

  @Field(() => Boolean, { nullable: true, description: 'Only the interests you raised yourself (your "My interests" list)' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean;
}

@ArgsType()
export class InterestsArgs extends PageArgs {
  @Field(() => InterestFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => InterestFilter)
  filter?: InterestFilter;
}
