import { DataSource } from 'typeorm';

import { UnitOfWork } from '../common/database/unit-of-work';
import { SKILLS, SkillSeed } from './skill-taxonomy.data';

export interface TaxonomyLoadSummary {
  added: number;
  updated: number;
  /** Ids left as they were because their new name is already taken by another skill (e.g. one an admin created). */
  skipped: string[];
}

/**
 * Brings the skill table up to the shipped taxonomy: adds new skills and updates names,
 * translations, categories and synonyms of shipped ones in place, so ids (and every profile,
 * role and match pointing at them) stay. Never deletes: skills dropped from the list and skills
 * admins created stay. A second run writes nothing. Concurrent starts serialize on a lock.
 */
export async function loadSkillTaxonomy(dataSource: DataSource, skills: readonly SkillSeed[] = SKILLS): Promise<TaxonomyLoadSummary> {
  return new UnitOfWork(dataSource).run(async ({ manager: m }) => {
    await m.query(`SELECT pg_advisory_xact_lock(hashtext('rally:skill-taxonomy'))`);
    const rows = JSON.stringify(skills.map((s) => ({ id: s.id, name: s.name, name_de: s.nameDe, name_ja: s.nameJa, category: s.category, synonyms: s.synonyms })));
    const skipped = await m.query<{ id: string }[]>(`${SHIPPED} SELECT x.id FROM shipped x WHERE ${NAME_TAKEN} ORDER BY x.id`, [rows]);
    const written = await m.query<{ inserted: boolean }[]>(
      `${SHIPPED}
       INSERT INTO skill AS s (id, name, name_de, name_ja, category, synonyms)
       SELECT x.id, x.name, x.name_de, x.name_ja, x.category, x.synonyms FROM shipped x WHERE NOT ${NAME_TAKEN}
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, name_de = EXCLUDED.name_de, name_ja = EXCLUDED.name_ja,
                                      category = EXCLUDED.category, synonyms = EXCLUDED.synonyms
         WHERE (s.name, s.name_de, s.name_ja, s.category, s.synonyms)
               IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.name_de, EXCLUDED.name_ja, EXCLUDED.category, EXCLUDED.synonyms)
       RETURNING (xmax = 0) AS inserted`,
      [rows],
    );
    const added = written.filter((r) => r.inserted).length;
    return { added, updated: written.length - added, skipped: skipped.map((r) => r.id) };
  });
}

const SHIPPED = `WITH shipped AS (
  SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(id varchar, name varchar, name_de varchar, name_ja varchar, category varchar, synonyms text[])
)`;
// Names are unique ignoring case (see SkillsService), so the list never takes a name another skill holds.
const NAME_TAKEN = `EXISTS (SELECT 1 FROM skill o WHERE lower(o.name) = lower(x.name) AND o.id <> x.id)`;
