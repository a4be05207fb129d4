export interface ScoreWeights {
  skills: number;
  cause: number;
  language: number;
  location: number;
  availability: number;
  affinity: number;
  load: number;
  interest: number;
}

export interface MatchingConfig {
  weights: ScoreWeights;
  /** Candidates kept per role after the hard filters, best first. */
  topK: number;
  /** A person needs at least this share of the role's monthly hours free. */
  minHoursFraction: number;
  /**
   * When a role wants skills, only people holding at least one of them are candidates. This keeps
   * proposals skill-based and lets generation walk the skill index instead of every profile.
   */
  requireSkillOverlap: boolean;
  /** Upper bound on the grants one funding offer may be proposed for in a run. */
  maxFundingProposals: number;
  /** Ranked alternatives kept per role for curators (at most topK). */
  shortlistSize: number;
}

/*
 * Why these weights (they sum to 1). Skill fit dominates: one wanted skill level short on a
 * one-skill level-3 role costs 0.5 × 0.3 = 0.15, more than cause, place and language together can
 * make up between two people who both speak the role's language; those only order similar fits.
 * - skills 0.50: the reason a nonprofit posts a need; a pairing that does not cover the wanted
 *   skills fails however well the rest fits.
 * - availability 0.10: too few free hours is the most common reason engagements stall.
 * - cause 0.08: people who care about the focus area finish more often and come back.
 * - location 0.08: same country, or working hours that overlap with the nonprofit's, makes calls
 *   and on-site days easy; remote work with no overlap still works, so it is a preference.
 * - language 0.08: half for the role's language being the candidate's first one (speaking it at
 *   all is a hard filter), half for speaking one of the nonprofit's own languages, which the
 *   nonprofit's staff work in day to day.
 * - affinity 0.06: staying inside the candidate's program or intermediary keeps curation with the
 *   people who vetted both sides.
 * - interest 0.06: someone who asked to help with this role starts motivated; worth about as much as
 *   a cause match, never a skill level.
 * - load 0.04: spreads work so the same few profiles are not proposed everywhere; a tie-breaker
 *   more than a driver.
 */
export const DEFAULT_WEIGHTS: ScoreWeights = {
  skills: 0.5,
  cause: 0.08,
  language: 0.08,
  location: 0.08,
  availability: 0.1,
  affinity: 0.06,
  load: 0.04,
  interest: 0.06,
};

export const DEFAULT_MATCHING_CONFIG: MatchingConfig = {
  weights: DEFAULT_WEIGHTS,
  topK: 50,
  // Half the hours means the work takes twice as long, which nonprofits still accept; below that
  // engagements rarely finish.
  minHoursFraction: 0.5,
  requireSkillOverlap: true,
  // A funder reviews each proposal by hand; more than ~10 open grant proposals per run swamps them.
  maxFundingProposals: 10,
  // A curator compares a handful of people; five covers "the seat plus a few backups" for most roles.
  shortlistSize: 5,
};

const WEIGHT_KEYS: readonly (keyof ScoreWeights)[] = ['skills', 'cause', 'language', 'location', 'availability', 'affinity', 'load', 'interest'];

/** Fills defaults and rescales partial weight overrides so the score stays in [0, 1]. */
export function resolveMatchingConfig(overrides: Partial<MatchingConfig> = {}): MatchingConfig {
  const config: MatchingConfig = { ...DEFAULT_MATCHING_CONFIG, ...overrides };
  if (!Number.isInteger(config.topK) || config.topK < 1) {
    throw new RangeError(`matching config: topK must be an integer >= 1, got ${config.topK}`);
  }
  if (!Number.isInteger(config.shortlistSize) || config.shortlistSize < 0) {
    throw new RangeError(`matching config: shortlistSize must be an integer >= 0, got ${config.shortlistSize}`);
  }
  return { ...config, weights: normalizeWeights({ ...DEFAULT_WEIGHTS, ...overrides.weights }) };
}

function normalizeWeights(weights: ScoreWeights): ScoreWeights {
  let sum = 0;
  for (const key of WEIGHT_KEYS) {
    const weight = weights[key];
    if (!Number.isFinite(weight) || weight < 0) {
      throw new RangeError(`matching config: weight ${key} must be a finite number >= 0, got ${weight}`);
    }
    sum += weight;
  }
  if (sum <= 0) throw new RangeError('matching config: weights must not all be 0');
  if (Math.abs(sum - 1) < 1e-9) return weights;
  const normalized = { ...weights };
  for (const key of WEIGHT_KEYS) normalized[key] = weights[key] / sum;
  return normalized;
}
