import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { hasDemoWorld, seedDatabase } from '../seed/seed.service';

// Any constant works; it only has to be the same for every Rally process.
const MIGRATION_LOCK = 7_461_202;

/**
 * Runs pending migrations and, once, the demo world, under an advisory lock so that several
 * processes starting together do it exactly once.
 */
export async function prepareDatabase(dataSource: DataSource, options: { seedDemo: boolean }): Promise<void> {
  const logger = new Logger('Database');
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length) logger.log(`Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
    if (options.seedDemo && !(await hasDemoWorld(dataSource))) {
      const summary = await seedDatabase(dataSource, { demo: true });
      logger.log(`Loaded the demo world: ${JSON.stringify(summary)}`);
    }
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}
