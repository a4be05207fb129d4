import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';

import { MatchSide } from '../../common/access/match-side';
import { FocusArea } from '../../common/domain/focus-area.enum';
import { PageArgs } from '../../common/pagination/pagination';
import { IsCountry } from '../../common/validation/validators';
import { RoleKind } from '../../needs/need-role.entity';
import { DeclineReason, MatchEntity, MatchStatus } from '../match.entity';
import { MatchAction } from '../match-transitions';

export const MAX_PROPOSAL_DECISIONS = 200;

@ArgsType()
export class MatchVersionArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a valid id' })
  id: string;

  @Field(() => Int, { description: 'The version you last saw; if the match changed since, you get CONFLICT' })
  @IsInt()
  @Min(1)
  version: number;
}

@ArgsType()
export class DeclineMatchArgs extends MatchVersionArgs {
  @Field(() => DeclineReason)
  @IsEnum(DeclineReason)
  reason: DeclineReason;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}

@ArgsType()
export class WithdrawMatchArgs extends MatchVersionArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string | null;
}

@ArgsType()
export class CancelMatchArgs extends MatchVersionArgs {
  @Field({ description: 'Why; kept in the match history' })
  @IsString()
  @MinLength(3, { message: 'reason must say why, in at least 3 characters' })
  @MaxLength(1000)
  reason: string;
}

export const MAX_SIGN_OFF_REASON_LENGTH = 1000;

@ArgsType()
export class ApproveSignOffArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'matchId must be a valid id' })
  matchId: string;

  @Field(() => Int, { nullable: true, description: 'The version you saw; a stale one gets CONFLICT' })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number | null;
}

@ArgsType()
export class DeclineSignOffArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'matchId must be a valid id' })
  matchId: string;

  @Field({ description: 'Why the company does not approve the time; the volunteer and the nonprofit read it' })
  @IsString()
  @MinLength(3, { message: 'reason must say why, in at least 3 characters' })
  @MaxLength(MAX_SIGN_OFF_REASON_LENGTH)
  reason: string;
}

@InputType()
export class ProposalDecisionInput {
  @Field(() => [ID])
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_PROPOSAL_DECISIONS)
  @IsUUID('all', { each: true, message: 'matchIds must hold valid ids' })
  matchIds: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string | null;
}

@InputType()
export class CreateManualMatchInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'roleId must be a valid id' })
  roleId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'volunteerProfileId must be a valid id' })
  volunteerProfileId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'mentorProfileId must be a valid id' })
  mentorProfileId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'fundingOfferId must be a valid id' })
  fundingOfferId?: string | null;

  @Field({ description: 'Why this pairing; both sides and the history see it' })
  @IsString()
  @MinLength(3, { message: 'reason must say why, in at least 3 characters' })
  @MaxLength(1000)
  reason: string;
}

export const MAX_FILTER_STATUSES = 10;
export const MAX_MATCH_SEARCH = 100;

registerEnumType(MatchSide, {
  name: 'MatchSide',
  description: 'Which side of a match you are on: curator of its need, the nonprofit, the candidate, or the admin of the volunteer’s employer',
});

export enum MatchOrder {
  NEWEST = 'NEWEST',
  SCORE = 'SCORE',
  DEADLINE = 'DEADLINE',
}
registerEnumType(MatchOrder, {
  name: 'MatchOrder',
  description: 'NEWEST first (the default), best SCORE first, or the nearest DEADLINE to respond by first (matches without one last)',
});

@InputType()
export class MatchFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  needId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  roleId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  programId?: string;

  @Field(() => ID, { nullable: true, description: 'Matches on needs this intermediary curates: its programs and the nonprofits it curates' })
  @IsOptional()
  @IsUUID()
  intermediaryId?: string;

  @Field(() => [MatchStatus], { nullable: true, description: `Any of these statuses, at most ${MAX_FILTER_STATUSES}; empty or left out for all` })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_FILTER_STATUSES)
  @IsEnum(MatchStatus, { each: true })
  statuses?: MatchStatus[];

  @Field(() => RoleKind, { nullable: true })
  @IsOptional()
  @IsEnum(RoleKind)
  candidateKind?: RoleKind;

  @Field(() => FocusArea, { nullable: true, description: "The need's focus area" })
  @IsOptional()
  @IsEnum(FocusArea)
  focusArea?: FocusArea;

  @Field(() => String, { nullable: true, description: "The need's country, ISO 3166-1" })
  @IsOptional()
  @IsCountry()
  country?: string;

  @Field(() => String, {
    nullable: true,
    description: `Text in the need's title or the candidate's name (the offer's title or funder for funding), at most ${MAX_MATCH_SEARCH} characters`,
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_MATCH_SEARCH)
  search?: string;

  @Field(() => [MatchSide], {
    nullable: true,
    description: 'Only matches where you are on one of these sides: CURATOR of the need, the NONPROFIT or the CANDIDATE (you, or your funder), the last two once offered',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @IsEnum(MatchSide, { each: true })
  sides?: MatchSide[];
}

@ArgsType()
export class MatchesArgs extends PageArgs {
  @Field(() => MatchFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MatchFilter)
  filter?: MatchFilter;

  @Field(() => MatchOrder, { defaultValue: MatchOrder.NEWEST })
  @IsEnum(MatchOrder)
  orderBy: MatchOrder = MatchOrder.NEWEST;
}

@ObjectType('MatchItemError')
export class MatchItemError {
  @Field()
  code: string;

  @Field()
  message: string;

  @Field(() => MatchStatus, { nullable: true })
  currentStatus?: MatchStatus | null;

  @Field(() => Int, { nullable: true })
  currentVersion?: number | null;
}

/** One item of a batch decision: a stale or refused item reports its error and the others go through. */
@ObjectType('ProposalDecisionResult')
export class ProposalDecisionResult {
  @Field(() => ID)
  matchId: string;

  @Field()
  ok: boolean;

  @Field(() => MatchEntity, { nullable: true })
  match: MatchEntity | null;

  @Field(() => MatchItemError, { nullable: true })
  error: MatchItemError | null;
}

registerEnumType(MatchAction, { name: 'MatchAction', description: 'What can be done to a match; see Match.allowedActions' });
