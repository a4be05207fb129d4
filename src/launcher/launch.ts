import { ChildProcess } from 'node:child_process';

import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { childColourEnv, standaloneLogger } from '../common/logging/log-format';
import { isPortFree } from '../common/process/free-port';
import { LaunchError } from '../common/process/launch-error';
import { AppConfig, ConfigError, loadConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source-options';
import { seedDemoWorldOnce } from '../seed/seed.service';
import { Infrastructure, startInfrastructure } from './infrastructure';
import { prepareAppDatabase } from './prepare-app-database';

export interface LaunchPlan {
  /** The long-running processes, given the environment that points them at the infrastructure. */
  processes(env: NodeJS.ProcessEnv, config: AppConfig): ChildProcess[];
  /** What to print once the API answers on /health. */
  readyLine(config: AppConfig): string;
}

/**
 * The one-machine start shared by `npm start` and `npm run dev`: infrastructure, migrations and
 * reference data, the processes, then "open …" once the API answers. Everything stops together;
 * any failure is one line on stderr.
 */
export function launch(plan: LaunchPlan): void {
  run(plan).catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  });
}

async function run(plan: LaunchPlan): Promise<void> {
  const config = readConfig();
  // The migrations' and taxonomy's lines: JSON or colourless when piped, like the API's.
  Logger.overrideLogger(standaloneLogger(config));
  if (!(await isPortFree(config.PORT))) {
    throw new LaunchError(`Port ${config.PORT} for the API is taken (another Rally?): stop what uses it, or set PORT to a free port.`);
  }
  let infrastructure: Infrastructure | null = null;
  let children: ChildProcess[] = [];
  // Before anything starts: a signal's default would end Node without its 'exit' handlers,
  // leaving the database and Redis (own process groups) running.
  const stop = stopper(
    () => children,
    () => infrastructure,
  );
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  infrastructure = await startInfrastructure(config, console.log);
  try {
    await prepare(infrastructure.databaseUrl, config);
  } catch (e) {
    await infrastructure.stop();
    throw e;
  }
  const env = { ...process.env, ...childColourEnv(config), DATABASE_URL: infrastructure.databaseUrl, REDIS_URL: infrastructure.redisUrl };
  children = plan.processes(env, config);
  children.forEach((c) => c.once('exit', (code) => void stop(code ?? 1)));
  if (await apiAnswers(config.PORT, children)) console.log(`\n${plan.readyLine(config)}\n`);
}

function readConfig(): AppConfig {
  try {
    return loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) throw new LaunchError(e.message);
    throw e;
  }
}

async function prepare(databaseUrl: string, config: AppConfig): Promise<void> {
  const dataSource = await new DataSource(dataSourceOptions(databaseUrl)).initialize().catch((e: NodeJS.ErrnoException) => {
    const { hostname, port } = new URL(databaseUrl);
    throw new LaunchError(
      `PostgreSQL at ${hostname}:${port || 5432} (DATABASE_URL) cannot be reached (${e.code ?? e.message}): start it, fix DATABASE_URL, or unset it to use the embedded database.`,
    );
  });
  try {
    await prepareAppDatabase(dataSource);
    if (config.SEED_DEMO_ON_START && (await seedDemoWorldOnce(dataSource))) console.log('Loaded the demo world (see README for the sign-ins)');
  } finally {
    await dataSource.destroy();
  }
}

function stopper(children: () => ChildProcess[], infrastructure: () => Infrastructure | null): (code: number) => Promise<void> {
  let stopping = false;
  return async (code) => {
    if (stopping) return;
    stopping = true;
    const running = children().filter((c) => c.exitCode === null && c.signalCode === null);
    running.forEach((c) => c.kill('SIGTERM'));
    await Promise.all(running.map((c) => new Promise((r) => c.once('exit', r))));
    await infrastructure()?.stop();
    process.exit(code);
  };
}

/** Waits until GET /health answers 200; false when a process exits first. */
async function apiAnswers(port: number, children: ChildProcess[]): Promise<boolean> {
  while (children.every((c) => c.exitCode === null && c.signalCode === null)) {
    const ok = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(2000) })
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}
