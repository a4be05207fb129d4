import type { MatchingConfig } from './config';
import type { EngineCandidate, EngineKind, EngineRole } from './types';

/*
 * Candidates as one fixed-width Float64Array row each (128 bytes, two cache lines), values interned
 * to small integers. Generating 12k roles' lists touches tens of millions of candidate rows; with
 * one object graph per candidate each touch costs several cache misses, with rows about two.
 */
export const STRIDE = 16;
export const F_KIND = 0;
export const F_CAPACITY = 1;
export const F_ORGANIZATION = 2;
export const F_FLAGS = 3;
export const F_COUNTRY = 4;
export const F_HOURS_FREE = 5;
export const F_LANGUAGE_MASK = 6;
export const F_FIRST_LANGUAGE = 7;
export const F_UTC_OFFSET = 8;
export const F_LOAD = 9;
export const F_CAUSE_MASK = 10;
export const F_PROGRAM_MASK = 11;
export const F_INTERMEDIARY_MASK = 12;
export const F_MIN_TICKET = 13;
export const F_MAX_TICKET = 14;
export const F_BUDGET_LEFT = 15;

export const FLAG_REMOTE_OK = 1;
export const FLAG_ON_SITE_OK = 2;
export const FLAG_FUNDING = 4;

/** Interned id of a candidate's missing value (e.g. no employer). */
const NONE = -1;
/** Interned id of a role value no candidate has: matches nothing, not even NONE. */
const UNKNOWN = -2;

export const KIND_CODES: Readonly<Record<EngineKind, number>> = { VOLUNTEER: 0, MENTOR: 1, FUNDING: 2 };

/**
 * Per-candidate id lists in CSR form. The row's mask (bit id % 32) rules most misses out first;
 * with at most 32 distinct ids it is exact and the list is never read.
 */
export interface IdLists {
  start: Int32Array;
  ids: Int32Array;
  exactMask: boolean;
}

export interface SkillPosting {
  rows: Int32Array;
  levels: Float64Array;
}

export interface Dictionaries {
  languages: Map<string, number>;
  countries: Map<string, number>;
  causes: Map<string, number>;
  programs: Map<string, number>;
  intermediaries: Map<string, number>;
  organizations: Map<string, number>;
  skills: Map<string, number>;
}

export interface CandidateTable {
  /**
   * Candidates by sign-up time (unknown last), then id; a row index is the candidate's rank, the
   * last tie-break everywhere, so earlier sign-ups come first among equals whatever the input order.
   */
  candidates: EngineCandidate[];
  rowById: Map<string, number>;
  rows: Float64Array;
  languages: IdLists;
  causes: IdLists;
  programs: IdLists;
  intermediaries: IdLists;
  skills: IdLists & { levels: Float64Array };
  /** Funding offers' focus areas and countries (empty = any), in the causes / countries dictionaries. */
  fundingFocusAreas: IdLists;
  fundingCountries: IdLists;
  dictionaries: Dictionaries;
  /**
   * Candidates with capacity left by place (see placeKey), and within a place by skill and by
   * cause: a role reads only people who speak its language and can work where it is.
   */
  byPlace: Map<string, Int32Array>;
  bySkill: Map<string, SkillPosting>;
  byCause: Map<string, Int32Array>;
}

/**
 * Kind and language, plus the country for on-site work: the index a role reads. Remote places hold
 * people open to remote work and every funding offer (money has no place); on-site places hold
 * people open to on-site work in that country.
 */
function placeKey(kind: EngineKind, language: string, country: string | null): string {
  return country === null ? `${kind}|${language}` : `${kind}|${language}|${country}`;
}

export function rolePlaceKey(role: EngineRole): string {
  const onSite = role.kind !== 'FUNDING' && !role.remote;
  return placeKey(role.kind, role.language, onSite ? role.country : null);
}

function candidatePlaceKeys(candidate: EngineCandidate): string[] {
  const keys: string[] = [];
  for (const language of new Set(candidate.languages)) {
    if (candidate.kind === 'FUNDING' || candidate.remoteOk) keys.push(placeKey(candidate.kind, language, null));
    if (candidate.kind !== 'FUNDING' && candidate.onSiteOk) keys.push(placeKey(candidate.kind, language, candidate.country));
  }
  return keys;
}

export function skillKey(place: string, skillId: string): string {
  return `${place}|skill:${skillId}`;
}

export function causeKey(place: string, cause: string): string {
  return `${place}|cause:${cause}`;
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function buildCandidateTable(input: readonly EngineCandidate[], config: MatchingConfig): CandidateTable {
  const candidates = [...input].sort(compareCandidates);
  const dictionaries = emptyDictionaries();
  const languages = buildIdLists(candidates, (c) => c.languages, dictionaries.languages);
  // Funding focus areas share the causes dictionary; interning them first keeps the causes' exactMask true.
  const fundingFocusAreas = buildIdLists(candidates, (c) => c.funding?.focusAreas ?? [], dictionaries.causes);
  const causes = buildIdLists(candidates, (c) => c.causes, dictionaries.causes);
  const programs = buildIdLists(candidates, (c) => c.programIds, dictionaries.programs);
  const intermediaries = buildIdLists(candidates, (c) => c.intermediaryIds, dictionaries.intermediaries);
  const skills = buildSkillLists(candidates, dictionaries.skills);
  const fundingCountries = buildIdLists(candidates, (c) => c.funding?.countries ?? [], dictionaries.countries);
  const rows = new Float64Array(candidates.length * STRIDE);
  candidates.forEach((candidate, row) => {
    const base = row * STRIDE;
    rows[base + F_KIND] = KIND_CODES[candidate.kind];
    rows[base + F_CAPACITY] = effectiveCapacity(candidate, config);
    rows[base + F_ORGANIZATION] = candidate.organizationId === null ? NONE : intern(dictionaries.organizations, candidate.organizationId);
    rows[base + F_FLAGS] = (candidate.remoteOk ? FLAG_REMOTE_OK : 0) | (candidate.onSiteOk ? FLAG_ON_SITE_OK : 0) | (candidate.funding !== null ? FLAG_FUNDING : 0);
    rows[base + F_COUNTRY] = intern(dictionaries.countries, candidate.country);
    rows[base + F_HOURS_FREE] = Math.max(0, candidate.hoursPerMonthFree);
    rows[base + F_LANGUAGE_MASK] = listMask(languages, row);
    rows[base + F_FIRST_LANGUAGE] = candidate.languages.length > 0 ? (dictionaries.languages.get(candidate.languages[0]) ?? NONE) : NONE;
    rows[base + F_UTC_OFFSET] = candidate.utcOffsetMinutes;
    rows[base + F_LOAD] = 1 / (1 + Math.max(0, candidate.activeEngagements));
    rows[base + F_CAUSE_MASK] = listMask(causes, row);
    rows[base + F_PROGRAM_MASK] = listMask(programs, row);
    rows[base + F_INTERMEDIARY_MASK] = listMask(intermediaries, row);
    rows[base + F_MIN_TICKET] = candidate.funding?.minTicket ?? 0;
    rows[base + F_MAX_TICKET] = candidate.funding?.maxTicket ?? 0;
    rows[base + F_BUDGET_LEFT] = candidate.funding?.budgetLeft ?? 0;
  });
  const skillIds = [...dictionaries.skills.keys()];
  const indexes = buildIndexes(candidates, rows, skills, skillIds);
  return {
    candidates,
    rows,
    languages,
    causes,
    programs,
    intermediaries,
    skills,
    fundingFocusAreas,
    fundingCountries,
    dictionaries,
    rowById: new Map(candidates.map((candidate, row) => [candidate.id, row])),
    ...indexes,
  };
}

function compareCandidates(a: EngineCandidate, b: EngineCandidate): number {
  const signUpA = a.signedUpAt === undefined ? Infinity : Date.parse(a.signedUpAt);
  const signUpB = b.signedUpAt === undefined ? Infinity : Date.parse(b.signedUpAt);
  if (signUpA !== signUpB) return signUpA < signUpB ? -1 : 1;
  return compareIds(a.id, b.id);
}

/**
 * A funding offer can back as many roles as its budget covers at its smallest ticket, bounded by
 * maxFundingProposals and by the offer's own capacity. This is an estimate, not a budget check: a
 * proposal commits nothing, and the funder checks the money when accepting.
 */
function effectiveCapacity(candidate: EngineCandidate, config: MatchingConfig): number {
  const capacity = Math.max(0, Math.floor(candidate.capacity));
  if (candidate.funding === null) return capacity;
  const { budgetLeft, minTicket } = candidate.funding;
  const grants = Math.floor(Math.max(0, budgetLeft) / Math.max(1, minTicket));
  return Math.min(capacity, grants, config.maxFundingProposals);
}

export function hasId(lists: IdLists, rows: Float64Array, row: number, maskField: number, id: number): boolean {
  if (id < 0 || (rows[row * STRIDE + maskField] & maskBit(id)) === 0) return false;
  return lists.exactMask || listHas(lists, row, id);
}

/** For lists without a mask in the row (funding terms): a plain scan. */
export function listHas(lists: IdLists, row: number, id: number): boolean {
  for (let k = lists.start[row]; k < lists.start[row + 1]; k++) if (lists.ids[k] === id) return true;
  return false;
}

export function listIsEmpty(lists: IdLists, row: number): boolean {
  return lists.start[row] === lists.start[row + 1];
}

/** Id of a role's value in a dictionary; UNKNOWN when no candidate has it. */
export function lookup(dictionary: Map<string, number>, value: string | null): number {
  return value === null ? UNKNOWN : (dictionary.get(value) ?? UNKNOWN);
}

const MASK_BITS = 32;

function maskBit(id: number): number {
  return 1 << (id & (MASK_BITS - 1));
}

function emptyDictionaries(): Dictionaries {
  return {
    languages: new Map(),
    countries: new Map(),
    causes: new Map(),
    programs: new Map(),
    intermediaries: new Map(),
    organizations: new Map(),
    skills: new Map(),
  };
}

function intern(dictionary: Map<string, number>, value: string): number {
  let id = dictionary.get(value);
  if (id === undefined) {
    id = dictionary.size;
    dictionary.set(value, id);
  }
  return id;
}

function buildIdLists(candidates: EngineCandidate[], values: (c: EngineCandidate) => string[], dictionary: Map<string, number>): IdLists {
  const start = new Int32Array(candidates.length + 1);
  const ids: number[] = [];
  candidates.forEach((candidate, row) => {
    for (const value of new Set(values(candidate))) ids.push(intern(dictionary, value));
    start[row + 1] = ids.length;
  });
  return { start, ids: Int32Array.from(ids), exactMask: dictionary.size <= MASK_BITS };
}

/** A skill listed twice counts at its highest level. */
function buildSkillLists(candidates: EngineCandidate[], dictionary: Map<string, number>): IdLists & { levels: Float64Array } {
  const start = new Int32Array(candidates.length + 1);
  const ids: number[] = [];
  const levels: number[] = [];
  candidates.forEach((candidate, row) => {
    const best = new Map<string, number>();
    for (const { skillId, level } of candidate.skills) if (level > (best.get(skillId) ?? 0)) best.set(skillId, level);
    for (const [skillId, level] of best) {
      ids.push(intern(dictionary, skillId));
      levels.push(level);
    }
    start[row + 1] = ids.length;
  });
  return { start, ids: Int32Array.from(ids), levels: Float64Array.from(levels), exactMask: false };
}

function listMask(lists: IdLists, row: number): number {
  let mask = 0;
  for (let k = lists.start[row]; k < lists.start[row + 1]; k++) mask |= maskBit(lists.ids[k]);
  return mask;
}

function buildIndexes(
  candidates: EngineCandidate[],
  rows: Float64Array,
  skills: IdLists & { levels: Float64Array },
  skillIds: string[],
): Pick<CandidateTable, 'byPlace' | 'bySkill' | 'byCause'> {
  const byPlace = new Map<string, number[]>();
  const byCause = new Map<string, number[]>();
  const bySkill = new Map<string, { rows: number[]; levels: number[] }>();
  candidates.forEach((candidate, row) => {
    if (rows[row * STRIDE + F_CAPACITY] <= 0) return;
    for (const place of candidatePlaceKeys(candidate)) {
      push(byPlace, place, row);
      for (const cause of new Set(candidate.causes)) push(byCause, causeKey(place, cause), row);
      for (let k = skills.start[row]; k < skills.start[row + 1]; k++) {
        const key = skillKey(place, skillIds[skills.ids[k]]);
        const posting = bySkill.get(key) ?? { rows: [], levels: [] };
        posting.rows.push(row);
        posting.levels.push(skills.levels[k]);
        bySkill.set(key, posting);
      }
    }
  });
  return {
    byPlace: toTyped(byPlace),
    byCause: toTyped(byCause),
    bySkill: new Map([...bySkill].map(([key, p]) => [key, { rows: Int32Array.from(p.rows), levels: Float64Array.from(p.levels) }])),
  };
}

function push(index: Map<string, number[]>, key: string, value: number): void {
  const list = index.get(key);
  if (list === undefined) index.set(key, [value]);
  else list.push(value);
}

function toTyped(index: Map<string, number[]>): Map<string, Int32Array> {
  return new Map([...index].map(([key, list]) => [key, Int32Array.from(list)]));
}
