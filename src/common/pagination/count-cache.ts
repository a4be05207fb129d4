import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** Counts up to this are always exact and fresh; larger ones may be up to TTL_MS old. */
export const EXACT_COUNT_LIMIT = 1000;
export const COUNT_TTL_MS = 30_000;
const MAX_ENTRIES = 5000;

interface Counted {
  count: number;
  at: number;
}

/**
 * `totalCount` of big lists: counting 20,000 visible needs is a scan on every page, so a count past
 * EXACT_COUNT_LIMIT is kept for a while. The key is the SQL with its parameters, which carry the
 * asker's access scope, so a count is only ever reused for the same filter over the same scope.
 */
export class CountCache {
  private readonly counts = new Map<string, Counted>();

  constructor(private readonly now: () => number = Date.now) {}

  async count<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): Promise<number> {
    const [sql, parameters] = qb.getQueryAndParameters();
    const key = `${sql}\u0000${JSON.stringify(parameters)}`;
    const kept = this.counts.get(key);
    if (kept && this.now() - kept.at < COUNT_TTL_MS) return kept.count;
    const count = await qb.getCount();
    if (count <= EXACT_COUNT_LIMIT) {
      this.counts.delete(key);
      return count;
    }
    // Bounded memory: past the limit, the oldest keys go first (a Map iterates in insertion order).
    if (this.counts.size >= MAX_ENTRIES) this.counts.delete(this.counts.keys().next().value as string);
    this.counts.delete(key);
    this.counts.set(key, { count, at: this.now() });
    return count;
  }
}

export const countCache = new CountCache();
