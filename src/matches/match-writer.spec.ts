import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

// MatchWriter is the only writer of match.status and of match_event. This scan fails when any other
// source file writes either, by SQL or through the ORM. It looks only for writes: reading matches is
// everyone's right. The allow-list is the writer itself; tests (*.spec.ts) are not sources.
const SRC = join(__dirname, '..');
const ALLOWED = new Set(['matches/match-writer.ts']);

const WRITES: { what: string; pattern: RegExp }[] = [
  { what: 'SQL insert of a match (a new status)', pattern: /INSERT\s+INTO\s+"?match"?\s*\(/i },
  { what: 'SQL insert into match_event', pattern: /INSERT\s+INTO\s+"?match_event"?/i },
  { what: 'SQL update of match.status', pattern: /UPDATE\s+"?match"?(?:\s+(?!SET\b)\w+)?\s+SET\s+(?:(?!\bWHERE\b)[^`'"])*?\bstatus\s*=/i },
  { what: 'ORM write of MatchEntity', pattern: /\.(?:update|insert|save|upsert|create|delete|softDelete)\(\s*MatchEntity\b/ },
  { what: 'ORM write of MatchEventEntity', pattern: /\.(?:update|insert|save|upsert|create|delete)\(\s*MatchEventEntity\b/ },
  { what: 'repository of MatchEntity or MatchEventEntity used to write', pattern: /getRepository\(\s*Match(?:Event)?Entity\s*\)\s*\.\s*(?:update|insert|save|upsert|delete)\(/ },
];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts') ? [path] : [];
  });
}

function offences(text: string): string[] {
  return WRITES.filter((w) => w.pattern.test(text)).map((w) => w.what);
}

describe('MatchWriter is the only writer of match status and history', () => {
  it('recognises every kind of write it guards against (so a clean scan means something)', () => {
    expect(offences("m.query(`UPDATE match SET status = 'WITHDRAWN', version = version + 1 WHERE id = $1`)")).toEqual(['SQL update of match.status']);
    expect(offences('m.query(`UPDATE match mt SET status_note = $2, status = $3 WHERE mt.id = $1`)')).toEqual(['SQL update of match.status']);
    expect(offences("`INSERT INTO match_event (match_id, action) VALUES ($1, 'PROPOSE')`")).toEqual(['SQL insert into match_event']);
    expect(offences('`INSERT INTO match (role_id, status) SELECT role_id, status FROM input`')).toEqual(['SQL insert of a match (a new status)']);
    expect(offences('qb.update(MatchEntity).set({ status })')).toEqual(['ORM write of MatchEntity']);
    expect(offences('await m.save(m.create(MatchEventEntity, { action }))')).toEqual(['ORM write of MatchEventEntity']);
    expect(offences('await m.insert(MatchEventEntity, rows)')).toEqual(['ORM write of MatchEventEntity']);
  });

  it('lets others write other match columns and read freely', () => {
    expect(offences('`UPDATE match SET reminder_sent_at = now() WHERE id = $1 AND status = $2`')).toEqual([]);
    expect(offences('`SELECT status FROM match WHERE need_id = $1`')).toEqual([]);
    expect(offences('m.countBy(MatchEntity, { roleId })')).toEqual([]);
    expect(offences('`INSERT INTO matching_run (id, scope) VALUES ($1, $2)`')).toEqual([]);
  });

  it('finds no such write in any source file but the writer', () => {
    const found = sources(SRC)
      .map((path) => ({ file: relative(SRC, path).split('\\').join('/'), what: offences(readFileSync(path, 'utf8')) }))
      .filter((f) => f.what.length > 0 && !ALLOWED.has(f.file));
    expect(found).toEqual([]);
  });

  it('does find the writes in the writer itself (the scan reads the right folder)', () => {
    expect(offences(readFileSync(join(SRC, 'matches/match-writer.ts'), 'utf8')).length).toBeGreaterThanOrEqual(3);
  });
});
