import type { MatchCardFieldsFragment } from '../../generated/graphql';

export function candidateName(match: MatchCardFieldsFragment): string {
  if (match.volunteerProfile) return match.volunteerProfile.user.name;
  if (match.mentorProfile) return match.mentorProfile.user.name;
  if (match.fundingOffer) return match.fundingOffer.funder.name;
  return '';
}

export function candidateDetail(match: MatchCardFieldsFragment): string {
  return match.volunteerProfile?.headline ?? match.mentorProfile?.headline ?? match.fundingOffer?.title ?? '';
}
