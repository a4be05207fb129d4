import 'reflect-metadata';

import { DataSource } from 'typeorm';

import { dataSourceOptions } from '../../src/database/data-source-options';
import { SKILLS, SkillSeed } from '../../src/skills/skill-taxonomy.data';
import { loadSkillTaxonomy } from '../../src/skills/skill-taxonomy.loader';
import { createTestDatabase } from '../utils/test-database';

interface SkillRow {
  id: string;
  name: string;
  name_de: string | null;
  name_ja: string | null;
  category: string;
  synonyms: string[];
  xmin: string;
}

const rows = async (dataSource: DataSource): Promise<SkillRow[]> => dataSource.query('SELECT id, name, name_de, name_ja, category, synonyms, xmin::text FROM skill ORDER BY id');

describe('loading the skills taxonomy as reference data', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(db.url)).initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it('fills a freshly migrated database with every skill in three languages', async () => {
    expect(await rows(dataSource)).toEqual([]);
    expect(await loadSkillTaxonomy(dataSource)).toEqual({ added: SKILLS.length, updated: 0, skipped: [] });
    const loaded = await rows(dataSource);
    expect(loaded).toHaveLength(SKILLS.length);
    expect(loaded.find((s) => s.id === 'bookkeeping')).toMatchObject({ name: 'Bookkeeping', name_de: 'Buchhaltung', name_ja: '経理・記帳', category: 'finance' });
    expect(loaded.filter((s) => !s.name_de || !s.name_ja)).toEqual([]);
  });

  it('writes nothing when loaded again: not a single row version changes', async () => {
    const before = await rows(dataSource);
    expect(await loadSkillTaxonomy(dataSource)).toEqual({ added: 0, updated: 0, skipped: [] });
    expect(await rows(dataSource)).toEqual(before);
  });

  it('takes a grown list: adds the new skills, renames and re-translates in place, keeps ids, deletes nothing', async () => {
    await dataSource.query(`INSERT INTO skill (id, name, category) VALUES ('beekeeping', 'Beekeeping', 'sustainability')`);
    const retired = SKILLS[0];
    const grown: SkillSeed[] = [
      ...SKILLS.slice(1).map((s) => (s.id === 'bookkeeping' ? { ...s, name: 'Bookkeeping and ledgers', nameDe: 'Buchführung', synonyms: [...s.synonyms, 'ledgers'] } : s)),
      {
        id: 'volunteer-tax-preparation',
        name: 'Volunteer tax preparation',
        nameDe: 'Ehrenamtliche Steuererklärungshilfe',
        nameJa: '確定申告ボランティア',
        category: 'finance',
        synonyms: ['VITA'],
      },
      // Collides with the name an admin already gave another skill: left out, not a failed start.
      { id: 'apiculture', name: 'BEEKEEPING', nameDe: 'Imkerei', nameJa: '養蜂', category: 'sustainability', synonyms: [] },
    ];
    const before = await rows(dataSource);

    expect(await loadSkillTaxonomy(dataSource, grown)).toEqual({ added: 1, updated: 1, skipped: ['apiculture'] });

    const after = await rows(dataSource);
    expect(after.map((s) => s.id)).toEqual([...before.map((s) => s.id), 'volunteer-tax-preparation'].sort());
    expect(after.find((s) => s.id === 'bookkeeping')).toMatchObject({ name: 'Bookkeeping and ledgers', name_de: 'Buchführung', name_ja: '経理・記帳' });
    expect(after.find((s) => s.id === 'bookkeeping')?.synonyms).toContain('ledgers');
    expect(after.find((s) => s.id === 'volunteer-tax-preparation')).toMatchObject({ name_de: 'Ehrenamtliche Steuererklärungshilfe', name_ja: '確定申告ボランティア' });
    // Dropped from the list and created by an admin: both stay exactly as they were.
    for (const id of [retired.id, 'beekeeping']) expect(after.find((s) => s.id === id)).toEqual(before.find((s) => s.id === id));
    const untouched = after.filter((s) => !['bookkeeping', 'volunteer-tax-preparation'].includes(s.id));
    expect(untouched).toEqual(before.filter((s) => s.id !== 'bookkeeping'));
  });

  it('lets two processes starting at once load it once', async () => {
    const fresh = await createTestDatabase();
    const [a, b] = await Promise.all([0, 1].map(() => new DataSource(dataSourceOptions(fresh.url)).initialize()));
    try {
      const [x, y] = await Promise.all([loadSkillTaxonomy(a), loadSkillTaxonomy(b)]);
      expect([x.added + y.added, Math.min(x.added, y.added), x.updated + y.updated]).toEqual([SKILLS.length, 0, 0]);
    } finally {
      await Promise.all([a.destroy(), b.destroy()]);
      await fresh.drop();
    }
  });
});
