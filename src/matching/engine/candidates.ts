import { type CandidateTable, causeKey, skillKey } from './candidate-table';
import type { MatchingConfig } from './config';
import { hardFilterRejection } from './hard-filters';
import type { PreparedRole } from './prepared-role';
import { fillListParts, fillRowParts, levelCoverage, P_CAUSE, P_LOAD, P_SKILLS, PART_NAMES, rowPartsBound, skillCoverage, weightedScore, weightVector } from './score';
import { type Kept, TopK } from './top-k';

/** Row in the candidate table (= rank in sign-up, then id order), score and its tie-break parts. */
export type RankedCandidate = Kept;

/** Per-run state reused across roles, so 12k roles allocate almost nothing each. */
export interface CandidateGenerator {
  table: CandidateTable;
  config: MatchingConfig;
  weights: Float64Array;
  parts: Float64Array;
  skillSum: Float64Array;
  caresAbout: Uint8Array;
  touched: Int32Array;
  known: Float64Array;
  bucketOf: Int32Array;
  order: Int32Array;
  bucketStart: Int32Array;
  topK: TopK;
}

// Buckets for walking skill holders best first; 64 keeps each bucket's slack small.
const COVERAGE_BUCKETS = 64;
// Reading a bucket candidate's skills costs a few times a posting visit.
const BUCKET_SCAN_COST = 4;
// Absorbs rounding between the bound and weightedScore; a bound may only err upwards.
const BOUND_SLACK = 1e-9;

export function createCandidateGenerator(table: CandidateTable, config: MatchingConfig): CandidateGenerator {
  const count = table.candidates.length;
  return {
    table,
    config,
    weights: weightVector(config.weights),
    parts: new Float64Array(PART_NAMES.length),
    skillSum: new Float64Array(count),
    caresAbout: new Uint8Array(count),
    touched: new Int32Array(count),
    known: new Float64Array(count),
    bucketOf: new Int32Array(count),
    order: new Int32Array(count),
    bucketStart: new Int32Array(COVERAGE_BUCKETS + 1),
    topK: new TopK(config.topK),
  };
}

/**
 * The best config.topK candidates for one open role, best first (score, skill fit, load, rank). Walks the
 * skill postings of the role's place when candidates must hold a wanted skill, unless the place
 * itself is much smaller; otherwise everyone in the place.
 */
export function generateCandidates(generator: CandidateGenerator, role: PreparedRole, excluded: ReadonlySet<number> | undefined): RankedCandidate[] {
  if (role.role.seatsOpen <= 0) return [];
  const bucket = generator.table.byPlace.get(role.place) ?? new Int32Array(0);
  const useSkills = generator.config.requireSkillOverlap && role.skillIds.length > 0 && bucket.length * BUCKET_SCAN_COST >= postingSize(generator, role);
  if (useSkills) collectBySkill(generator, role, excluded);
  else collectFromBucket(generator, role, bucket, excluded);
  return generator.topK.drain();
}

function postingSize(generator: CandidateGenerator, role: PreparedRole): number {
  let size = 0;
  for (const skill of role.role.skills) size += generator.table.bySkill.get(skillKey(role.place, skill.skillId))?.rows.length ?? 0;
  return size;
}

function collectFromBucket(generator: CandidateGenerator, role: PreparedRole, bucket: Int32Array, excluded: ReadonlySet<number> | undefined): void {
  for (let i = 0; i < bucket.length; i++) offer(generator, role, bucket[i], skillCoverage(role, generator.table, bucket[i]), excluded);
}

/**
 * Exact skill and cause parts of every skill holder come straight from the postings (for skills the
 * terms and order of skillCoverage, so the same number). Holders are then scored best "known part"
 * bucket first, and the walk stops once even perfect other parts could not reach the top K. The
 * cause part is in the known part because it is the largest binary one: without it, the bound
 * lets nearly every holder through.
 */
function collectBySkill(generator: CandidateGenerator, role: PreparedRole, excluded: ReadonlySet<number> | undefined): void {
  const count = sumSkillCoverage(generator, role);
  const knownCause = markCauseHolders(generator, role, count);
  bucketByKnownPart(generator, count, knownCause);
  const { skillSum, caresAbout, known, order, bucketStart, topK, touched } = generator;
  const span = knownSpan(generator);
  for (let b = COVERAGE_BUCKETS - 1; b >= 0 && knownBound(generator, ((b + 1) / COVERAGE_BUCKETS) * span) >= topK.threshold; b--) {
    for (let k = bucketStart[b]; k < bucketStart[b + 1]; k++) {
      const i = order[k];
      if (knownBound(generator, known[i]) >= topK.threshold) offer(generator, role, touched[i], skillSum[touched[i]], excluded);
    }
  }
  for (let k = 0; k < count; k++) {
    skillSum[touched[k]] = 0;
    caresAbout[touched[k]] = 0;
  }
}

/** Flags the holders who care about the role's focus area; false when the cause part is not that simple (funding). */
function markCauseHolders(generator: CandidateGenerator, role: PreparedRole, count: number): boolean {
  if (role.role.kind === 'FUNDING') return false;
  const posting = generator.table.byCause.get(causeKey(role.place, role.role.focusArea));
  if (posting === undefined || count === 0) return true;
  const { skillSum, caresAbout } = generator;
  for (let i = 0; i < posting.length; i++) if (skillSum[posting[i]] > 0) caresAbout[posting[i]] = 1;
  return true;
}

/**
 * known[i] = exact skills and cause share of holder touched[i]; `order` lists holder positions
 * by bucket of known part (counting sort), delimited by `bucketStart`.
 */
function bucketByKnownPart(generator: CandidateGenerator, count: number, knownCause: boolean): void {
  const { touched, skillSum, caresAbout, known, bucketOf, order, bucketStart, weights } = generator;
  const span = knownSpan(generator);
  bucketStart.fill(0);
  for (let i = 0; i < count; i++) {
    const row = touched[i];
    known[i] = weights[P_SKILLS] * skillSum[row] + weights[P_CAUSE] * (knownCause ? caresAbout[row] : 1);
    bucketOf[i] = Math.min(COVERAGE_BUCKETS - 1, Math.floor((known[i] / span) * COVERAGE_BUCKETS));
    bucketStart[bucketOf[i] + 1]++;
  }
  for (let b = 0; b < COVERAGE_BUCKETS; b++) bucketStart[b + 1] += bucketStart[b];
  const next = bucketStart.slice(0, COVERAGE_BUCKETS);
  for (let i = 0; i < count; i++) order[next[bucketOf[i]]++] = i;
}

function knownSpan(generator: CandidateGenerator): number {
  return generator.weights[P_SKILLS] + generator.weights[P_CAUSE];
}

function knownBound(generator: CandidateGenerator, known: number): number {
  return known + (1 - knownSpan(generator)) + BOUND_SLACK;
}

/** Leaves coverage in skillSum for each holder listed in `touched`; returns how many. */
function sumSkillCoverage(generator: CandidateGenerator, role: PreparedRole): number {
  const { skillSum, touched, table } = generator;
  const skills = role.role.skills;
  let count = 0;
  for (let j = 0; j < skills.length; j++) {
    const posting = table.bySkill.get(skillKey(role.place, skills[j].skillId));
    if (posting === undefined) continue;
    for (let i = 0; i < posting.rows.length; i++) {
      const row = posting.rows[i];
      // Levels and weights are > 0, so every term is and a zero sum means "not seen yet".
      if (skillSum[row] === 0) touched[count++] = row;
      skillSum[row] += role.skillWeights[j] * levelCoverage(posting.levels[i], role.skillLevels[j]);
    }
  }
  for (let k = 0; k < count; k++) skillSum[touched[k]] /= role.totalSkillWeight;
  return count;
}

/** Filters, then the row parts; the list lookups only when the candidate can still make the top K. */
function offer(generator: CandidateGenerator, role: PreparedRole, row: number, skills: number, excluded: ReadonlySet<number> | undefined): void {
  const { table, config, parts, weights, topK } = generator;
  if (hardFilterRejection(role, table, row, skills, config) !== null) return;
  fillRowParts(role, table, row, skills, parts);
  if (rowPartsBound(parts, weights) + BOUND_SLACK < topK.threshold || excluded?.has(row)) return;
  fillListParts(role, table, row, parts);
  topK.offer(weightedScore(parts, weights), parts[P_SKILLS], parts[P_LOAD], row);
}
