import { spawn } from 'node:child_process';
import { accessSync, constants, mkdirSync } from 'node:fs';
import { connect } from 'node:net';
import { delimiter, join, resolve } from 'node:path';

import { firstFreePort, isPortFree } from '../common/process/free-port';
import { LaunchError } from '../common/process/launch-error';

export interface SessionRedis {
  url: string;
  /** Set when this session runs its own redis-server. */
  dataDir?: string;
  stop(): Promise<void>;
}

/**
 * REDIS_URL's Redis when it answers. On the default URL with nothing there, a redis-server of
 * this session (loopback only, data under DATA_DIR/redis), stopped by `stop()`.
 */
export async function ensureRedis(url: string, dataDir: string, isDefault: boolean): Promise<SessionRedis> {
  const { hostname, port } = hostAndPort(url);
  if (await answers(url, hostname, port)) return { url, stop: async () => undefined };
  if (!isDefault) throw new LaunchError(`Redis does not answer at ${url} (REDIS_URL): start it, or unset REDIS_URL so that npm start runs one.`);
  const server = onPath('redis-server');
  if (!server) {
    throw new LaunchError(
      `Nothing answers at ${url} and redis-server is not installed: install Redis (Debian/Ubuntu: sudo apt-get install redis-server; macOS: brew install redis) and start again, or set REDIS_URL.`,
    );
  }
  const chosen = (await isPortFree(port)) ? port : await firstFreePort(port + 1, 'Redis');
  return runRedis(server, chosen, join(resolve(dataDir), 'redis'));
}

function hostAndPort(url: string): { hostname: string; port: number } {
  const parsed = new URL(url);
  return { hostname: parsed.hostname.replace(/^\[|\]$/g, '') || 'localhost', port: Number(parsed.port || 6379) };
}

// Over TLS a plain PING gets no answer: there, a connection accepted is as much as can be told.
async function answers(url: string, host: string, port: number): Promise<boolean> {
  if (!url.startsWith('rediss:')) return (await ping(host, port)) !== null;
  return new Promise((done) => {
    const socket = connect({ host, port });
    const finish = (accepted: boolean) => {
      socket.destroy();
      done(accepted);
    };
    socket.setTimeout(1000, () => finish(false));
    socket.once('error', () => finish(false));
    socket.once('connect', () => finish(true));
  });
}

/** The first line Redis answers to PING (PONG, or an auth error: either way a Redis is there), or null. */
export function ping(host: string, port: number, timeoutMs = 1000): Promise<string | null> {
  return new Promise((done) => {
    const socket = connect({ host, port });
    const finish = (answer: string | null) => {
      socket.destroy();
      done(answer);
    };
    socket.setTimeout(timeoutMs, () => finish(null));
    socket.once('error', () => finish(null));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (chunk) => finish(chunk.toString('utf8').split('\r\n')[0]));
  });
}

function onPath(command: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return join(dir, command);
    } catch {
      // not in this folder
    }
  }
  return null;
}

async function runRedis(server: string, port: number, dataDir: string): Promise<SessionRedis> {
  mkdirSync(dataDir, { recursive: true });
  const args = ['--bind', '127.0.0.1', '--port', String(port), '--dir', dataDir, '--save', '60 1', '--appendonly', 'no', '--logfile', 'redis.log'];
  // Its own process group, so Ctrl-C stops the API and worker before their Redis.
  const child = spawn(server, args, { detached: true, stdio: 'ignore' });
  let gone = false;
  const exited = new Promise<void>((done) => {
    child.once('exit', () => done());
    child.once('error', () => done());
  }).then(() => {
    gone = true;
  });
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);
  const stop = async () => {
    process.removeListener('exit', killOnExit);
    if (!gone) child.kill('SIGTERM');
    await exited;
  };
  const deadline = Date.now() + 10_000;
  while ((await ping('127.0.0.1', port, 200)) !== '+PONG') {
    if (gone || Date.now() > deadline) {
      await stop();
      throw new LaunchError(`redis-server did not start on port ${port}: see ${join(dataDir, 'redis.log')}, or set REDIS_URL to a running Redis.`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { url: `redis://127.0.0.1:${port}`, dataDir, stop };
}
