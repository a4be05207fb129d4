import { ChildProcess, fork } from 'node:child_process';
import { openSync } from 'node:fs';
import { join } from 'node:path';

export interface Server {
  url: string;
  stop(): Promise<void>;
}

const stop = (child: ChildProcess) => () =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

/** The built API as production runs it, logging to a file as it would to a collector. */
export async function startRally(databaseUrl: string, jwtSecret: string, port: number, logFile: string): Promise<Server> {
  const log = openSync(logFile, 'a');
  // BENCH_API_MAIN measures another build (an older commit's dist) against the same world and reference.
  const child = fork(process.env.BENCH_API_MAIN ?? join(process.cwd(), 'dist/src/main.js'), [], {
    execArgv: (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean),
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      JWT_SECRET: jwtSecret,
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      REDIS_PREFIX: `rally-bench-${process.pid}`,
      LOG_FORMAT: 'json',
    },
    stdio: ['ignore', log, log, 'ipc'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(async () => (await fetch(`${url}/health`).catch(() => null))?.ok === true, child, 'Rally API');
  return { url, stop: stop(child) };
}

export async function startReference(databaseUrl: string, jwtSecret: string, port: number): Promise<Server> {
  const child = fork(join(__dirname, 'reference.main.js'), [], {
    env: { ...process.env, BENCH_DATABASE_URL: databaseUrl, BENCH_JWT_SECRET: jwtSecret, BENCH_PORT: String(port) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`reference server exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, stop: stop(child) };
}

async function waitFor(ready: () => Promise<boolean>, child: ChildProcess, name: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}`);
    if (await ready()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${name} did not start within 60 s`);
}
