import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const ENGINE_DIR = join(__dirname, '..');
const SOURCE_ROOT = join(ENGINE_DIR, '..', '..');
const REPO_ROOT = join(SOURCE_ROOT, '..');
// The engine with its bench, as `npm run bench:matching` compiles it (`npm run build` leaves the bench out).
const DIST_ENGINE_DIRS = [join(REPO_ROOT, 'dist', 'bench', 'src', 'matching', 'engine')];

/**
 * Directory holding the engine compiled to JavaScript, for tests that run real processes or
 * workers. MATCH_ENGINE_DIST wins; otherwise the bench build when it is at least as new as every
 * engine source; otherwise the engine folder alone, compiled with tsc into a
 * temp directory keyed by the sources' hash, so a stale dist or other folders that do not compile
 * yet never decide these tests.
 */
export function compiledEngineDir(): string {
  const override = process.env.MATCH_ENGINE_DIST;
  if (override !== undefined && override !== '') return override;
  const sources = engineSources();
  return DIST_ENGINE_DIRS.find((dir) => isFresh(sources, dir)) ?? compileToTemp(sources);
}

function engineSources(dir = ENGINE_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return engineSources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

function compiledPath(source: string, engineDir: string): string {
  return join(engineDir, relative(ENGINE_DIR, source)).replace(/\.ts$/, '.js');
}

function isFresh(sources: string[], engineDir: string): boolean {
  return sources.every((source) => {
    const compiled = compiledPath(source, engineDir);
    return existsSync(compiled) && statSync(compiled).mtimeMs >= statSync(source).mtimeMs;
  });
}

function compileToTemp(sources: string[]): string {
  const hash = createHash('sha256');
  for (const source of [...sources].sort()) hash.update(source).update(readFileSync(source));
  const target = join(tmpdir(), `rally-engine-${hash.digest('hex').slice(0, 16)}`);
  const engineDir = join(target, 'matching', 'engine');
  if (existsSync(engineDir)) return engineDir;
  // Compile beside the target and rename, so test files compiling at once never see half a build.
  const staging = `${target}.${process.pid}.${Date.now()}`;
  mkdirSync(staging, { recursive: true });
  const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), ...compilerArgs(staging), ...sources], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  if (tsc.status !== 0) throw new Error(`compiling the matching engine failed:\n${tsc.stdout}${tsc.stderr}`);
  try {
    renameSync(staging, target);
  } catch {
    rmSync(staging, { recursive: true, force: true });
  }
  return engineDir;
}

function compilerArgs(outDir: string): string[] {
  return [
    '--ignoreConfig',
    ...['--outDir', outDir, '--rootDir', SOURCE_ROOT],
    ...['--module', 'commonjs', '--moduleResolution', 'bundler', '--target', 'ES2022'],
    ...['--strict', '--skipLibCheck', '--types', 'node'],
  ];
}
