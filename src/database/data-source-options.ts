import { DataSourceOptions } from 'typeorm';

import { AppConfig } from '../config/app-config';
import { ENTITIES } from './entities';
import { migrationOptions } from './migration-options';

/** The one description of Rally's database; the app, the CLI and the tests all use it. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    ...migrationOptions(url),
    entities: ENTITIES,
    synchronize: false,
    migrationsRun: false,
    extra: { max: 10 },
  };
}

export function requireDatabaseUrl(config: AppConfig): string {
  if (!config.DATABASE_URL) {
    throw new Error('DATABASE_URL is not set: run "npm start" (it starts an embedded PostgreSQL) or set DATABASE_URL=postgres://…');
  }
  return config.DATABASE_URL;
}
