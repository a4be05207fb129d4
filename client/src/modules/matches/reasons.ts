import type { MatchCardFieldsFragment } from '../../generated/graphql';

export type MatchReason = MatchCardFieldsFragment['reasons'][number];
export type ScoreBreakdown = NonNullable<MatchCardFieldsFragment['breakdown']>;

export const SCORE_PARTS = ['skills', 'cause', 'language', 'location', 'availability', 'affinity', 'load', 'interest'] as const;
export type ScorePart = (typeof SCORE_PARTS)[number];
