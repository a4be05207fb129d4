import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

import { ListSize } from '../../../common/graphql/query-limits';
import { MatchReason, ScoreBreakdown } from '../../../matches/dtos/match-reason.dto';
import { MatchStatus, MAX_MATCH_REASONS } from '../../../matches/match.entity';
import { RoleKind } from '../../../needs/need-role.entity';

@ObjectType('ShortlistEntry', { description: "One of a role's best candidates from its latest matching run, best first; curators only" })
export class ShortlistEntryDto {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  roleId: string;

  @Field(() => Int, { description: '1 = best' })
  rank: number;

  @Field(() => Float)
  score: number;

  @Field(() => ScoreBreakdown)
  breakdown: ScoreBreakdown;

  @Field(() => [MatchReason])
  @ListSize(MAX_MATCH_REASONS)
  reasons: MatchReason[];

  @Field(() => RoleKind)
  candidateKind: RoleKind;

  @Field(() => ID, { description: 'The volunteer profile, mentor profile or funding offer' })
  candidateId: string;

  @Field({ description: "The person's name, or the funding offer's title" })
  candidateName: string;

  @Field({ description: "The person's headline, or the funder's name" })
  candidateHeadline: string;

  @Field({ description: 'The run proposed this candidate for the role; otherwise an alternative' })
  proposed: boolean;

  @Field(() => ID, { nullable: true, description: 'The open match of this candidate for the role, if any' })
  matchId: string | null;

  @Field(() => MatchStatus, { nullable: true, description: "That match's status: the candidate is already matched" })
  matchStatus: MatchStatus | null;
}
