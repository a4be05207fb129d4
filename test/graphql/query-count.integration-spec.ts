import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';

import { SKILLS } from '../needs/need-fixtures';
import { insertIntermediary, insertProgram, insertSkills } from '../utils/fixtures';
import { createOrganization, organizationWithAdmin, Session, signUp } from '../utils/operations';
import { createTestApp, TestApp } from '../utils/test-app';

const PAGE = `query($first: Int!) { needs(first: $first) { nodes { nonprofit { name } program { name } roles { seatsOpen need { id } skills { level skill { name } } } } } }`;

interface PageOut {
  needs: { nodes: { nonprofit: { name: string }; program: { name: string } | null; roles: { skills: { skill: { name: string } }[] }[] }[] };
}

/** N+1 guard: nested fields load through per-request DataLoaders, so the query count does not grow with the page. */
describe('SQL queries per GraphQL request', () => {
  let t: TestApp;
  let reader: Session;

  beforeAll(async () => {
    t = await createTestApp();
    await insertSkills(t.dataSource, SKILLS);
    const nonprofits = await Promise.all([1, 2, 3].map(() => organizationWithAdmin(t, 'NONPROFIT')));
    const curator = await signUp(t);
    const intermediaryId = await insertIntermediary(t, { curatorId: curator.userId });
    const programs = [
      await insertProgram(t, { intermediaryId, name: 'Program one', participants: [{ organizationId: nonprofits[0].id, role: 'COHORT' }] }),
      await insertProgram(t, { intermediaryId, name: 'Program two', participants: [{ organizationId: nonprofits[1].id, role: 'COHORT' }] }),
    ];
    // 30 open needs over three nonprofits (two of them in programs), each with 3 roles of 3 skills.
    await t.dataSource.query(
      `INSERT INTO need (nonprofit_id, program_id, title, summary, focus_area, country, language, status, published_at, created_at)
       SELECT ($1::uuid[])[1 + g % 3], ($2::uuid[])[1 + g % 3], 'Need ' || g, 'What need ' || g || ' is about', 'EDUCATION', 'JP', 'ja', 'OPEN', now(),
              now() - g * interval '1 second'
         FROM generate_series(1, 30) g`,
      [nonprofits.map((n) => n.id), programs],
    );
    await t.dataSource.query(`INSERT INTO need_role (need_id, kind, title) SELECT n.id, 'VOLUNTEER', 'Role ' || g FROM need n, generate_series(1, 3) g`);
    await t.dataSource.query(
      `INSERT INTO need_role_skill (role_id, skill_id, level) SELECT r.id, s.id, 3 FROM need_role r CROSS JOIN (SELECT id FROM skill ORDER BY id LIMIT 3) s`,
    );
    // A curator of both programs, so that `program` resolves for the needs in them.
    reader = curator;
  });
  afterAll(() => t.close());

  async function countQueries(first: number): Promise<{ queries: number; page: PageOut['needs'] }> {
    const spy = jest.spyOn(t.dataSource.logger, 'logQuery');
    try {
      const res = await t.gql<PageOut>(PAGE, { first }, reader.token);
      expect(res.errors).toBeUndefined();
      return { queries: spy.mock.calls.length, page: (res.data as PageOut).needs };
    } finally {
      spy.mockRestore();
    }
  }

  it('loads a page of 30 needs with nonprofit, program, roles and skills in a few queries', async () => {
    const { queries, page } = await countQueries(30);
    expect(page.nodes).toHaveLength(30);
    expect(page.nodes.every((n) => n.roles.length === 3 && n.roles.every((r) => r.skills.length === 3 && r.skills.every((s) => s.skill.name)))).toBe(true);
    expect(page.nodes.filter((n) => n.program).length).toBe(20);
    // The actor (with its locale); the count, page, nonprofits, roles and skills in one statement; programs. role.need and role.skills are primed.
    expect(queries).toBe(3);
  });

  it('costs the same number of queries for 5 needs as for 30', async () => {
    const small = await countQueries(5);
    const large = await countQueries(30);
    expect(small.page.nodes).toHaveLength(5);
    expect(large.queries).toBe(small.queries);
  });
});

/**
 * Capped nested lists take their cap from SQL: an organization of 300 members lists its first 200,
 * and no query returns more than 200 rows per organization (issue 9).
 */
describe('capped nested lists in SQL', () => {
  const CAP = 200;
  let t: TestApp;
  let admin: Session;
  const orgs: string[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signUp(t);
    for (const name of ['Big one', 'Big two']) {
      const orgId = await createOrganization(t, admin, { kind: 'NONPROFIT', name });
      orgs.push(orgId);
      // 299 more members, joined a second apart, so "earliest first" has one answer.
      await t.dataSource.query(
        `WITH people AS (
           INSERT INTO user_account (email, password_hash, name)
           SELECT 'member-' || g || '-' || $2 || '@example.org', 'x', 'Member ' || g FROM generate_series(1, 299) g RETURNING id, name)
         INSERT INTO membership (user_id, organization_id, role, created_at)
         SELECT id, $1, 'MEMBER', now() - interval '1 day' + (substring(name from 8)::int) * interval '1 second' FROM people`,
        [orgId, orgs.length],
      );
    }
  });
  afterAll(() => t.close());

  /** The rows each SQL statement of one request returned. */
  async function rowsPerQuery<T>(run: () => Promise<T>): Promise<{ result: T; rows: number[] }> {
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    try {
      const result = await run();
      const outcomes = await Promise.all(spy.mock.results.map((r) => Promise.resolve(r.value).catch(() => undefined)));
      const rows = outcomes.map((out: unknown) => {
        const records = out && typeof out === 'object' && 'records' in out ? (out as { records: unknown[] }).records : out;
        return Array.isArray(records) ? records.length : 0;
      });
      return { result, rows };
    } finally {
      spy.mockRestore();
    }
  }

  it('lists the first 200 of 300 members, earliest first, with no query returning more', async () => {
    const { result, rows } = await rowsPerQuery(() =>
      t.gql<{ organization: { members: { user: { name: string } }[] } }>(`query($id: ID!) { organization(id: $id) { members { user { name } } } }`, { id: orgs[0] }, admin.token),
    );
    expect(result.errors).toBeUndefined();
    const members = result.data!.organization.members;
    expect(members).toHaveLength(CAP);
    // The 299 joined a day ago, a second apart; the founder joined just now, so is past the cap.
    expect(members.slice(0, 3).map((m) => m.user.name)).toEqual(['Member 1', 'Member 2', 'Member 3']);
    expect(Math.max(...rows)).toBeLessThanOrEqual(CAP);
  });

  it('caps each organization separately when two are loaded in one batch', async () => {
    const { result, rows } = await rowsPerQuery(() =>
      t.gql<{ a: { members: { id: string }[] }; b: { members: { id: string }[] } }>(
        `query($a: ID!, $b: ID!) { a: organization(id: $a) { members { id } } b: organization(id: $b) { members { id } } }`,
        { a: orgs[0], b: orgs[1] },
        admin.token,
      ),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.a.members).toHaveLength(CAP);
    expect(result.data!.b.members).toHaveLength(CAP);
    expect(new Set([...result.data!.a.members, ...result.data!.b.members].map((m) => m.id)).size).toBe(2 * CAP);
    // At most the cap per organization, even when both come from one batched statement.
    expect(Math.max(...rows)).toBeLessThanOrEqual(2 * CAP);
  });
});
