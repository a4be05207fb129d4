import type { Viewer } from '../auth/authContext';
import { needsOnboarding, type RallyRole } from '../auth/roles';

export interface InboxCount {
  count: number;
  since?: string | null;
  deadline?: string | null;
}

export type InboxItemKey = 'offersToAnswer' | 'needOffersToAnswer' | 'proposalsToReview' | 'hoursToConfirm' | 'unreadMessages' | 'interestsToReview' | 'followUpsToAnswer';

export interface InboxEntry extends InboxCount {
  key: InboxItemKey;
  /** The page where the waiting things are done. */
  to: string;
}

export interface InboxCounts {
  proposalsToReview: InboxCount;
  offersToAnswer: InboxCount;
  needOffersToAnswer: InboxCount;
  hoursToConfirm: InboxCount;
  interestsToReview: InboxCount;
  followUpsToAnswer: InboxCount;
  unreadMessages: number;
}

// A funder answers offers of its funding among the funding proposals; people answer theirs among their offers.
const offersPage = (roles: Set<RallyRole>) => (roles.has('funder') && !roles.has('volunteer') && !roles.has('mentor') ? '/funding/proposals' : '/offers');

const byDeadline = (a: InboxEntry, b: InboxEntry) => (a.deadline ? Date.parse(a.deadline) : Infinity) - (b.deadline ? Date.parse(b.deadline) : Infinity);

/** What waits for the reader, nearest deadline first; kinds with nothing waiting are left out. */
export function inboxEntries(counts: InboxCounts, roles: Set<RallyRole>): InboxEntry[] {
  const entries: InboxEntry[] = [
    { key: 'offersToAnswer', to: offersPage(roles), ...counts.offersToAnswer },
    { key: 'needOffersToAnswer', to: '/needs', ...counts.needOffersToAnswer },
    { key: 'proposalsToReview', to: '/curation/board', ...counts.proposalsToReview },
    { key: 'hoursToConfirm', to: '/engagements', ...counts.hoursToConfirm },
    { key: 'unreadMessages', to: '/messages', count: counts.unreadMessages },
    // Raised hands are answered on each need's page, follow-up questions on each finished engagement's page.
    { key: 'interestsToReview', to: '/needs', ...counts.interestsToReview },
    { key: 'followUpsToAnswer', to: '/engagements', ...counts.followUpsToAnswer },
  ];
  return entries.filter((e) => e.count > 0).sort(byDeadline);
}

export type SetupStepKey = 'onboarding' | 'volunteerProfile' | 'postNeed' | 'fundingOffer' | 'matchingRun' | 'inviteEmployees' | 'keepProfileCurrent';

export interface SetupStep {
  key: SetupStepKey;
  to: string;
}

/** The next thing to set up for someone with nothing waiting, by their first role. */
export function nextSetupStep(viewer: Viewer, roles: Set<RallyRole>): SetupStep | null {
  if (needsOnboarding(viewer)) return { key: 'onboarding', to: '/onboarding' };
  if (roles.has('volunteer') && !viewer.volunteerProfile && !viewer.mentorProfile) return { key: 'volunteerProfile', to: '/profile' };
  if (roles.has('nonprofit')) return { key: 'postNeed', to: '/needs/new' };
  if (roles.has('funder')) return { key: 'fundingOffer', to: '/funding/offers' };
  if (roles.has('curator')) return { key: 'matchingRun', to: '/curation/runs' };
  if (roles.has('companyAdmin')) return { key: 'inviteEmployees', to: '/organization/invitations/import' };
  if (viewer.volunteerProfile || viewer.mentorProfile) return { key: 'keepProfileCurrent', to: '/profile' };
  return null;
}
