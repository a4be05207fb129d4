import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** A table, the entity class mapping it (none for a join table) and the folder under src/ that owns it (where its entity lives). */
export interface OwnedTable {
  table: string;
  entity: string | null;
  owner: string;
}

/** A write found in a source file: the table written, how, and where. */
export interface TableWrite {
  file: string;
  line: number;
  table: string;
  how: string;
}

// TypeORM calls that change rows, on a manager (first argument the entity class) or a repository.
const WRITE_METHODS = 'save|insert|update|delete|remove|softRemove|increment|decrement|upsert|softDelete|restore';

export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Every `*.entity.ts` under src/ names its table and class; the top-level folder it lives in owns the table. */
export function ownedTables(srcDir: string): OwnedTable[] {
  return sourceFiles(srcDir)
    .filter((path) => path.endsWith('.entity.ts'))
    .flatMap((path) => entityTables(relative(srcDir, path).split(sep)[0], readFileSync(path, 'utf8')));
}

/** The tables an entity file maps: its entities' tables and the join tables of their many-to-many relations. */
export function entityTables(owner: string, text: string): OwnedTable[] {
  const entities = [...text.matchAll(/@Entity\(\s*'(\w+)'[^)]*\)[\s\S]*?export class (\w+)/g)].map(([, table, entity]) => ({ table, entity, owner }));
  const joins = [...text.matchAll(/@JoinTable\(\s*\{[^}]*?\bname:\s*'(\w+)'/g)].map(([, table]) => ({ table, entity: null, owner }));
  return [...entities, ...joins];
}

/** Comments blanked out (line breaks kept, so line numbers stay): prose may say "UPDATE need" without writing it. */
function withoutComments(text: string): string {
  const blank = (comment: string) => comment.replace(/[^\n]/g, ' ');
  return text.replace(/\/\*[\s\S]*?\*\//g, blank).replace(/(^|[\s;{}])\/\/.*$/gm, (match, before: string) => before + blank(match.slice(before.length)));
}

/**
 * The tables a source text writes: TypeORM writes on an entity class (manager calls, repositories
 * declared as `Repository<Entity>` or taken with getRepository, query-builder insert/update/delete)
 * and raw SQL INSERT INTO / UPDATE / DELETE FROM a known table.
 */
export function findWrites(file: string, source: string, tables: readonly OwnedTable[]): TableWrite[] {
  const text = withoutComments(source);
  const tableOfEntity = new Map(tables.flatMap((t) => (t.entity ? [[t.entity, t.table] as const] : [])));
  const knownTables = new Set(tables.map((t) => t.table));
  const writes: TableWrite[] = [];
  const add = (index: number, table: string | undefined, how: string) => {
    if (table) writes.push({ file, line: text.slice(0, index).split('\n').length, table, how });
  };

  const repositories = new Map<string, string>();
  for (const m of text.matchAll(/(\w+)\s*:\s*Repository<(\w+)>/g)) repositories.set(m[1], m[2]);

  for (const m of text.matchAll(new RegExp(String.raw`\.(${WRITE_METHODS})\(\s*(?:[\w.]+\.create\(\s*)?(\w+)\b`, 'g'))) {
    add(m.index, tableOfEntity.get(m[2]), `${m[1]}(${m[2]})`);
  }
  for (const m of text.matchAll(new RegExp(String.raw`\b(\w+)\s*\.(${WRITE_METHODS})\(`, 'g'))) {
    const entity = repositories.get(m[1]);
    if (entity) add(m.index, tableOfEntity.get(entity), `repository ${m[1]}.${m[2]}`);
  }
  for (const m of text.matchAll(new RegExp(String.raw`getRepository\(\s*(\w+)\s*\)\s*\.(${WRITE_METHODS})\(`, 'g'))) {
    add(m.index, tableOfEntity.get(m[1]), `getRepository(${m[1]}).${m[2]}`);
  }
  for (const m of text.matchAll(/\.(insert\(\)\s*\.into|delete\(\)\s*\.from)\(\s*(\w+)/g)) {
    add(m.index, tableOfEntity.get(m[2]), `query builder ${m[1].replace(/\s+/g, '')}(${m[2]})`);
  }
  for (const m of text.matchAll(/createQueryBuilder\(\s*(\w+)[^)]*\)\s*\.(insert|update|delete)\(\)/g)) {
    add(m.index, tableOfEntity.get(m[1]), `query builder ${m[2]}(${m[1]})`);
  }
  // Upper-case keywords only: SQL in this code base is written that way, prose is not.
  for (const m of text.matchAll(/\b(INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?(\w+)"?/g)) {
    if (knownTables.has(m[2])) add(m.index, m[2], `SQL ${m[1].replace(/\s+/g, ' ')} ${m[2]}`);
  }
  return writes;
}
