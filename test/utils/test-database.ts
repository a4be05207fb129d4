import { randomBytes } from 'node:crypto';

import { Client } from 'pg';

/** The server the tests use: DATABASE_URL's (as in CI), else the local one, else an embedded one (see global-setup). */
export function adminUrl(): string {
  const url = process.env.RALLY_TEST_ADMIN_URL;
  if (!url) throw new Error('RALLY_TEST_ADMIN_URL is not set: run the tests through jest so that test/global-setup.ts runs.');
  return url;
}

export function databaseUrl(name: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

export async function withAdmin<T>(fn: (client: Client) => Promise<T>, url = adminUrl()): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A fresh database with every migration applied, copied from the template in milliseconds. */
export async function createTestDatabase(): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const template = process.env.RALLY_TEST_TEMPLATE as string;
  const name = `rally_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdmin((c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  return {
    name,
    url: databaseUrl(name),
    drop: () => withAdmin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}
