import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { isPortFree } from '../../src/common/process/free-port';
import { createTestDatabase } from '../utils/test-database';
import { waitFor } from '../utils/wait';

const ROOT = join(__dirname, '..', '..');

// `npm run dev` builds, then the Nest CLI compiles again in watch mode: minutes on a busy machine.
jest.setTimeout(300_000);

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

/** Session id and parent pid of every running process, from /proc. */
function processTable(): Array<{ pid: number; ppid: number; sid: number }> {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((pid) => {
      try {
        // Fields after the command name (which may hold spaces): state ppid pgrp session …
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ').at(-1)!.split(' ');
        return [{ pid: Number(pid), ppid: Number(fields[1]), sid: Number(fields[3]) }];
      } catch {
        return []; // gone meanwhile
      }
    });
}

/** The processes of `leader`'s session and all its descendants, wherever they moved. */
function family(leader: number): number[] {
  const table = processTable();
  const found = new Set(
    table
      .filter((p) => p.sid === leader)
      .map((p) => p.pid)
      .concat(leader),
  );
  for (let grew = true; grew;) {
    grew = false;
    for (const p of table) {
      if (found.has(p.ppid) && !found.has(p.pid)) {
        found.add(p.pid);
        grew = true;
      }
    }
  }
  return [...found].filter((pid) => table.some((p) => p.pid === pid));
}

describe('npm run dev', () => {
  it('serves the API and the Vite client with its proxy, without escape codes when piped, and Ctrl-C on its process group leaves no process behind', async () => {
    const db = await createTestDatabase();
    const dataDir = mkdtempSync(join(tmpdir(), 'rally-dev-'));
    const port = await freePort();
    const clientPort = await freePort();
    const { FORCE_COLOR: _force, NO_COLOR: _no, LOG_FORMAT: _format, ...inherited } = process.env;
    const env = {
      ...inherited,
      DATABASE_URL: db.url,
      PORT: String(port),
      DEV_CLIENT_PORT: String(clientPort),
      DATA_DIR: dataDir,
      OUTBOX_DIR: join(dataDir, 'outbox'),
      QUEUE_PREFIX: `rally-dev-${port}`,
      SEED_DEMO_ON_START: 'false',
      NODE_ENV: 'development',
    };
    // Its own process group and session, as a terminal gives it: Ctrl-C reaches every process in it.
    const dev = spawn('npm', ['run', 'dev'], { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    dev.stdout.on('data', (c) => (output += c));
    dev.stderr.on('data', (c) => (output += c));
    const exited = new Promise<void>((resolve) => dev.once('exit', () => resolve()));
    const leader = dev.pid as number;
    let seen: number[] = [];
    try {
      await waitFor('the ready line of npm run dev', async () => output.includes('Rally (dev) is ready') || dev.exitCode !== null, 240_000, 250);
      expect(output).toContain(`\nRally (dev) is ready: open http://localhost:${clientPort} (API on http://localhost:${port}/graphql)\n`);
      expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
      const page = await fetch(`http://localhost:${clientPort}/`);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('<div id="root">');
      expect(html).toContain('/@vite/client');
      // Vite hands /graphql to this API (RALLY_API_URL), not to whatever runs on 3000.
      const proxied = await fetch(`http://localhost:${clientPort}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
      });
      expect(await proxied.json()).toEqual({ data: { __typename: 'Query' } });
      expect(output).toMatch(/^\[api\] .*Rally API listening on http:\/\/localhost:\d+/m);
      expect(output).toMatch(/^\[client\] .*Local: +http:\/\/localhost:\d+\//m);
      expect(output).not.toContain('\x1b');

      seen = family(leader);
      expect(seen.length).toBeGreaterThan(5);
      process.kill(-leader, 'SIGINT');
      await exited;
      await waitFor('every process of npm run dev to end', async () => seen.every((pid) => !processTable().some((p) => p.pid === pid)), 30_000, 100);
      // Shutdown itself may start short-lived helpers in the session (tree-kill's `ps`): wait for those too.
      await waitFor('no process of its session to be left', async () => family(leader).length === 0, 30_000, 100);
      expect(await isPortFree(port)).toBe(true);
      expect(await isPortFree(clientPort)).toBe(true);
    } finally {
      // Whatever a failure left: the group, then anything of it that moved elsewhere.
      for (const pid of [-leader, ...seen, ...family(leader)]) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
      await exited;
      await db.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
