import {
  type CandidateTable,
  F_BUDGET_LEFT,
  F_CAUSE_MASK,
  F_COUNTRY,
  F_FIRST_LANGUAGE,
  F_HOURS_FREE,
  F_INTERMEDIARY_MASK,
  F_LANGUAGE_MASK,
  F_LOAD,
  F_PROGRAM_MASK,
  F_UTC_OFFSET,
  hasId,
  listHas,
  listIsEmpty,
  STRIDE,
} from './candidate-table';
import type { ScoreWeights } from './config';
import type { PreparedRole } from './prepared-role';
import type { EngineCandidate, EngineRole, ScoreBreakdown, ScoreParts } from './types';

/*
 * score = Σ weight·part, every part in [0, 1] and the weights summing to 1 (config.ts says why each
 * weight is what it is):
 * - skills: Σ skillWeight·coverage / Σ skillWeight over the wanted skills. Coverage is 0.9 at the
 *   wanted level, rising to 1 at expert (headroom), 0.9·level/wanted below it, 0 when missing; so
 *   headroom on one skill never outweighs covering another (while skill weights differ by less
 *   than 9×). A role that wants no skills is fully covered, except a mentor role: there a mentor
 *   whose focus areas include the role's has the expertise (1), others score 0.4.
 * - cause: 1 when the candidate cares about the role's focus area (or a funding offer names it);
 *   0.5 for a funding offer open to any focus area; else 0.
 * - language: half for the role's language (1 when the candidate's first, 0.6 when another spoken
 *   one; speaking it at all is a hard filter), half for speaking one of the nonprofit's languages
 *   (when the role lists none, the role's language stands in).
 * - location: 1 in the same country (or a funding offer that names the country); otherwise 0.8
 *   times the share of an 8-hour working day both sides share (nonprofit's time zone against the
 *   candidate's), or 0.4 when the nonprofit's time zone is unknown.
 * - availability: people: free hours / wanted hours, capped at 1. Funding: 1 when the budget left
 *   covers the amount asked twice, else 0.5 (covering it once is a hard filter), so an offer the
 *   grant would not drain scores higher. Only two steps: the breakdown reaches the nonprofit, and
 *   a finer part would give away the funder's private budget (budgetLeft = 2·amount·part).
 * - affinity: 1 when the candidate is in the role's program, 0.6 when only in its intermediary.
 * - load: 1 / (1 + active engagements), so idle people come before busy ones.
 * - interest: 1 when the candidate asked to help with this role, else 0.
 */
const SECOND_LANGUAGE = 0.6;
const OTHER_COUNTRY_MAX = 0.8;
const UNKNOWN_TIME_ZONE = 0.4;
const WORKING_DAY_MINUTES = 8 * 60;
const DAY_MINUTES = 24 * 60;
const ANY_FOCUS_AREA = 0.5;
const SAME_INTERMEDIARY = 0.6;
const FUNDING_DRAINED = 0.5;
const HEADROOM = 0.1;
const TOP_LEVEL = 5;
const MENTOR_WITHOUT_EXPERTISE = 0.4;

/** Order of the parts in the Float64Arrays the hot path uses instead of ScoreParts objects. */
export const PART_NAMES = ['skills', 'cause', 'language', 'location', 'availability', 'affinity', 'load', 'interest'] as const;
export const P_SKILLS = 0;
export const P_CAUSE = 1;
const P_LANGUAGE = 2;
const P_LOCATION = 3;
const P_AVAILABILITY = 4;
const P_AFFINITY = 5;
export const P_LOAD = 6;
const P_INTEREST = 7;

export function weightVector(weights: ScoreWeights): Float64Array {
  return Float64Array.from(PART_NAMES, (name) => weights[name]);
}

export function levelCoverage(level: number, wanted: number): number {
  if (level < wanted) return ((1 - HEADROOM) * level) / wanted;
  if (wanted >= TOP_LEVEL) return 1;
  return 1 - HEADROOM + (HEADROOM * (Math.min(level, TOP_LEVEL) - wanted)) / (TOP_LEVEL - wanted);
}

export function skillCoverage(role: PreparedRole, table: CandidateTable, row: number): number {
  if (role.skillIds.length === 0) return expertiseCoverage(role, table, row);
  const { start, ids, levels } = table.skills;
  let covered = 0;
  for (let j = 0; j < role.skillIds.length; j++) {
    for (let k = start[row]; k < start[row + 1]; k++) {
      if (ids[k] === role.skillIds[j]) covered += role.skillWeights[j] * levelCoverage(levels[k], role.skillLevels[j]);
    }
  }
  return covered / role.totalSkillWeight;
}

function expertiseCoverage(role: PreparedRole, table: CandidateTable, row: number): number {
  if (role.role.kind !== 'MENTOR') return 1;
  return hasId(table.causes, table.rows, row, F_CAUSE_MASK, role.focusArea) ? 1 : MENTOR_WITHOUT_EXPERTISE;
}

export function fillScoreParts(role: PreparedRole, table: CandidateTable, row: number, skills: number, out: Float64Array): void {
  fillRowParts(role, table, row, skills, out);
  fillListParts(role, table, row, out);
}

/** The parts read from the candidate's row alone: cheap enough to bound a score before the rest. */
export function fillRowParts(role: PreparedRole, table: CandidateTable, row: number, skills: number, out: Float64Array): void {
  const base = row * STRIDE;
  const rows = table.rows;
  out[P_SKILLS] = skills;
  out[P_LANGUAGE] = languagePart(role, table, row);
  out[P_LOCATION] = locationPart(role, table, row);
  out[P_AVAILABILITY] = availabilityPart(role, rows, base);
  out[P_LOAD] = rows[base + F_LOAD];
  out[P_INTEREST] = role.interested.has(row) ? 1 : 0;
}

/** The parts that need list lookups (causes, programs, intermediaries). */
export function fillListParts(role: PreparedRole, table: CandidateTable, row: number, out: Float64Array): void {
  out[P_CAUSE] = causePart(role, table, row);
  out[P_AFFINITY] = affinityPart(role, table, row);
}

/** Best score reachable once the row parts are known, with cause and affinity at their maximum. */
export function rowPartsBound(parts: Float64Array, weights: Float64Array): number {
  return (
    weights[P_SKILLS] * parts[P_SKILLS] +
    weights[P_LANGUAGE] * parts[P_LANGUAGE] +
    weights[P_LOCATION] * parts[P_LOCATION] +
    weights[P_AVAILABILITY] * parts[P_AVAILABILITY] +
    weights[P_LOAD] * parts[P_LOAD] +
    weights[P_INTEREST] * parts[P_INTEREST] +
    weights[P_CAUSE] +
    weights[P_AFFINITY]
  );
}

export function weightedScore(parts: Float64Array, weights: Float64Array): number {
  let score = 0;
  for (let p = 0; p < parts.length; p++) score += weights[p] * parts[p];
  // Weights sum to 1 only up to rounding; the assignment insists on [0, 1].
  return Math.min(1, Math.max(0, score));
}

export function scoreBreakdown(role: PreparedRole, table: CandidateTable, row: number, weights: ScoreWeights): ScoreBreakdown {
  const parts = new Float64Array(PART_NAMES.length);
  fillScoreParts(role, table, row, skillCoverage(role, table, row), parts);
  const named = Object.fromEntries(PART_NAMES.map((name, p) => [name, parts[p]])) as unknown as ScoreParts;
  return { parts: named, weights };
}

export function utcOffsetDiffMinutes(role: EngineRole, candidate: EngineCandidate): number | null {
  if (role.utcOffsetMinutes === undefined) return null;
  return Math.abs(role.utcOffsetMinutes - candidate.utcOffsetMinutes);
}

/** Minutes of an 8-hour working day (same local hours on both sides) the two offsets share. */
export function workingOverlapMinutes(offsetA: number, offsetB: number): number {
  const diff = Math.abs(offsetA - offsetB) % DAY_MINUTES;
  return Math.max(0, WORKING_DAY_MINUTES - Math.min(diff, DAY_MINUTES - diff));
}

export function speaksNonprofitLanguage(role: EngineRole, candidate: EngineCandidate): boolean {
  return (role.nonprofitLanguages ?? []).some((language) => candidate.languages.includes(language));
}

function languagePart(role: PreparedRole, table: CandidateTable, row: number): number {
  const working = table.rows[row * STRIDE + F_FIRST_LANGUAGE] === role.language ? 1 : SECOND_LANGUAGE;
  if (role.nonprofitLanguages.length === 0) return working;
  let local = 0;
  for (let i = 0; i < role.nonprofitLanguages.length && local === 0; i++) {
    if (hasId(table.languages, table.rows, row, F_LANGUAGE_MASK, role.nonprofitLanguages[i])) local = 1;
  }
  return (working + local) / 2;
}

function causePart(role: PreparedRole, table: CandidateTable, row: number): number {
  if (hasId(table.causes, table.rows, row, F_CAUSE_MASK, role.focusArea)) return 1;
  if (role.role.kind !== 'FUNDING') return 0;
  if (listHas(table.fundingFocusAreas, row, role.focusArea)) return 1;
  return listIsEmpty(table.fundingFocusAreas, row) ? ANY_FOCUS_AREA : 0;
}

function locationPart(role: PreparedRole, table: CandidateTable, row: number): number {
  const base = row * STRIDE;
  if (table.rows[base + F_COUNTRY] === role.country) return 1;
  if (role.role.kind === 'FUNDING' && listHas(table.fundingCountries, row, role.country)) return 1;
  const roleOffset = role.role.utcOffsetMinutes;
  if (roleOffset === undefined) return UNKNOWN_TIME_ZONE;
  return (OTHER_COUNTRY_MAX * workingOverlapMinutes(roleOffset, table.rows[base + F_UTC_OFFSET])) / WORKING_DAY_MINUTES;
}

function availabilityPart(role: PreparedRole, rows: Float64Array, base: number): number {
  const { kind, amount, hoursPerMonth } = role.role;
  if (kind === 'FUNDING') {
    if (amount === null || amount <= 0) return 1;
    return rows[base + F_BUDGET_LEFT] >= 2 * amount ? 1 : FUNDING_DRAINED;
  }
  if (hoursPerMonth <= 0) return 1;
  return Math.min(1, rows[base + F_HOURS_FREE] / hoursPerMonth);
}

function affinityPart(role: PreparedRole, table: CandidateTable, row: number): number {
  if (hasId(table.programs, table.rows, row, F_PROGRAM_MASK, role.program)) return 1;
  if (hasId(table.intermediaries, table.rows, row, F_INTERMEDIARY_MASK, role.intermediary)) return SAME_INTERMEDIARY;
  return 0;
}
