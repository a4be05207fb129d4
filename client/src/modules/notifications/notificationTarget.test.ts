import { describe, expect, it } from 'vitest';

import type { NotificationKind } from '../../generated/graphql';
import { notificationTarget } from './notificationTarget';

describe('notificationTarget', () => {
  it('opens the match page for every notification about a match, as the email does', () => {
    for (const kind of ['PROPOSAL_NEW', 'OFFER_NEW', 'OFFER_EXPIRING', 'MATCH_CONFIRMED', 'MATCH_COMPLETED', 'HOURS_TO_CONFIRM'] as NotificationKind[]) {
      expect(notificationTarget({ kind, matchId: 'abc' })).toBe('/matches/abc');
    }
  });

  it('falls back to the list page for a notification without a match, and to nothing for an unknown kind', () => {
    expect(notificationTarget({ kind: 'OFFER_NEW', matchId: null })).toBe('/offers');
    expect(notificationTarget({ kind: 'SOMETHING_NEW' as NotificationKind, matchId: null })).toBeUndefined();
  });
});
