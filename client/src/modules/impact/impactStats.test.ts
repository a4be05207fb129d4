import { describe, expect, it } from 'vitest';

import type { MatchCardFieldsFragment } from '../../generated/graphql';
import { impactStats } from './impactStats';

function engagement(id: string, focusArea: string, publishedAt: string, confirmedAt: string, status: string, roleId: string): MatchCardFieldsFragment {
  return {
    id,
    status,
    candidateKind: 'VOLUNTEER',
    confirmedAt,
    offeredAt: null,
    need: { publishedAt, focusArea },
    role: { id: roleId, seats: 2, seatsFilled: 1 },
  } as unknown as MatchCardFieldsFragment;
}

describe('impactStats', () => {
  it('counts by focus area and month, fill rate over distinct roles and the median wait', () => {
    const stats = impactStats([
      engagement('a', 'HEALTH', '2027-01-01T00:00:00Z', '2027-01-03T00:00:00Z', 'COMPLETED', 'r1'),
      engagement('b', 'HEALTH', '2027-01-01T00:00:00Z', '2027-01-11T00:00:00Z', 'ACTIVE', 'r1'),
      engagement('c', 'EDUCATION', '2027-02-01T00:00:00Z', '2027-02-05T00:00:00Z', 'CONFIRMED', 'r2'),
    ]);
    expect(stats.engagements).toBe(3);
    expect(stats.completed).toBe(1);
    expect(stats.fillRate).toBe(0.5);
    expect(stats.medianDaysToConfirm).toBe(4);
    expect(stats.byFocusArea).toEqual([
      { focusArea: 'HEALTH', engagements: 2 },
      { focusArea: 'EDUCATION', engagements: 1 },
    ]);
    expect(stats.byMonth).toEqual([
      { month: '2027-01', engagements: 2 },
      { month: '2027-02', engagements: 1 },
    ]);
  });

  it('has no rates without data', () => {
    expect(impactStats([])).toMatchObject({ fillRate: null, medianDaysToConfirm: null, engagements: 0 });
  });
});
