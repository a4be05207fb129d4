import { MatchReasonKind } from '../generated/graphql';
import type { MatchReason, ScoreBreakdown } from '../modules/matches/reasons';

const NO_FIELDS = {
  skillId: null,
  name: null,
  level: null,
  wanted: null,
  language: null,
  country: null,
  sameCountry: null,
  utcOffsetDiffMinutes: null,
  workingHoursOverlap: null,
  hoursPerMonthFree: null,
  hoursPerMonthWanted: null,
  amount: null,
  cause: null,
  programId: null,
  intermediaryId: null,
  activeEngagements: null,
  note: null,
};

/** A reason as the API sends it: the fields its kind does not set are null. */
export const aReason = (kind: MatchReasonKind, fields: Partial<MatchReason> = {}): MatchReason => ({ __typename: 'MatchReason', ...NO_FIELDS, kind, ...fields });

const parts = (values: Partial<Record<keyof typeof EVEN, number>>) => ({ __typename: 'ScoreParts' as const, ...EVEN, ...values });
const EVEN = { skills: 0, cause: 0, language: 0, location: 0, availability: 0, affinity: 0, load: 0, interest: 0 };

export const aBreakdown = (values: Partial<typeof EVEN>, weights: Partial<typeof EVEN>): ScoreBreakdown => ({
  __typename: 'ScoreBreakdown',
  parts: parts(values),
  weights: parts(weights),
});
