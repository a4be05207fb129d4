import { Client } from 'pg';

import { EmbeddedDatabase } from '../src/database/embedded-database';

export default async function globalTeardown(): Promise<void> {
  const admin = process.env.RALLY_TEST_ADMIN_URL;
  const template = process.env.RALLY_TEST_TEMPLATE;
  if (admin && template) {
    const client = new Client({ connectionString: admin });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
    await client.end();
  }
  await (globalThis as { rallyEmbedded?: EmbeddedDatabase }).rallyEmbedded?.stop();
}
