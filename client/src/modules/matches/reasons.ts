// Mirrors the matching engine's structured reasons (src/matching/engine/types.ts) so the client can word them in any language.
export type MatchReason =
  | { kind: 'skill'; skillId: string; name: string; level: number; wanted: number }
  | { kind: 'missing-skill'; skillId: string; name: string; wanted: number }
  | { kind: 'language'; language: string }
  | { kind: 'location'; country: string; sameCountry: boolean; utcOffsetDiffMinutes: number | null }
  | { kind: 'availability'; hoursPerMonthFree: number; hoursPerMonthWanted: number }
  | { kind: 'funding'; amount: number | null; budgetLeft: number }
  | { kind: 'cause'; cause: string }
  | { kind: 'program'; programId: string }
  | { kind: 'intermediary'; intermediaryId: string }
  | { kind: 'load'; activeEngagements: number };

export const SCORE_PARTS = ['skills', 'cause', 'language', 'location', 'availability', 'affinity', 'load'] as const;
export type ScorePart = (typeof SCORE_PARTS)[number];

export interface ScoreBreakdown {
  parts: Partial<Record<ScorePart, number>>;
  weights: Partial<Record<ScorePart, number>>;
}

const KNOWN_KINDS = new Set([
  'skill',
  'missing-skill',
  'language',
  'location',
  'availability',
  'funding',
  'cause',
  'program',
  'intermediary',
  'load',
]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keeps the reasons this client knows how to word; a newer engine's extra kinds are skipped. */
export function parseReasons(value: unknown): MatchReason[] {
  if (!Array.isArray(value)) return [];
  return value.filter((item): item is MatchReason => isRecord(item) && typeof item.kind === 'string' && KNOWN_KINDS.has(item.kind));
}

function numbers(value: unknown): Partial<Record<ScorePart, number>> {
  if (!isRecord(value)) return {};
  const result: Partial<Record<ScorePart, number>> = {};
  for (const part of SCORE_PARTS) {
    const n = value[part];
    if (typeof n === 'number' && Number.isFinite(n)) result[part] = n;
  }
  return result;
}

export function parseBreakdown(value: unknown): ScoreBreakdown {
  if (!isRecord(value)) return { parts: {}, weights: {} };
  return { parts: numbers(value.parts), weights: numbers(value.weights) };
}
