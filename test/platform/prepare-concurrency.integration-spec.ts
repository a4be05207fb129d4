import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

import { DataSource } from 'typeorm';

import { dataSourceOptions } from '../../src/database/data-source-options';
import { prepareAppDatabase } from '../../src/launcher/prepare-app-database';
import { SKILLS } from '../../src/skills/skill-taxonomy.data';
import { databaseUrl, withAdmin } from '../utils/test-database';

/** Several API replicas (or the migrate service and a replica) starting at once on an empty database. */
describe('preparing the database from several processes at once', () => {
  const name = `rally_prep_${process.pid}_${randomBytes(4).toString('hex')}`;
  const sources: DataSource[] = [];

  beforeAll(() => withAdmin((c) => c.query(`CREATE DATABASE "${name}"`)));
  afterAll(async () => {
    await Promise.all(sources.map((s) => s.destroy()));
    await withAdmin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  });

  it('applies every migration and loads the skills taxonomy exactly once, under the advisory locks', async () => {
    for (let i = 0; i < 3; i++) sources.push(await new DataSource(dataSourceOptions(databaseUrl(name))).initialize());
    await Promise.all(sources.map((s) => prepareAppDatabase(s)));
    const files = readdirSync(join(__dirname, '..', '..', 'migrations')).filter((f) => f.endsWith('.ts'));
    const applied: { name: string; times: number }[] = await sources[0].query('SELECT name, count(*)::int AS times FROM migration GROUP BY name');
    expect(applied).toHaveLength(files.length);
    expect(applied.every((m) => m.times === 1)).toBe(true);
    const [{ skills }]: { skills: number }[] = await sources[0].query('SELECT count(*)::int AS skills FROM skill');
    expect(skills).toBe(SKILLS.length);
  });
});
