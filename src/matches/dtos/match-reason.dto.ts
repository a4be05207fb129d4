import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

/** The values are what match.reasons stores; GraphQL exposes the names. */
export enum MatchReasonKind {
  SKILL = 'skill',
  MISSING_SKILL = 'missing-skill',
  LANGUAGE = 'language',
  LOCATION = 'location',
  AVAILABILITY = 'availability',
  FUNDING = 'funding',
  CAUSE = 'cause',
  PROGRAM = 'program',
  INTERMEDIARY = 'intermediary',
  LOAD = 'load',
  ASKED_TO_HELP = 'asked-to-help',
  MANUAL = 'manual',
}
registerEnumType(MatchReasonKind, { name: 'MatchReasonKind', description: 'Why a pairing was proposed; each kind sets its own fields of MatchReason' });

/** One reason for a match, for wording the explanation in any language. Fields other than `kind` are set only by the kinds named. */
@ObjectType()
export class MatchReason {
  @Field(() => MatchReasonKind)
  kind: MatchReasonKind;

  @Field(() => ID, { nullable: true, description: 'SKILL, MISSING_SKILL' })
  skillId?: string;

  @Field(() => String, { nullable: true, description: 'SKILL, MISSING_SKILL: the skill`s name' })
  name?: string;

  @Field(() => Int, { nullable: true, description: 'SKILL: the level held, 1 to 5' })
  level?: number;

  @Field(() => Int, { nullable: true, description: 'SKILL, MISSING_SKILL: the level the role wants, 1 to 5' })
  wanted?: number;

  @Field(() => String, { nullable: true, description: 'LANGUAGE: ISO 639-1' })
  language?: string;

  @Field(() => String, { nullable: true, description: 'LOCATION: ISO 3166-1 of the candidate' })
  country?: string;

  @Field(() => Boolean, { nullable: true, description: 'LOCATION' })
  sameCountry?: boolean;

  @Field(() => Int, { nullable: true, description: 'LOCATION: minutes between the time zones, null when unknown' })
  utcOffsetDiffMinutes?: number | null;

  @Field(() => Float, { nullable: true, description: "LOCATION: hours of an 8-hour working day shared with the nonprofit's time zone; null in the same country or when unknown" })
  workingHoursOverlap?: number | null;

  @Field(() => Int, { nullable: true, description: 'AVAILABILITY' })
  hoursPerMonthFree?: number;

  @Field(() => Int, { nullable: true, description: 'AVAILABILITY' })
  hoursPerMonthWanted?: number;

  @Field(() => Float, { nullable: true, description: 'FUNDING: the amount the role asks, null when it names none' })
  amount?: number | null;

  @Field(() => String, { nullable: true, description: 'CAUSE: the focus area both share' })
  cause?: string;

  @Field(() => ID, { nullable: true, description: 'PROGRAM' })
  programId?: string;

  @Field(() => ID, { nullable: true, description: 'INTERMEDIARY' })
  intermediaryId?: string;

  @Field(() => Int, { nullable: true, description: 'LOAD: engagements the candidate already has' })
  activeEngagements?: number;

  @Field(() => String, { nullable: true, description: 'MANUAL: the curator`s reason' })
  note?: string;

  @Field(() => Boolean, { nullable: true, description: 'MANUAL: true when the curator made the offer from the candidate`s own interest in the role' })
  fromInterest?: boolean;
}

/** The parts of a score (or their weights), each named. */
@ObjectType()
export class ScoreParts {
  @Field(() => Float)
  skills: number;

  @Field(() => Float)
  cause: number;

  @Field(() => Float)
  language: number;

  @Field(() => Float)
  location: number;

  @Field(() => Float)
  availability: number;

  @Field(() => Float)
  affinity: number;

  @Field(() => Float)
  load: number;

  @Field(() => Float, { nullable: true, description: 'Asked to help with the role; null in scores saved before the part existed' })
  interest?: number | null;
}

@ObjectType({ description: 'The score is the weighted sum of the parts, each in [0, 1]' })
export class ScoreBreakdown {
  @Field(() => ScoreParts)
  parts: ScoreParts;

  @Field(() => ScoreParts)
  weights: ScoreParts;
}
