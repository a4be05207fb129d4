import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { prepareDatabase } from '../database/prepare-database';
import { loadSkillTaxonomy } from '../skills/skill-taxonomy.loader';

/**
 * What every entry point runs before it serves: the migrations, then the reference data no
 * feature works without (the skills taxonomy: no profile or need can be created without it).
 * Idempotent and safe when several processes start at once.
 */
export async function prepareAppDatabase(dataSource: DataSource): Promise<void> {
  const logger = new Logger('Database');
  await prepareDatabase(dataSource);
  const taxonomy = await loadSkillTaxonomy(dataSource);
  if (taxonomy.added || taxonomy.updated) logger.log(`Skills taxonomy: ${taxonomy.added} added, ${taxonomy.updated} updated`);
  if (taxonomy.skipped.length) {
    logger.warn(`Skills taxonomy: left ${taxonomy.skipped.join(', ')} unchanged: another skill already has the name shipped for it; rename that skill to take the update.`);
  }
}
