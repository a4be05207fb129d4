import type { NotificationFieldsFragment } from '../../generated/graphql';

// Where a notification without a match leads; one about a match opens the match page (as its email does).
const TARGET: Partial<Record<string, string>> = {
  PROPOSAL_NEW: '/curation/board',
  OFFER_NEW: '/offers',
  OFFER_EXPIRING: '/offers',
  MATCH_CONFIRMED: '/engagements',
  MATCH_COMPLETED: '/engagements',
  HOURS_TO_CONFIRM: '/engagements',
  NEED_CANCELLED: '/engagements',
  INTEREST_RAISED: '/needs',
};

/** Where opening a notification leads: the match page for anything about a match, as its email links do. */
export function notificationTarget(item: Pick<NotificationFieldsFragment, 'kind' | 'matchId'>): string | undefined {
  return item.matchId ? `/matches/${item.matchId}` : TARGET[item.kind];
}
