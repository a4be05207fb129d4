import { levelCoverage } from '../../matching/engine/score';

export interface WantedSkillLevel {
  skillId: string;
  level: number;
  weight: number;
}

/** The score and the role (index into the roles given) it comes from; -1 when no role fits better than the base. */
export interface PairFit {
  score: number;
  role: number;
}

/** A guest with no skill a host asks for can still meet it (introductions matter at an event), last. */
export const BASE_PAIR_SCORE = 0.05;
// A role that names no skills is open to anyone willing: half way, above strangers, below real fits.
const OPEN_ROLE = 0.5;

/**
 * How well a guest fits a nonprofit at an event: the best, over the nonprofit's open roles, of the
 * matching engine's skill coverage (Σ weight·levelCoverage / Σ weight, 0 for a missing skill). Only
 * skills count: cause, language and location matter for months of work, not for a 20-minute talk.
 */
export function pairScore(roles: readonly (readonly WantedSkillLevel[])[], guestSkills: ReadonlyMap<string, number>): PairFit {
  let best: PairFit = { score: BASE_PAIR_SCORE, role: -1 };
  roles.forEach((wanted, role) => {
    const score = roleCoverage(wanted, guestSkills);
    if (score > best.score) best = { score, role };
  });
  return best;
}

function roleCoverage(wanted: readonly WantedSkillLevel[], guestSkills: ReadonlyMap<string, number>): number {
  if (wanted.length === 0) return OPEN_ROLE;
  let covered = 0;
  let total = 0;
  for (const w of wanted) {
    const level = guestSkills.get(w.skillId);
    total += w.weight;
    if (level !== undefined) covered += w.weight * levelCoverage(level, w.level);
  }
  return total === 0 ? OPEN_ROLE : covered / total;
}
