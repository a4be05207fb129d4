import type { InboxCount } from '../inboxItems';

/** Counts that other features' APIs will bring to the home page; each stays null until its API exists. */
export interface InboxSlots {
  /** Interests in needs to look at (curators, nonprofits): the `interests` API. */
  interests: InboxCount | null;
  /** Follow-up questions waiting for an answer. */
  followUpQuestions: InboxCount | null;
}

// The merge fills these from the interests and follow-up question queries; until then nothing is shown for them.
export function useInboxSlots(): InboxSlots {
  return { interests: null, followUpQuestions: null };
}
