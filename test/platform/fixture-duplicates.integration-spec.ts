import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

import ts from 'typescript';

/**
 * Each test fixture has one definition: SQL-level builders in test/utils/fixtures/, API-level
 * helpers in test/utils/operations.ts or their feature's operations file. A builder named
 * insert…/create… exported from two test files is a copy that will drift; import the one there is.
 */
const FIXTURE_NAME = /^(insert|create)[A-Z]/;

const root = resolve(__dirname, '../..');

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const isExported = (node: ts.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** The functions a module exports by name: `export function f`, `export const f = () => …` or `= function …`. */
function exportedFunctions(source: string): string[] {
  const file = ts.createSourceFile('fixture.ts', source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  return file.statements.flatMap((statement) => {
    if (!isExported(statement)) return [];
    if (ts.isFunctionDeclaration(statement) && statement.name) return [statement.name.text];
    if (ts.isVariableStatement(statement)) {
      return statement.declarationList.declarations
        .filter((d) => ts.isIdentifier(d.name) && d.initializer && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer)))
        .map((d) => (d.name as ts.Identifier).text);
    }
    return [];
  });
}

/** Fixture names exported from more than one file, each with the files exporting it. */
function duplicateFixtures(files: Record<string, string>): Record<string, string[]> {
  const owners: Record<string, string[]> = {};
  for (const [path, source] of Object.entries(files)) {
    for (const name of exportedFunctions(source).filter((n) => FIXTURE_NAME.test(n))) (owners[name] ??= []).push(path);
  }
  return Object.fromEntries(Object.entries(owners).filter(([, paths]) => paths.length > 1));
}

describe('test fixtures', () => {
  it('finds a fixture exported twice, whichever way it is written, and ignores helpers that are not exported or not fixtures', () => {
    const files = {
      'test/a.ts': `export async function insertMatch() {}\nexport const createWorld = async () => ({});\nfunction insertLocal() {}\nexport function matchRow() {}`,
      'test/b.ts': `export const insertMatch = function () {};\nexport function createWorld() {}\nasync function insertLocal() {}\nexport function matchRow() {}`,
      'test/c.ts': `export function insertNeed() {}\nconst insertMatch = () => 1;`,
    };
    expect(duplicateFixtures(files)).toEqual({ insertMatch: ['test/a.ts', 'test/b.ts'], createWorld: ['test/a.ts', 'test/b.ts'] });
  });

  it('exports every insert…/create… fixture from one test file only', () => {
    const files = Object.fromEntries(testFiles(join(root, 'test')).map((path) => [relative(root, path), readFileSync(path, 'utf8')]));
    expect(Object.keys(files).length).toBeGreaterThan(20);
    expect(exportedFunctions(files['test/utils/fixtures/matches.ts'])).toContain('insertMatch');
    expect(duplicateFixtures(files)).toEqual({});
  });
});
