import type { FeedbackDirection, MatchPageFieldsFragment, ViewerFieldsFragment } from '../../generated/graphql';

export type MatchPageMatch = MatchPageFieldsFragment;

/** From CONFIRMED on both sides have agreed; contact details are shown only then. */
export const AGREED_STATUSES: ReadonlySet<string> = new Set(['CONFIRMED', 'ACTIVE', 'COMPLETED']);

export interface MatchSides {
  /** The viewer is a member of the nonprofit. */
  nonprofit: boolean;
  /** The viewer is the volunteer or mentor, or a member of the funder. */
  candidate: boolean;
}

type ViewerLike = Pick<ViewerFieldsFragment, 'id' | 'memberships'>;

/** Which sides of the match the viewer is on; curators and employer admins are on neither. */
export function matchSides(match: MatchPageMatch, viewer: ViewerLike | null): MatchSides {
  if (!viewer) return { nonprofit: false, candidate: false };
  const orgs = new Set(viewer.memberships.map((m) => m.organization.id));
  const candidateUser = match.volunteerProfile?.user.id ?? match.mentorProfile?.user.id;
  return {
    nonprofit: orgs.has(match.need.nonprofit.id),
    candidate: candidateUser === viewer.id || (match.fundingOffer ? orgs.has(match.fundingOffer.funder.id) : false),
  };
}

/** The feedback the viewer's side gives, or null when they are on neither side (or on both, which the API refuses). */
export function feedbackDirection(sides: MatchSides): FeedbackDirection | null {
  if (sides.nonprofit === sides.candidate) return null;
  return sides.nonprofit ? 'NONPROFIT_TO_CANDIDATE' : 'CANDIDATE_TO_NONPROFIT';
}
