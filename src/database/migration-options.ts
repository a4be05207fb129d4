import { join } from 'node:path';

import { DataSourceOptions } from 'typeorm';

import { SnakeNamingStrategy } from './snake-naming.strategy';

/**
 * What running the migrations needs, and no entities: importing the entities runs Nest's GraphQL
 * decorators, which keep their metadata on `global`. Jest's global setup runs migrations in the
 * runner's own realm, and Jest hands a copy of that realm's globals to every test file run in the
 * same process, so loading the entities there made all those files share one stale GraphQL store.
 */
export function migrationOptions(url: string) {
  return {
    type: 'postgres',
    url,
    // Compiled migrations sit beside dist/src; under Jest the .ts sources are loaded instead.
    migrations: [join(__dirname, '..', '..', 'migrations', `*.${__filename.endsWith('.ts') ? 'ts' : 'js'}`)],
    migrationsTableName: 'migration',
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
  } satisfies DataSourceOptions;
}
