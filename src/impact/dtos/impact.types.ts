import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsUUID, ValidateNested } from 'class-validator';

import { ListSize } from '../../common/graphql/query-limits';

// Buckets are not nested in lists, so a generous bound costs nothing; it covers every country code.
const MAX_IMPACT_BUCKETS = 250;

@InputType({ description: 'Exactly one of the ids: whose impact to count' })
export class ImpactScopeInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  programId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  intermediaryId?: string;

  @Field(() => ID, { nullable: true, description: 'Hours and matches of the company’s employees' })
  @IsOptional()
  @IsUUID()
  companyId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  nonprofitId?: string;

  @Field(() => ID, { nullable: true, description: 'The programs it funds and the needs it funded' })
  @IsOptional()
  @IsUUID()
  funderId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  volunteerProfileId?: string;

  @Field(() => ID, { nullable: true, description: 'The mentor’s own mentoring' })
  @IsOptional()
  @IsUUID()
  mentorProfileId?: string;

  @Field(() => ID, { nullable: true, description: 'Joint impact of a network’s members, for their curators' })
  @IsOptional()
  @IsUUID()
  networkId?: string;
}

@ArgsType()
export class ImpactArgs {
  @Field(() => ImpactScopeInput)
  @ValidateNested()
  @Type(() => ImpactScopeInput)
  scope: ImpactScopeInput;

  @Field(() => Date, { nullable: true, description: 'From this instant (inclusive)' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'from must be a date-time such as 2025-01-01T00:00:00Z' })
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Until this instant (exclusive)' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'to must be a date-time such as 2026-01-01T00:00:00Z' })
  to?: Date;
}

@ObjectType('ImpactFigures', {
  description:
    'Each figure counts what happened in the window by its own date: proposals by creation, offers by offeredAt, confirmations by confirmedAt, hours by the day worked, seats by the need’s publication',
})
export class ImpactFigures {
  @Field(() => Int, { description: 'Pairings put forward: proposals and direct offers' })
  proposals: number;

  @Field(() => Int)
  offers: number;

  @Field(() => Int)
  confirmed: number;

  @Field(() => Int)
  completed: number;

  @Field(() => Float, { nullable: true, description: 'Of the offers answered (confirmed, declined or expired), the share confirmed' })
  acceptanceRate: number | null;

  @Field(() => Float, { nullable: true, description: 'Median days from offer (or proposal) to confirmation' })
  medianDaysToMatch: number | null;

  @Field(() => Int, { nullable: true, description: 'Seats of the scope’s published needs; empty for a company or a volunteer' })
  seats: number | null;

  @Field(() => Int, { nullable: true })
  seatsFilled: number | null;

  @Field(() => Float, { nullable: true })
  fillRate: number | null;

  @Field(() => Float, { description: 'Hours the nonprofits confirmed' })
  confirmedHours: number;

  @Field(() => Float, { description: 'Confirmed hours × the hourly value of each role’s main skill category' })
  hoursValue: number;
}

@ObjectType('FollowUpFigures', { description: 'The three-month question to nonprofits, "Is the work still in use?", counted by when it was asked' })
export class FollowUpFigures {
  @Field(() => Int, { description: 'Questions asked of completed matches' })
  asked: number;

  @Field(() => Int)
  answered: number;

  @Field(() => Int, { description: 'Answered YES' })
  stillInUse: number;

  @Field(() => Int, { description: 'Answered PARTLY' })
  partly: number;

  @Field(() => Int, { description: 'Answered NO' })
  notInUse: number;
}

@ObjectType('ImpactBucket')
export class ImpactBucket {
  @Field({ description: 'A focus area, an ISO country code or a month (YYYY-MM)' })
  key: string;

  @Field(() => ImpactFigures)
  figures: ImpactFigures;
}

@ObjectType('ImpactReport')
export class ImpactReport {
  @Field({ description: 'The currency of hoursValue' })
  currency: string;

  @Field(() => Date, { nullable: true })
  from: Date | null;

  @Field(() => Date, { nullable: true })
  to: Date | null;

  @Field(() => ImpactFigures)
  totals: ImpactFigures;

  @Field(() => FollowUpFigures)
  followUps: FollowUpFigures;

  @Field(() => ImpactFigures, {
    nullable: true,
    description: 'Of the totals, the matches a partner intermediary proposed through a network (for an intermediary or a network; empty otherwise)',
  })
  viaNetwork: ImpactFigures | null;

  @Field(() => [ImpactBucket])
  @ListSize(MAX_IMPACT_BUCKETS)
  byFocusArea: ImpactBucket[];

  @Field(() => [ImpactBucket])
  @ListSize(MAX_IMPACT_BUCKETS)
  byCountry: ImpactBucket[];

  @Field(() => [ImpactBucket])
  @ListSize(MAX_IMPACT_BUCKETS)
  byMonth: ImpactBucket[];
}
