import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { ListSize } from '../../common/graphql/query-limits';
import { MatchStatus } from '../../matches/match.entity';

export const MAX_COMPANY_EMPLOYEES_LISTED = 500;
export const MAX_COMPANY_ENGAGEMENTS_LISTED = 500;

/** Where an engagement stands with the employer's sign-off. */
export enum SignOffState {
  /** Confirmed without the employer's sign-off (the company did not require it then). */
  NOT_REQUIRED = 'NOT_REQUIRED',
  AWAITING = 'AWAITING',
  APPROVED = 'APPROVED',
  DECLINED = 'DECLINED',
}
registerEnumType(SignOffState, { name: 'SignOffState' });

@ObjectType('CompanyEmployee', { description: 'A volunteer profile naming the company as employer' })
export class CompanyEmployeeDto {
  @Field(() => ID)
  volunteerProfileId: string;

  @Field()
  name: string;

  @Field(() => Int, { description: 'Engagements agreed to (confirmed, active or completed)' })
  engagements: number;

  @Field(() => Float)
  confirmedHours: number;
}

@ObjectType('CompanyEngagement', { description: 'An employee’s engagement: agreed to, or waiting for (or refused) the employer’s sign-off' })
export class CompanyEngagementDto {
  @Field(() => ID)
  matchId: string;

  @Field(() => ID)
  volunteerProfileId: string;

  @Field()
  employeeName: string;

  @Field(() => ID)
  needId: string;

  @Field()
  needTitle: string;

  @Field()
  nonprofitName: string;

  @Field(() => MatchStatus)
  status: MatchStatus;

  @Field(() => Float, { description: 'Hours the nonprofit has confirmed' })
  confirmedHours: number;

  @Field(() => Date, { nullable: true })
  confirmedAt: Date | null;

  @Field(() => SignOffState)
  signOff: SignOffState;

  @Field(() => String, { nullable: true, description: 'Why the company declined the sign-off' })
  signOffReason: string | null;

  @Field(() => Int, { description: 'Pass it back when approving; a stale one gets CONFLICT' })
  version: number;
}

@ObjectType('CompanyEngagementTotals')
export class CompanyEngagementTotalsDto {
  @Field(() => Int)
  employees: number;

  @Field(() => Int, { description: 'Confirmed or active engagements' })
  ongoing: number;

  @Field(() => Int)
  completed: number;

  @Field(() => Float, { description: 'Confirmed hours of engagements the company approved or that needed no sign-off' })
  confirmedHours: number;

  @Field(() => Int, { description: 'Engagements waiting for the company’s sign-off' })
  awaitingSignOff: number;
}

@ObjectType('CompanyEngagements', { description: 'A company’s employees and their engagements, for the company’s admins' })
export class CompanyEngagementsDto {
  @Field(() => [CompanyEmployeeDto], { description: `By name, at most ${MAX_COMPANY_EMPLOYEES_LISTED}` })
  @ListSize(MAX_COMPANY_EMPLOYEES_LISTED)
  employees: CompanyEmployeeDto[];

  @Field(() => [CompanyEngagementDto], { description: `Newest first, at most ${MAX_COMPANY_ENGAGEMENTS_LISTED}` })
  @ListSize(MAX_COMPANY_ENGAGEMENTS_LISTED)
  engagements: CompanyEngagementDto[];

  @Field(() => CompanyEngagementTotalsDto, { description: 'Over all employees and engagements, not only the ones listed' })
  totals: CompanyEngagementTotalsDto;

  @Field({ description: 'Whether the company approves its employees’ pro-bono time before a match is confirmed' })
  requiresSignOff: boolean;
}
