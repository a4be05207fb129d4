import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

// Any constant works; it only has to be the same for every Rally process.
const MIGRATION_LOCK = 7_461_202;

/** Runs pending migrations under an advisory lock, so that several processes starting together apply them once. */
export async function prepareDatabase(dataSource: DataSource): Promise<void> {
  const logger = new Logger('Database');
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length) logger.log(`Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}
