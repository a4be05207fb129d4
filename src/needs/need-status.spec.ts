import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { NeedStatus } from './need.entity';
import { deriveNeedStatus, Engagements } from './need-status';

const engaged = (active: number, confirmed: number, completed: number): Engagements => ({ active, confirmed, completed });

describe('a need follows its roles', () => {
  const full = [
    { seats: 2, seatsFilled: 2 },
    { seats: 1, seatsFilled: 1 },
  ];
  const partly = [
    { seats: 2, seatsFilled: 1 },
    { seats: 1, seatsFilled: 1 },
  ];

  it('stays OPEN while a seat is free', () => {
    expect(deriveNeedStatus(NeedStatus.OPEN, partly, engaged(0, 2, 0))).toBe(NeedStatus.OPEN);
  });

  it('is STAFFED when every seat is confirmed', () => {
    expect(deriveNeedStatus(NeedStatus.OPEN, full, engaged(0, 3, 0))).toBe(NeedStatus.STAFFED);
  });

  it('is IN_PROGRESS while any engagement is active, filled or not', () => {
    expect(deriveNeedStatus(NeedStatus.STAFFED, full, engaged(1, 2, 0))).toBe(NeedStatus.IN_PROGRESS);
    expect(deriveNeedStatus(NeedStatus.OPEN, partly, engaged(1, 0, 0))).toBe(NeedStatus.IN_PROGRESS);
  });

  it('is COMPLETED when every seat is filled and every engagement completed', () => {
    expect(deriveNeedStatus(NeedStatus.IN_PROGRESS, full, engaged(0, 0, 3))).toBe(NeedStatus.COMPLETED);
    expect(deriveNeedStatus(NeedStatus.IN_PROGRESS, full, engaged(0, 1, 2))).toBe(NeedStatus.STAFFED);
  });

  it('reopens when a cancellation frees a seat', () => {
    expect(deriveNeedStatus(NeedStatus.IN_PROGRESS, partly, engaged(0, 2, 0))).toBe(NeedStatus.OPEN);
  });

  it('never touches drafts or cancelled needs', () => {
    expect(deriveNeedStatus(NeedStatus.DRAFT, full, engaged(1, 0, 0))).toBe(NeedStatus.DRAFT);
    expect(deriveNeedStatus(NeedStatus.CANCELLED, full, engaged(1, 0, 0))).toBe(NeedStatus.CANCELLED);
  });
});

describe('need-status.ts is the only writer of need.status', () => {
  // Seed data inserts needs in the statuses of its story; inserting is no transition, so only updates are looked for.
  const STATUS_UPDATE = [/UPDATE\s+"?need"?(?:\s+(?!SET\b)\w+)?\s+SET\s+(?:(?!\bWHERE\b)[^`'"])*?\bstatus\s*=/i, /\.update\(\s*NeedEntity\b/];
  const writes = (text: string) => STATUS_UPDATE.some((p) => p.test(text));

  it('recognises a status update by SQL or ORM, and not other updates', () => {
    expect(writes("`UPDATE need SET status = 'OPEN' WHERE id = $1`")).toBe(true);
    expect(writes('qb.update(NeedEntity).set({ status })')).toBe(true);
    expect(writes('`UPDATE need SET title = $2 WHERE id = $1 AND status = $3`')).toBe(false);
    expect(writes('`UPDATE need_role SET seats_filled = 0`')).toBe(false);
  });

  it('finds no status update outside need-status.ts', () => {
    const src = join(__dirname, '..');
    const offending = sources(src).filter((path) => !path.endsWith(join('needs', 'need-status.ts')) && writes(readFileSync(path, 'utf8')));
    expect(offending.map((p) => relative(src, p))).toEqual([]);
  });
});

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts') ? [path] : [];
  });
}
