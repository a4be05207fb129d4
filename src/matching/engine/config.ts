export interface ScoreWeights {
  skills: number;
  cause: number;
  language: number;
  location: number;
  availability: number;
  affinity: number;
  load: number;
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
}

/*
 * Why these weights (they sum to 1):
 * - skills 0.40: the reason a nonprofit posts a need; a pairing that does not cover the wanted
 *   skills fails however well the rest fits.
 * - availability 0.15: too few free hours is the most common reason engagements stall.
 * - cause 0.15: people who care about the focus area finish more often and come back.
 * - location 0.10: same country / close time zone makes calls and on-site days easy; remote work
 *   across 10 hours of offset still works, so it is a preference, not a filter.
 * - affinity 0.10: staying inside the candidate's program or intermediary keeps curation with the
 *   people who vetted both sides.
 * - language 0.05: the required language is already a hard filter; this only prefers candidates
 *   for whom it is the first (most fluent) language.
 * - load 0.05: spreads work so the same few profiles are not proposed everywhere; a tie-breaker
 *   more than a driver.
 */
export const DEFAULT_WEIGHTS: ScoreWeights = {
  skills: 0.4,
  cause: 0.15,
  language: 0.05,
  location: 0.1,
  availability: 0.15,
  affinity: 0.1,
  load: 0.05,
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
};

const WEIGHT_KEYS: readonly (keyof ScoreWeights)[] = ['skills', 'cause', 'language', 'location', 'availability', 'affinity', 'load'];

/** Fills defaults and rescales partial weight overrides so the score stays in [0, 1]. */
export function resolveMatchingConfig(overrides: Partial<MatchingConfig> = {}): MatchingConfig {
  const config: MatchingConfig = { ...DEFAULT_MATCHING_CONFIG, ...overrides };
  if (!Number.isInteger(config.topK) || config.topK < 1) {
    throw new RangeError(`matching config: topK must be an integer >= 1, got ${config.topK}`);
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
