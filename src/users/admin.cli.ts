import 'reflect-metadata';

import { DataSource } from 'typeorm';

import { LaunchError } from '../common/process/launch-error';
import { ConfigError, loadConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source-options';
import { openEmbeddedDatabase } from '../database/embedded-database';
import { PlatformAdminError, runAdminCommand } from './platform-admins';

/**
 * `npm run admin -- grant|revoke <email>` and `list`: platform admins without SQL, against
 * DATABASE_URL or, when it is unset, this checkout's embedded database (running or not).
 */
async function main(args: string[]): Promise<void> {
  const config = loadConfig();
  const embedded = config.DATABASE_URL ? null : await openEmbeddedDatabase(config.DATA_DIR);
  try {
    const dataSource = await new DataSource(dataSourceOptions(config.DATABASE_URL ?? (embedded?.url as string))).initialize();
    try {
      (await runAdminCommand(dataSource, args)).forEach((line) => console.log(line));
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await embedded?.stop();
  }
}

main(process.argv.slice(2)).catch((e: unknown) => {
  const known = e instanceof PlatformAdminError || e instanceof LaunchError || e instanceof ConfigError;
  console.error(known ? e.message : `The admin command failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
