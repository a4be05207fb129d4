import 'reflect-metadata';

import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { verifyPassword } from '../../src/auth/password';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { DEMO_IDS, DEMO_SIGN_INS, DEMO_WORLD } from '../../src/seed/data/demo-world.data';
import { hasDemoWorld, seedDemoWorld } from '../../src/seed/seed.service';
import { SKILLS } from '../../src/skills/skill-taxonomy.data';
import { loadSkillTaxonomy } from '../../src/skills/skill-taxonomy.loader';

// Self-contained on purpose: the global setup's admin URL when it ran, else the local server.
const ADMIN_URL = process.env.RALLY_TEST_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const TABLES = [
  'skill',
  'organization',
  'network',
  'network_member',
  'user_account',
  'membership',
  'affiliation',
  'volunteer_profile',
  'volunteer_skill',
  'mentor_profile',
  'mentor_skill',
  'funding_offer',
  'program',
  'program_participant',
  'need',
  'need_role',
  'need_role_skill',
] as const;

jest.setTimeout(60_000);

function urlFor(database: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin(sql: string): Promise<void> {
  const client = new Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function createMigratedDatabase(name: string): Promise<DataSource> {
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin(`CREATE DATABASE "${name}"`);
  const dataSource = await new DataSource(dataSourceOptions(urlFor(name))).initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}

async function rowCounts(dataSource: DataSource): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const [{ n }] = await dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${table}"`);
    counts[table] = n;
  }
  return counts;
}

async function one<T>(dataSource: DataSource, sql: string, params: unknown[] = []): Promise<T> {
  const rows = await dataSource.query<T[]>(sql, params);
  return rows[0];
}

describe('seedDemoWorld', () => {
  const database = `rally_seed_test_${process.pid}`;
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await createMigratedDatabase(database);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  });

  it('refuses to load the demo world before the skills taxonomy, leaving the database as it was', async () => {
    await expect(seedDemoWorld(dataSource)).rejects.toThrow(/load the skills taxonomy first/);
    expect(await hasDemoWorld(dataSource)).toBe(false);
    expect(Object.values(await rowCounts(dataSource)).every((n) => n === 0)).toBe(true);
  });

  it('loads the demo world on top of the taxonomy, every row of it', async () => {
    expect((await loadSkillTaxonomy(dataSource)).added).toBe(SKILLS.length);
    const summary = await seedDemoWorld(dataSource);
    expect(summary.inserted.user_account).toBe(DEMO_WORLD.users.length);
    expect(summary.inserted.need_role_skill).toBe(DEMO_WORLD.needRoleSkills.length);
    expect(await hasDemoWorld(dataSource)).toBe(true);
  });

  it('changes nothing when run again', async () => {
    const before = await rowCounts(dataSource);
    expect(await loadSkillTaxonomy(dataSource)).toEqual({ added: 0, updated: 0, skipped: [] });
    const summary = await seedDemoWorld(dataSource);
    expect(summary.insertedTotal).toBe(0);
    expect(await rowCounts(dataSource)).toEqual(before);
  });

  it('has about ten intermediaries in the Asian network and about 100 Japanese company volunteers', async () => {
    const { intermediaries } = await one<{ intermediaries: number }>(
      dataSource,
      `SELECT count(*)::int AS intermediaries FROM network_member m JOIN organization o ON o.id = m.organization_id
       WHERE m.network_id = $1 AND o.kind = 'INTERMEDIARY'`,
      [DEMO_IDS.asiaNetwork],
    );
    expect(intermediaries).toBeGreaterThanOrEqual(9);
    expect(intermediaries).toBeLessThanOrEqual(12);
    const { volunteers } = await one<{ volunteers: number }>(
      dataSource,
      `SELECT count(*)::int AS volunteers FROM volunteer_profile p JOIN organization o ON o.id = p.employer_id
       WHERE o.kind = 'COMPANY' AND o.country = 'JP' AND p.country = 'JP' AND p.time_zone = 'Asia/Tokyo'`,
    );
    expect(volunteers).toBeGreaterThanOrEqual(90);
    expect(volunteers).toBeLessThanOrEqual(110);
  });

  it('has a European programme of 20 cohort needs from 16 countries, each with a mentor, a volunteer and a funding role', async () => {
    const program = await one<{ requires_mentor: boolean; curation_required: boolean }>(dataSource, 'SELECT requires_mentor, curation_required FROM program WHERE id = $1', [
      DEMO_IDS.euProgram,
    ]);
    expect(program).toEqual({ requires_mentor: true, curation_required: true });
    const { needs, countries } = await one<{ needs: number; countries: number }>(
      dataSource,
      `SELECT count(*)::int AS needs, count(DISTINCT n.country)::int AS countries FROM need n
       JOIN program_participant pp ON pp.program_id = n.program_id AND pp.organization_id = n.nonprofit_id AND pp.role = 'COHORT'
       WHERE n.program_id = $1`,
      [DEMO_IDS.euProgram],
    );
    expect({ needs, countries }).toEqual({ needs: 20, countries: 16 });
    const { complete } = await one<{ complete: number }>(
      dataSource,
      `SELECT count(*)::int AS complete FROM (
         SELECT n.id FROM need n JOIN need_role r ON r.need_id = n.id WHERE n.program_id = $1
         GROUP BY n.id
         HAVING bool_or(r.kind = 'MENTOR' AND r.seats = 1) AND bool_or(r.kind = 'VOLUNTEER')
            AND bool_or(r.kind = 'FUNDING' AND r.amount BETWEEN 10000 AND 50000)
       ) t`,
      [DEMO_IDS.euProgram],
    );
    expect(complete).toBe(20);
  });

  it('has three European funders in the programme, each with a funding offer', async () => {
    const { funders } = await one<{ funders: number }>(
      dataSource,
      `SELECT count(DISTINCT pp.organization_id)::int AS funders FROM program_participant pp
       JOIN organization o ON o.id = pp.organization_id AND o.kind = 'FUNDER'
       JOIN funding_offer f ON f.funder_id = o.id AND f.active
       WHERE pp.program_id = $1 AND pp.role = 'FUNDER'`,
      [DEMO_IDS.euProgram],
    );
    expect(funders).toBe(3);
  });

  it('lets every demo sign-in log in with the demo password', async () => {
    for (const signIn of DEMO_SIGN_INS) {
      const user = await one<{ password_hash: string } | undefined>(dataSource, 'SELECT password_hash FROM user_account WHERE email = $1', [signIn.email]);
      expect({ email: signIn.email, found: user !== undefined }).toEqual({ email: signIn.email, found: true });
      expect(await verifyPassword(user?.password_hash ?? '', signIn.password)).toBe(true);
    }
    const admins = await dataSource.query<{ email: string }[]>('SELECT email FROM user_account WHERE is_platform_admin');
    expect(admins).toEqual([{ email: 'admin@rally.demo' }]);
  });

  it('only refers to skills that exist', async () => {
    const { dangling } = await one<{ dangling: number }>(
      dataSource,
      `SELECT count(*)::int AS dangling FROM (
         SELECT skill_id FROM need_role_skill UNION ALL SELECT skill_id FROM volunteer_skill UNION ALL SELECT skill_id FROM mentor_skill
       ) s LEFT JOIN skill k ON k.id = s.skill_id WHERE k.id IS NULL`,
    );
    expect(dangling).toBe(0);
    const { roleSkills } = await one<{ roleSkills: number }>(dataSource, 'SELECT count(*)::int AS "roleSkills" FROM need_role_skill');
    expect(roleSkills).toBeGreaterThan(100);
  });
});

describe('the taxonomy and the demo world at two app starts at once', () => {
  const database = `rally_seed_race_${process.pid}`;
  let first: DataSource;
  let second: DataSource;

  beforeAll(async () => {
    first = await createMigratedDatabase(database);
    second = await new DataSource(dataSourceOptions(urlFor(database))).initialize();
  });

  afterAll(async () => {
    await first?.destroy();
    await second?.destroy();
    await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  });

  it('inserts each row once', async () => {
    const startUp = async (dataSource: DataSource) => ({ taxonomy: await loadSkillTaxonomy(dataSource), demo: await seedDemoWorld(dataSource) });
    const [a, b] = await Promise.all([startUp(first), startUp(second)]);
    expect([a.taxonomy.added + b.taxonomy.added, Math.min(a.taxonomy.added, b.taxonomy.added)]).toEqual([SKILLS.length, 0]);
    expect(a.demo.insertedTotal + b.demo.insertedTotal).toBe(Object.values(DEMO_WORLD).reduce((sum, rows) => sum + rows.length, 0));
    expect(Math.min(a.demo.insertedTotal, b.demo.insertedTotal)).toBe(0);
    expect((await rowCounts(first)).skill).toBe(SKILLS.length);
  });
});
