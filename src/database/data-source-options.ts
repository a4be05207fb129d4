import { join } from 'node:path';
import { DataSourceOptions } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { ENTITIES } from './entities';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** The one description of Rally's database; the app, the CLI and the tests all use it. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    // Compiled migrations sit beside dist/src; under Jest the .ts sources are loaded instead.
    migrations: [join(__dirname, '..', '..', 'migrations', `*.${__filename.endsWith('.ts') ? 'ts' : 'js'}`)],
    migrationsTableName: 'migration',
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
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
