// The real Rally stack for the journey test: its own PostgreSQL database, the API and the worker as
// child processes, a private BullMQ prefix. Everything started here is torn down by stop(), also
// when the test fails or the run is interrupted.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';

import { ARTIFACTS_DIR, CLIENT_DIR } from './harness.mjs';

export const ROOT_DIR = path.resolve(CLIENT_DIR, '..');
// pg and ioredis are the API's own dependencies; the client does not declare them.
const rootRequire = createRequire(path.join(ROOT_DIR, 'package.json'));
const { Client } = rootRequire('pg');
const Redis = rootRequire('ioredis');

// Names end in the test process's pid, so a later run can tell what a killed run left behind.
const DB_PREFIX = 'rally_journey_';
const QUEUE_PREFIX = 'rally-journey-';

export function buildRoot() {
  if (process.env.E2E_SKIP_ROOT_BUILD === '1') return;
  const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT_DIR, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`API build failed with exit code ${result.status}`);
}

function serverUrl(database) {
  const url = new URL(process.env.E2E_PG_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  url.pathname = `/${database}`;
  return url.toString();
}

async function withAdmin(fn) {
  const client = new Client({ connectionString: serverUrl('postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Drops databases left by journey runs that were killed before they could clean up. */
async function dropOrphanDatabases(admin) {
  const { rows } = await admin.query(`SELECT datname FROM pg_database WHERE datname LIKE '${DB_PREFIX}%'`);
  for (const { datname } of rows) {
    if (orphaned(datname)) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function startProcess(name, script, env) {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const log = createWriteStream(path.join(ARTIFACTS_DIR, `journey-${name}.log`));
  const child = spawn(process.execPath, [script], { cwd: ROOT_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let tail = '';
  const listeners = new Set();
  const onData = (chunk) => {
    log.write(chunk);
    tail = (tail + chunk).slice(-4000);
    for (const listener of listeners) listener(tail);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  exited.then(() => log.end());
  return {
    name,
    child,
    exited,
    tail: () => tail,
    /** Resolves when the output contains `text`; rejects when the process exits first or time runs out. */
    waitForOutput(text, timeoutMs) {
      return new Promise((resolve, reject) => {
        const check = (output) => {
          if (!output.includes(text)) return;
          cleanup();
          resolve();
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`${name} did not print "${text}" within ${timeoutMs} ms:\n${tail}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        listeners.add(check);
        exited.then(({ code, signal }) => {
          cleanup();
          reject(new Error(`${name} exited (code ${code}, signal ${signal}) before "${text}":\n${tail}`));
        });
        check(tail);
      });
    },
  };
}

async function stopProcess(proc, graceMs) {
  if (proc.child.exitCode !== null || proc.child.signalCode !== null) return;
  proc.child.kill('SIGTERM');
  const timer = setTimeout(() => proc.child.kill('SIGKILL'), graceMs);
  await proc.exited;
  clearTimeout(timer);
}

async function waitForHealth(baseUrl, api, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (api.child.exitCode !== null) throw new Error(`the API exited with code ${api.child.exitCode}:\n${api.tail()}`);
    try {
      const response = await fetch(`${baseUrl}/health`);
      if (response.status === 200) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = error.message;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`GET ${baseUrl}/health did not answer 200 within ${timeoutMs} ms (${last}):\n${api.tail()}`);
}

/** Deletes the keys of the queue prefixes `owned` picks among the journey prefixes present. */
async function deleteRedisKeys(redisUrl, owned) {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${QUEUE_PREFIX}*`, 'COUNT', 1000);
      const mine = keys.filter((key) => owned(key.slice(0, key.indexOf(':'))));
      if (mine.length) await redis.del(...mine);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/** The pid that a journey database or queue prefix was named after is no longer running. */
function orphaned(name) {
  const pid = Number(name.split('_').at(-1));
  return Number.isInteger(pid) && pid > 0 && !isRunning(pid);
}

/**
 * Creates the database, starts the API (migrations and the demo world run on its start) and the
 * worker, and waits until /health answers 200 and the worker has started. Returns the base URL
 * and stop(), which is safe to call more than once.
 */
export async function startStack() {
  const id = `${Date.now()}_${process.pid}`;
  const database = `${DB_PREFIX}${id}`;
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const queuePrefix = `${QUEUE_PREFIX}${id}`;
  const port = Number(process.env.E2E_JOURNEY_PORT ?? (await freePort()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const processes = [];
  let stopped = null;

  /** `fast` (on Ctrl-C) kills the children at once: the runner gives an interrupted test little time. */
  const stop = ({ fast = false } = {}) => {
    stopped ??= (async () => {
      await Promise.all(processes.map((p) => stopProcess(p, fast ? 0 : 5000)));
      process.off('exit', killNow);
      const results = await Promise.allSettled([
        withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)),
        deleteRedisKeys(redisUrl, (prefix) => prefix === queuePrefix),
      ]);
      const errors = results.filter((r) => r.status === 'rejected').map((r) => r.reason);
      if (errors.length) throw new AggregateError(errors, `cleanup of ${database} / ${queuePrefix} failed`);
    })();
    return stopped;
  };
  // A crash or Ctrl-C must not leave an API holding the port: kill synchronously on exit.
  const killNow = () => processes.forEach((p) => p.child.kill('SIGKILL'));
  process.once('exit', killNow);

  await Promise.all([
    withAdmin(async (admin) => {
      await dropOrphanDatabases(admin);
      await admin.query(`CREATE DATABASE "${database}"`);
    }),
    deleteRedisKeys(redisUrl, orphaned),
  ]);
  const env = {
    ...process.env,
    DATABASE_URL: serverUrl(database),
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: queuePrefix,
    PORT: String(port),
    SIGN_IN_RATE_LIMIT_PER_MINUTE: '1000',
    LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'info',
  };
  try {
    // The API loads only reference data (the skills); the demo world comes from `npm run seed`'s script.
    const seed = spawnSync(process.execPath, ['dist/src/seed.cli.js'], { cwd: ROOT_DIR, env, encoding: 'utf8' });
    if (seed.status !== 0) throw new Error(`seeding the demo world failed: ${seed.stderr || seed.stdout}`);
    const api = startProcess('api', 'dist/src/main.js', env);
    processes.push(api);
    // The worker also migrates and loads the skills at start (under the same locks as the API).
    const worker = startProcess('worker', 'dist/src/worker.js', env);
    processes.push(worker);
    await Promise.all([waitForHealth(baseUrl, api, 120_000), worker.waitForOutput('Rally worker started', 120_000)]);
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
  return { baseUrl, database, queuePrefix, stop };
}
