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
    const key = countKey(...qb.getQueryAndParameters());
    const kept = this.kept(key);
    if (kept !== undefined) return kept;
    const count = await qb.getCount();
    this.remember(key, count);
    return count;
  }

  /** The count kept for this query (see `countKey`), when one is and it is still fresh. */
  kept(key: string): number | undefined {
    const kept = this.counts.get(key);
    return kept && this.now() - kept.at < COUNT_TTL_MS ? kept.count : undefined;
  }

  /** Keeps a count read elsewhere (beside a page, in the same statement) when it is past the exact limit. */
  remember(key: string, count: number): void {
    this.counts.delete(key);
    if (count <= EXACT_COUNT_LIMIT) return;
    // Bounded memory: past the limit, the oldest keys go first (a Map iterates in insertion order).
    if (this.counts.size >= MAX_ENTRIES) this.counts.delete(this.counts.keys().next().value as string);
    this.counts.set(key, { count, at: this.now() });
  }
}

/** What a count is kept under: the counted query's SQL with its parameters, which carry the asker's scope. */
export function countKey(sql: string, parameters: unknown[]): string {
  return `${sql}\u0000${JSON.stringify(parameters)}`;
}

export const countCache = new CountCache();
