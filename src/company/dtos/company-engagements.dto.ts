import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

import { ListSize } from '../../common/graphql/query-limits';
import { MatchStatus } from '../../matches/match.entity';

export const MAX_COMPANY_EMPLOYEES_LISTED = 500;
export const MAX_COMPANY_ENGAGEMENTS_LISTED = 500;

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

@ObjectType('CompanyEngagement', { description: 'An employee’s engagement, read-only for the employer' })
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
}

@ObjectType('CompanyEngagementTotals')
export class CompanyEngagementTotalsDto {
  @Field(() => Int)
  employees: number;

  @Field(() => Int, { description: 'Confirmed or active engagements' })
  ongoing: number;

  @Field(() => Int)
  completed: number;

  @Field(() => Float)
  confirmedHours: number;
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
}
