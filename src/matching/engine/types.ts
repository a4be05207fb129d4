import type { MatchingConfig, ScoreWeights } from './config';

export type EngineKind = 'VOLUNTEER' | 'MENTOR' | 'FUNDING';

export interface WantedSkill {
  skillId: string;
  /** Level wanted, 1 (beginner) to 5 (expert). */
  level: number;
  /** Relative importance among the role's skills; > 0. */
  weight: number;
}

export interface EngineRole {
  id: string;
  needId: string;
  nonprofitOrgId: string;
  kind: EngineKind;
  skills: WantedSkill[];
  hoursPerMonth: number;
  seatsOpen: number;
  /** ISO 639-1 code of the language the work is done in. */
  language: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  remote: boolean;
  focusArea: string;
  programId: string | null;
  intermediaryId: string | null;
  /** Program rule: the role must get at least one seat filled when any candidate can take it. */
  mustFill: boolean;
  /** Money wanted, for FUNDING roles; null otherwise. */
  amount: number | null;
  /**
   * The nonprofit's UTC offset. Optional because a need only records a country; without it the
   * location part scores on the country alone.
   */
  utcOffsetMinutes?: number;
  /** ISO 639-1 codes the nonprofit speaks: a candidate speaking one of them is easier to work with. */
  nonprofitLanguages?: string[];
  /** Candidates who asked to help with this role: a bonus, never a filter. */
  interestedCandidateIds?: string[];
}

export interface HeldSkill {
  skillId: string;
  level: number;
}

export interface FundingTerms {
  /** Empty means any focus area. */
  focusAreas: string[];
  /** Empty means any country. */
  countries: string[];
  minTicket: number;
  maxTicket: number;
  budgetLeft: number;
}

export interface EngineCandidate {
  id: string;
  kind: EngineKind;
  userId: string | null;
  /** Employer (volunteers, mentors) or funder organization (funding offers). */
  organizationId: string | null;
  skills: HeldSkill[];
  /** ISO 639-1 codes, most fluent first: the first one scores as the working language. */
  languages: string[];
  country: string;
  utcOffsetMinutes: number;
  hoursPerMonthFree: number;
  /** Remaining concurrent engagements (volunteers), mentees (mentors) or grants (funding offers). */
  capacity: number;
  activeEngagements: number;
  causes: string[];
  remoteOk: boolean;
  onSiteOk: boolean;
  intermediaryIds: string[];
  programIds: string[];
  /** Set for FUNDING candidates (funding offers), null for people. */
  funding: FundingTerms | null;
  /** ISO 8601 sign-up time: among equal scores, fit and load, the earlier sign-up comes first. */
  signedUpAt?: string;
}

export interface Exclusion {
  roleId: string;
  candidateId: string;
}

export interface MatchingInput {
  roles: EngineRole[];
  candidates: EngineCandidate[];
  /** Pairs declined or rejected before: never proposed again. */
  exclusions: Exclusion[];
  /** Skill id → display name, for explanations. */
  skillNames: Record<string, string>;
  config?: Partial<MatchingConfig>;
}

/** Each part is in [0, 1]; the score is the weighted sum of the parts. */
export interface ScoreParts {
  skills: number;
  cause: number;
  language: number;
  location: number;
  availability: number;
  affinity: number;
  load: number;
  interest: number;
}

export interface ScoreBreakdown {
  parts: ScoreParts;
  weights: ScoreWeights;
}

export type SkillLevelName = 'beginner' | 'elementary' | 'intermediate' | 'advanced' | 'expert';

/**
 * Structured reasons let the client word a proposal in any language; `explanation` is the
 * English rendering of the same list.
 */
export type MatchReason =
  | { kind: 'skill'; skillId: string; name: string; level: number; wanted: number }
  | { kind: 'missing-skill'; skillId: string; name: string; wanted: number }
  | { kind: 'language'; language: string }
  | { kind: 'location'; country: string; sameCountry: boolean; utcOffsetDiffMinutes: number | null; workingHoursOverlap: number | null }
  | { kind: 'availability'; hoursPerMonthFree: number; hoursPerMonthWanted: number }
  // Never the budget: it is private to the funder, its curators and platform admins, and reasons reach the nonprofit.
  | { kind: 'funding'; amount: number | null }
  | { kind: 'cause'; cause: string }
  | { kind: 'program'; programId: string }
  | { kind: 'intermediary'; intermediaryId: string }
  | { kind: 'load'; activeEngagements: number }
  | { kind: 'asked-to-help' };

export interface Proposal {
  roleId: string;
  candidateId: string;
  score: number;
  breakdown: ScoreBreakdown;
  explanation: string;
  reasons: MatchReason[];
}

/** One ranked candidate for a role, whether or not the assignment picked them. */
export interface ShortlistEntry {
  candidateId: string;
  /** 1 = best. */
  rank: number;
  score: number;
  breakdown: ScoreBreakdown;
  reasons: MatchReason[];
  /** True when the optimal assignment proposes this candidate for the role; else an alternative. */
  proposed: boolean;
}

export interface RoleShortlist {
  roleId: string;
  entries: ShortlistEntry[];
}

export interface MatchingStats {
  roles: number;
  candidates: number;
  /** Role–candidate pairs that passed the hard filters and the top-K cut. */
  edges: number;
  assigned: number;
  mustFillCovered: number;
  /** mustFill roles with at least one open seat. */
  mustFillTotal: number;
  totalScore: number;
  timings: { candidateMs: number; solveMs: number };
}

export interface MatchingResult {
  proposals: Proposal[];
  /** Per role with candidates: the best config.shortlistSize, by score, then skill fit, load, sign-up, id. */
  shortlists: RoleShortlist[];
  stats: MatchingStats;
}
