import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * What an intermediary curates is written once, in src/common/access. When a feature writes its
 * own copy, the copies drift apart (notifications and impact once left out program participants),
 * so this test fails on curation-scope SQL anywhere else in src/.
 */

const SRC = join(__dirname, '..', '..');
const OWNER = 'common/access/';

// Reading the tables that make up an intermediary's scope, or the programs an intermediary runs.
const CURATION_SQL: RegExp[] = [/\b(from|join)\s+(affiliation|program_participant|network_member)\b/i, /\bfrom\s+program(\s+(as\s+)?\w+)?\s+where\s+(\w+\.)?intermediary_id\b/i];

// Files that may name these tables without deciding anyone's scope; each entry says why, and must still exist.
const ALLOWED: Record<string, string> = {
  'affiliations/affiliations.service.ts': 'owns the affiliation table: its CRUD writes and reads single rows',
  'programs/programs.service.ts': 'owns program and program_participant: its CRUD writes and reads single rows',
  'networks/networks.service.ts': 'owns network_member: its CRUD writes and reads single rows',
};
const isEntity = (path: string) => path.endsWith('.entity.ts');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

const matches = (text: string) => CURATION_SQL.filter((re) => re.test(text)).map(String);

describe('curation-scope SQL lives only in the access module', () => {
  const files = sourceFiles(SRC).map((path) => ({ path: relative(SRC, path), text: readFileSync(path, 'utf8') }));

  it('scans the whole source tree', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('recognizes the SQL where it belongs, so an empty finding below means something', () => {
    const owner = files.filter((f) => f.path.startsWith(OWNER) && matches(f.text).length > 0).map((f) => f.path);
    expect(owner).toContain('common/access/curation-scope.ts');
    expect(matches('SELECT a.organization_id FROM affiliation a WHERE a.intermediary_id = $1')).toHaveLength(1);
    expect(matches('... JOIN program_participant pp ON pp.program_id = p.id')).toHaveLength(1);
    expect(matches('SELECT id FROM program WHERE intermediary_id = ANY($1)')).toHaveLength(1);
    expect(matches('SELECT id FROM program p WHERE p.intermediary_id = $1')).toHaveLength(1);
    expect(matches('program_participant: await insertMissing(manager, ProgramParticipantEntity, rows)')).toHaveLength(0);
  });

  it('finds it in no other file', () => {
    const offenders = files
      .filter((f) => !f.path.startsWith(OWNER) && !isEntity(f.path) && !(f.path in ALLOWED))
      .flatMap((f) => matches(f.text).map((pattern) => `${f.path} matches ${pattern}`));
    expect(offenders).toEqual([]);
  });

  it('allows only files that exist', () => {
    for (const path of Object.keys(ALLOWED)) expect(files.some((f) => f.path === path)).toBe(true);
  });
});
