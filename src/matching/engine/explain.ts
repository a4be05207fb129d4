import { speaksNonprofitLanguage, utcOffsetDiffMinutes, workingOverlapMinutes } from './score';
import type { EngineCandidate, EngineRole, MatchReason, ScoreBreakdown, SkillLevelName } from './types';

const LEVEL_NAMES: readonly SkillLevelName[] = ['beginner', 'elementary', 'intermediate', 'advanced', 'expert'];
const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

export interface MatchExplanation {
  explanation: string;
  reasons: MatchReason[];
}

export function explainMatch(role: EngineRole, candidate: EngineCandidate, breakdown: ScoreBreakdown, skillNames: Readonly<Record<string, string>>): MatchExplanation {
  const reasons = matchReasons(role, candidate, breakdown, skillNames);
  return { explanation: describeReasons(reasons), reasons };
}

/** Reasons in the order a reader weighs them: skills, language, place, time or money, motivation, fit, load. */
export function matchReasons(role: EngineRole, candidate: EngineCandidate, breakdown: ScoreBreakdown, skillNames: Readonly<Record<string, string>>): MatchReason[] {
  const reasons: MatchReason[] = skillReasons(role, candidate, skillNames);
  reasons.push(...languageReasons(role, candidate));
  reasons.push(locationReason(role, candidate));
  if (candidate.funding !== null) {
    reasons.push({ kind: 'funding', amount: role.amount });
  } else {
    reasons.push({ kind: 'availability', hoursPerMonthFree: candidate.hoursPerMonthFree, hoursPerMonthWanted: role.hoursPerMonth });
  }
  if (breakdown.parts.cause > 0) reasons.push({ kind: 'cause', cause: role.focusArea });
  if (role.programId !== null && candidate.programIds.includes(role.programId)) {
    reasons.push({ kind: 'program', programId: role.programId });
  } else if (role.intermediaryId !== null && candidate.intermediaryIds.includes(role.intermediaryId)) {
    reasons.push({ kind: 'intermediary', intermediaryId: role.intermediaryId });
  }
  if (breakdown.parts.interest > 0) reasons.push({ kind: 'asked-to-help' });
  if (candidate.funding === null) reasons.push({ kind: 'load', activeEngagements: candidate.activeEngagements });
  return reasons;
}

/** The role's language, and the nonprofit's own when the candidate speaks one that differs from it. */
function languageReasons(role: EngineRole, candidate: EngineCandidate): MatchReason[] {
  const reasons: MatchReason[] = [{ kind: 'language', language: role.language }];
  if (!speaksNonprofitLanguage(role, candidate)) return reasons;
  const local = (role.nonprofitLanguages ?? []).find((language) => language !== role.language && candidate.languages.includes(language));
  if (local !== undefined) reasons.push({ kind: 'language', language: local });
  return reasons;
}

function locationReason(role: EngineRole, candidate: EngineCandidate): MatchReason {
  const sameCountry = candidate.country === role.country;
  const known = role.utcOffsetMinutes !== undefined && !sameCountry;
  return {
    kind: 'location',
    country: candidate.country,
    sameCountry,
    utcOffsetDiffMinutes: utcOffsetDiffMinutes(role, candidate),
    workingHoursOverlap: known ? workingOverlapMinutes(role.utcOffsetMinutes ?? 0, candidate.utcOffsetMinutes) / 60 : null,
  };
}

function skillReasons(role: EngineRole, candidate: EngineCandidate, skillNames: Readonly<Record<string, string>>): MatchReason[] {
  return role.skills.map(({ skillId, level: wanted }): MatchReason => {
    const name = skillNames[skillId] ?? skillId;
    const level = heldLevel(candidate, skillId);
    return level === 0 ? { kind: 'missing-skill', skillId, name, wanted } : { kind: 'skill', skillId, name, level, wanted };
  });
}

/** Highest level listed for the skill, 0 when not held (as scoring counts it). */
function heldLevel(candidate: EngineCandidate, skillId: string): number {
  let level = 0;
  for (const skill of candidate.skills) if (skill.skillId === skillId && skill.level > level) level = skill.level;
  return level;
}

export function levelName(level: number): SkillLevelName {
  return LEVEL_NAMES[Math.min(LEVEL_NAMES.length, Math.max(1, Math.round(level))) - 1];
}

/** English rendering of the reasons, e.g. "covers 2 of 3 skills: fundraising (expert), …; speaks Japanese; …". */
export function describeReasons(reasons: readonly MatchReason[]): string {
  const skills = describeSkills(reasons);
  const funder = reasons.some((reason) => reason.kind === 'funding');
  const rest = reasons.map((reason) => describeReason(reason, funder)).filter((text): text is string => text !== null);
  return (skills === null ? rest : [skills, ...rest]).join('; ');
}

function describeSkills(reasons: readonly MatchReason[]): string | null {
  const held = reasons.flatMap((reason) => (reason.kind === 'skill' ? [reason] : []));
  const missing = reasons.flatMap((reason) => (reason.kind === 'missing-skill' ? [reason] : []));
  const wanted = held.length + missing.length;
  if (wanted === 0) return null;
  const heldText = held.map(({ name, level, wanted: want }) => (level >= want ? `${name} (${levelName(level)})` : `${name} (${levelName(level)}, wanted ${levelName(want)})`));
  const head = held.length < wanted ? `covers ${held.length} of ${wanted} skills` : wanted === 1 ? 'covers the wanted skill' : `covers all ${wanted} skills`;
  const missingText = missing.length > 0 ? `; missing ${missing.map((reason) => reason.name).join(', ')}` : '';
  return `${head}${held.length > 0 ? `: ${heldText.join(', ')}` : ''}${missingText}`;
}

function describeReason(reason: MatchReason, funder: boolean): string | null {
  switch (reason.kind) {
    case 'skill':
    case 'missing-skill':
      return null;
    case 'language':
      return `speaks ${displayName(languageNames, reason.language)}`;
    case 'location':
      return describeLocation(reason);
    case 'availability':
      return `${formatNumber(reason.hoursPerMonthFree)} h/month free (role asks ${formatNumber(reason.hoursPerMonthWanted)})`;
    case 'funding':
      return reason.amount === null ? 'the offer has budget left' : `the offer covers the ${formatNumber(reason.amount)} asked`;
    case 'cause':
      return funder ? `funds ${reason.cause}` : `cares about ${reason.cause}`;
    case 'program':
      return 'in the same program';
    case 'intermediary':
      return 'works with the same intermediary';
    case 'asked-to-help':
      return 'asked to help';
    case 'load':
      return reason.activeEngagements === 0 ? 'no active engagements' : `${reason.activeEngagements} active engagement${reason.activeEngagements === 1 ? '' : 's'}`;
  }
}

function describeLocation(reason: Extract<MatchReason, { kind: 'location' }>): string {
  const place = `based in ${displayName(regionNames, reason.country)}`;
  const diffMinutes = reason.utcOffsetDiffMinutes;
  if (reason.sameCountry || diffMinutes === null) return place;
  const overlap = reason.workingHoursOverlap === null ? '' : `, ${formatNumber(reason.workingHoursOverlap)} working hours overlap`;
  if (diffMinutes === 0) return `${place}, same time zone${overlap}`;
  return `${place}, ${formatNumber(diffMinutes / 60)} h time difference${overlap}`;
}

function displayName(names: Intl.DisplayNames, code: string): string {
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? value.toLocaleString('en') : value.toLocaleString('en', { maximumFractionDigits: 1 });
}
