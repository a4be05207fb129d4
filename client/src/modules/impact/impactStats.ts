import type { MatchCardFieldsFragment } from '../../generated/graphql';

export interface ImpactStats {
  engagements: number;
  completed: number;
  fillRate: number | null;
  medianDaysToConfirm: number | null;
  byFocusArea: { focusArea: string; engagements: number }[];
  byMonth: { month: string; engagements: number }[];
  byKind: { kind: string; engagements: number }[];
}

const DAY_MS = 24 * 3600 * 1000;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** Impact figures computed from the engagements the reader can see. */
export function impactStats(engagements: MatchCardFieldsFragment[]): ImpactStats {
  const roles = new Map(engagements.map((m) => [m.role.id, m.role]));
  const seats = [...roles.values()].reduce((sum, r) => sum + r.seats, 0);
  const filled = [...roles.values()].reduce((sum, r) => sum + r.seatsFilled, 0);
  const waits = engagements.flatMap((m) => {
    const from = m.need.publishedAt ?? m.offeredAt;
    return m.confirmedAt && from ? [(Date.parse(m.confirmedAt) - Date.parse(from)) / DAY_MS] : [];
  });
  const byFocusArea = [...countBy(engagements, (m) => m.need.focusArea)].map(([focusArea, n]) => ({ focusArea, engagements: n })).sort((a, b) => b.engagements - a.engagements);
  const byMonth = [...countBy(engagements.filter((m) => m.confirmedAt), (m) => (m.confirmedAt ?? '').slice(0, 7))]
    .map(([month, n]) => ({ month, engagements: n }))
    .sort((a, b) => a.month.localeCompare(b.month));
  const byKind = [...countBy(engagements, (m) => m.candidateKind)].map(([kind, n]) => ({ kind, engagements: n }));
  return {
    engagements: engagements.length,
    completed: engagements.filter((m) => m.status === 'COMPLETED').length,
    fillRate: seats > 0 ? filled / seats : null,
    medianDaysToConfirm: median(waits),
    byFocusArea,
    byMonth,
    byKind,
  };
}
