import 'reflect-metadata';

import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { standaloneLogger } from './common/logging/log-format';
import { ConfigError, loadConfig } from './config/app-config';
import { dataSourceOptions, requireDatabaseUrl } from './database/data-source-options';
import { prepareAppDatabase } from './launcher/prepare-app-database';
import { seedDemoWorldOnce } from './seed/seed.service';

/**
 * `node dist/src/migrate.js`: what every start does to the database (migrations, reference data,
 * the demo world when asked), once, then exit — the one-shot `migrate` service of docker compose,
 * so API replicas start on a prepared database instead of queueing on the advisory lock.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  Logger.overrideLogger(standaloneLogger(config));
  const dataSource = await new DataSource(dataSourceOptions(requireDatabaseUrl(config))).initialize();
  try {
    await prepareAppDatabase(dataSource);
    if (config.SEED_DEMO_ON_START) await seedDemoWorldOnce(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof ConfigError || e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
});
