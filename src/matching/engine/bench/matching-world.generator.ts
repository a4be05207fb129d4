import type { EngineCandidate, EngineKind, EngineRole, Exclusion, MatchingInput } from '../types';
import { mulberry32, randomInt } from './prng';

export interface MatchingWorldSpec {
  seed: number;
  candidates: number;
  roles: number;
}

type Random = () => number;

const SKILLS = 200;
const LANGUAGES: readonly [string, number][] = [
  ['en', 0.5],
  ['de', 0.12],
  ['fr', 0.1],
  ['es', 0.1],
  ['ja', 0.06],
  ['pt', 0.06],
  ['it', 0.06],
];
const COUNTRIES: readonly [string, number][] = [
  ['US', -300],
  ['GB', 0],
  ['DE', 60],
  ['FR', 60],
  ['ES', 60],
  ['IT', 60],
  ['NL', 60],
  ['CH', 60],
  ['SE', 60],
  ['PL', 60],
  ['JP', 540],
  ['IN', 330],
  ['BR', -180],
  ['MX', -360],
  ['CA', -300],
  ['AU', 600],
  ['KE', 180],
  ['NG', 60],
  ['ZA', 120],
  ['SG', 480],
];
const FOCUS_AREAS = ['education', 'health', 'climate', 'poverty', 'housing', 'refugees', 'youth', 'elderly', 'arts', 'water', 'food', 'gender', 'digital', 'jobs', 'biodiversity'];
const PROGRAMS = 40;
const INTERMEDIARIES = 10;
const COMPANIES = 500;
const NONPROFITS = 3000;

/**
 * Seeded world of profiles, funding offers and open roles with the skew a real marketplace has:
 * English dominates, a few skills are common, most roles are remote and have one seat.
 */
export function generateMatchingWorld(spec: MatchingWorldSpec): MatchingInput {
  const random = mulberry32(spec.seed);
  const candidates = Array.from({ length: spec.candidates }, (_, i) => generateCandidate(i, random));
  const roles = Array.from({ length: spec.roles }, (_, i) => generateRole(i, random));
  const exclusions: Exclusion[] = Array.from({ length: Math.floor(spec.roles / 2) }, () => ({
    roleId: roles[Math.floor(random() * roles.length)].id,
    candidateId: candidates[Math.floor(random() * candidates.length)].id,
  }));
  const skillNames = Object.fromEntries(Array.from({ length: SKILLS }, (_, s) => [`sk${s}`, `skill ${s}`]));
  return { roles, candidates, exclusions, skillNames };
}

function pickWeighted<T>(options: readonly [T, number][], random: Random): T {
  let roll = random();
  for (const [value, share] of options) {
    roll -= share;
    if (roll < 0) return value;
  }
  return options[options.length - 1][0];
}

function pick<T>(values: readonly T[], random: Random): T {
  return values[Math.floor(random() * values.length)];
}

function skewedSkill(random: Random): string {
  return `sk${Math.floor(SKILLS * random() * random())}`;
}

function pickKind(random: Random, funding: number, mentor: number): EngineKind {
  const roll = random();
  return roll < funding ? 'FUNDING' : roll < funding + mentor ? 'MENTOR' : 'VOLUNTEER';
}

function generateCandidate(i: number, random: Random): EngineCandidate {
  const kind = pickKind(random, 0.1, 0.2);
  const [country, utcOffsetMinutes] = pick(COUNTRIES, random);
  const first = pickWeighted(LANGUAGES, random);
  const languages = first !== 'en' && random() < 0.6 ? [first, 'en'] : [first];
  const isFunding = kind === 'FUNDING';
  return {
    id: `cand-${i}`,
    kind,
    userId: isFunding ? null : `user-${i}`,
    organizationId: isFunding ? `funder-${i % 200}` : random() < 0.8 ? `company-${randomInt(random, 0, COMPANIES - 1)}` : null,
    skills: isFunding ? [] : Array.from({ length: randomInt(random, 3, 8) }, () => ({ skillId: skewedSkill(random), level: randomInt(random, 1, 5) })),
    languages,
    country,
    utcOffsetMinutes,
    hoursPerMonthFree: randomInt(random, 2, 40),
    capacity: isFunding ? 50 : randomInt(random, 1, 3),
    activeEngagements: randomInt(random, 0, 3),
    causes: Array.from({ length: randomInt(random, 1, 3) }, () => pick(FOCUS_AREAS, random)),
    remoteOk: random() < 0.8,
    onSiteOk: random() < 0.6,
    intermediaryIds: random() < 0.5 ? [`intermediary-${randomInt(random, 0, INTERMEDIARIES - 1)}`] : [],
    programIds: random() < 0.3 ? [`program-${randomInt(random, 0, PROGRAMS - 1)}`] : [],
    funding: isFunding ? generateFundingTerms(random) : null,
  };
}

function generateFundingTerms(random: Random): EngineCandidate['funding'] {
  return {
    focusAreas: random() < 0.2 ? [] : Array.from({ length: randomInt(random, 1, 3) }, () => pick(FOCUS_AREAS, random)),
    countries: random() < 0.3 ? [] : Array.from({ length: randomInt(random, 1, 5) }, () => pick(COUNTRIES, random)[0]),
    minTicket: randomInt(random, 1, 4) * 5000,
    maxTicket: randomInt(random, 1, 10) * 50000,
    budgetLeft: randomInt(random, 0, 40) * 50000,
  };
}

function generateRole(i: number, random: Random): EngineRole {
  const kind = pickKind(random, 0.08, 0.17);
  const [country, utcOffsetMinutes] = pick(COUNTRIES, random);
  const programId = random() < 0.3 ? `program-${randomInt(random, 0, PROGRAMS - 1)}` : null;
  const isFunding = kind === 'FUNDING';
  return {
    id: `role-${i}`,
    needId: `need-${Math.floor(i / 2)}`,
    nonprofitOrgId: `nonprofit-${randomInt(random, 0, NONPROFITS - 1)}`,
    kind,
    skills: isFunding
      ? []
      : Array.from({ length: randomInt(random, 1, 5) }, () => ({ skillId: skewedSkill(random), level: randomInt(random, 1, 5), weight: randomInt(random, 1, 3) })),
    hoursPerMonth: isFunding ? 0 : randomInt(random, 4, 30),
    seatsOpen: random() < 0.7 ? 1 : randomInt(random, 2, 4),
    language: pickWeighted(LANGUAGES, random),
    country,
    remote: isFunding || random() < 0.7,
    focusArea: pick(FOCUS_AREAS, random),
    programId,
    intermediaryId: programId !== null || random() < 0.4 ? `intermediary-${randomInt(random, 0, INTERMEDIARIES - 1)}` : null,
    mustFill: programId !== null && kind === 'MENTOR' ? true : random() < 0.02,
    amount: isFunding ? randomInt(random, 2, 40) * 5000 : null,
    utcOffsetMinutes,
  };
}
