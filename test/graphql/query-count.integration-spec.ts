import { SKILLS } from '../needs/need-fixtures';
import { insertIntermediary, insertProgram, insertSkills } from '../utils/fixtures';
import { organizationWithAdmin, Session, signUp } from '../utils/operations';
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
    // actor, count, page, nonprofits, programs, roles, role skills joined with their skills; role.need is primed
    expect(queries).toBeGreaterThanOrEqual(5);
    expect(queries).toBeLessThanOrEqual(8);
  });

  it('costs the same number of queries for 5 needs as for 30', async () => {
    const small = await countQueries(5);
    const large = await countQueries(30);
    expect(small.page.nodes).toHaveLength(5);
    expect(large.queries).toBe(small.queries);
  });
});
