import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

import { COUNT_TTL_MS, CountCache, countKey, EXACT_COUNT_LIMIT } from './count-cache';

function fakeQuery(sql: string, parameters: unknown[], rows: { count: number }) {
  const getCount = jest.fn(() => Promise.resolve(rows.count));
  const qb = { getQueryAndParameters: () => [sql, parameters], getCount } as unknown as SelectQueryBuilder<ObjectLiteral>;
  return { qb, getCount };
}

describe('CountCache', () => {
  let time: number;
  let cache: CountCache;
  beforeEach(() => {
    time = 0;
    cache = new CountCache(() => time);
  });

  it('counts small lists exactly on every request', async () => {
    const rows = { count: 5 };
    const { qb, getCount } = fakeQuery('SELECT need', ['scope-a'], rows);
    expect(await cache.count(qb)).toBe(5);
    rows.count = 6;
    expect(await cache.count(qb)).toBe(6);
    expect(getCount).toHaveBeenCalledTimes(2);
  });

  it('keeps a large count for the same query and scope until it expires', async () => {
    const rows = { count: EXACT_COUNT_LIMIT + 500 };
    const { qb, getCount } = fakeQuery('SELECT need', ['scope-a'], rows);
    expect(await cache.count(qb)).toBe(EXACT_COUNT_LIMIT + 500);
    rows.count = EXACT_COUNT_LIMIT + 501;
    time = COUNT_TTL_MS - 1;
    expect(await cache.count(qb)).toBe(EXACT_COUNT_LIMIT + 500);
    time = COUNT_TTL_MS;
    expect(await cache.count(qb)).toBe(EXACT_COUNT_LIMIT + 501);
    expect(getCount).toHaveBeenCalledTimes(2);
  });

  it('never answers one scope with the count of another', async () => {
    const a = fakeQuery('SELECT need', ['scope-a'], { count: EXACT_COUNT_LIMIT + 1 });
    const b = fakeQuery('SELECT need', ['scope-b'], { count: EXACT_COUNT_LIMIT + 2 });
    expect(await cache.count(a.qb)).toBe(EXACT_COUNT_LIMIT + 1);
    expect(await cache.count(b.qb)).toBe(EXACT_COUNT_LIMIT + 2);
    expect(b.getCount).toHaveBeenCalledTimes(1);
  });

  it('keeps a count read beside a page only when it is past the exact limit', () => {
    const small = countKey('SELECT need', ['scope-a']);
    const large = countKey('SELECT need', ['scope-b']);
    cache.remember(small, EXACT_COUNT_LIMIT);
    cache.remember(large, EXACT_COUNT_LIMIT + 1);
    expect(cache.kept(small)).toBeUndefined();
    expect(cache.kept(large)).toBe(EXACT_COUNT_LIMIT + 1);
    time = COUNT_TTL_MS;
    expect(cache.kept(large)).toBeUndefined();
  });
});
