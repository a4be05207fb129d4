import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AppConfig, ConfigError, loadConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source-options';
import { EmbeddedDatabase, startEmbeddedDatabase } from './database/embedded-database';
import { prepareDatabase } from './database/prepare-database';

/**
 * `npm start`: the whole app on one machine — the embedded database unless DATABASE_URL is set,
 * migrations and the demo world, then the API (which serves the client) and the worker.
 */
async function start(): Promise<void> {
  const config = readConfig();
  let embedded: EmbeddedDatabase | null = null;
  if (!config.DATABASE_URL) {
    embedded = await startEmbeddedDatabase(config.DATA_DIR, config.EMBEDDED_DB_PORT, console.error);
    console.log(`Embedded PostgreSQL running with its data in ${join(config.DATA_DIR, 'pg')}`);
  }
  const databaseUrl = config.DATABASE_URL ?? (embedded as EmbeddedDatabase).url;
  const dataSource = await new DataSource(dataSourceOptions(databaseUrl)).initialize();
  await prepareDatabase(dataSource, { seedDemo: config.SEED_DEMO_ON_START });
  await dataSource.destroy();

  const env = { ...process.env, DATABASE_URL: databaseUrl };
  const children = ['main.js', 'worker.js'].map((file) => spawn(process.execPath, [join(__dirname, file)], { env, stdio: 'inherit' }));
  console.log(`\nRally is starting: open ${config.publicUrl}\n`);
  stopTogether(children, embedded);
}

function readConfig(): AppConfig {
  try {
    return loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
}

function stopTogether(children: ChildProcess[], embedded: EmbeddedDatabase | null): void {
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    children.forEach((c) => c.exitCode === null && c.kill('SIGTERM'));
    await Promise.all(children.filter((c) => c.exitCode === null).map((c) => new Promise((r) => c.once('exit', r))));
    await embedded?.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  children.forEach((c) => c.once('exit', (code) => void stop(code ?? 1)));
}

start().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
