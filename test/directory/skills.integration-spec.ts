import { SKILLS } from '../../src/skills/skill-taxonomy.data';
import { SkillEntity } from '../../src/skills/skill.entity';
import { Session, signUp } from '../utils/operations';
import { createTestApp, errorCode, TestApp } from '../utils/test-app';
import { countRows, gqlData, platformAdmin } from './directory.operations';

const LIST = `query($filter: SkillFilter, $first: Int, $after: String) {
  skills(filter: $filter, first: $first, after: $after) { totalCount nodes { id name category synonyms } pageInfo { hasNextPage endCursor } }
}`;
const CREATE = `mutation($input: CreateSkillInput!) { createSkill(input: $input) { id name category synonyms } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateSkillInput!) { updateSkill(id: $id, input: $input) { id name category synonyms } }`;

interface SkillsPage {
  skills: {
    totalCount: number;
    nodes: { id: string; name: string; category: string; synonyms: string[] }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe('skills taxonomy', () => {
  let t: TestApp;
  let user: Session;
  let admin: Session;

  beforeAll(async () => {
    t = await createTestApp();
    await t.dataSource.getRepository(SkillEntity).insert([...SKILLS]);
    user = await signUp(t);
    admin = await platformAdmin(t);
  });
  afterAll(() => t.close());

  const ids = (page: SkillsPage) => page.skills.nodes.map((s) => s.id);

  it('pages through the whole taxonomy in name order, every skill exactly once', async () => {
    const seen: string[] = [];
    const names: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: SkillsPage = await gqlData<SkillsPage>(t, LIST, { first: 7, after }, user.token);
      expect(page.skills.totalCount).toBe(SKILLS.length);
      seen.push(...ids(page));
      names.push(...page.skills.nodes.map((s) => s.name));
      after = page.skills.pageInfo.hasNextPage ? page.skills.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(Math.ceil(SKILLS.length / 7));
    expect(seen).toHaveLength(SKILLS.length);
    expect(new Set(seen).size).toBe(SKILLS.length);
    expect([...seen].sort()).toEqual(SKILLS.map((s) => s.id).sort());
    const [{ ordered }] = await t.dataSource.query('SELECT array_agg(name ORDER BY name) AS ordered FROM skill');
    expect(names).toEqual(ordered);
  });

  it('loads the whole taxonomy in one page of up to 500 for the picker, and no more', async () => {
    const all = await gqlData<SkillsPage>(t, LIST, { first: 500 }, user.token);
    expect(all.skills.nodes).toHaveLength(SKILLS.length);
    expect(all.skills.pageInfo.hasNextPage).toBe(false);
    const tooMany = await t.gql(LIST, { first: 501 }, user.token);
    expect(errorCode(tooMany)).toBe('BAD_USER_INPUT');
    expect(tooMany.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'first' })]);
  });

  it('searches names and synonyms in any language, ignoring case', async () => {
    const bySynonym = await gqlData<SkillsPage>(t, LIST, { filter: { search: 'BUCHHALTUNG' } }, user.token);
    expect(ids(bySynonym)).toContain('bookkeeping');
    expect(bySynonym.skills.nodes.every((s) => [s.name, ...s.synonyms].some((w) => /buchhaltung/i.test(w)))).toBe(true);
    expect(ids(await gqlData<SkillsPage>(t, LIST, { filter: { search: '記帳' } }, user.token))).toEqual(['bookkeeping']);
    expect(ids(await gqlData<SkillsPage>(t, LIST, { filter: { search: 'excel' } }, user.token))).toContain('advanced-excel');
    const byName = await gqlData<SkillsPage>(t, LIST, { filter: { search: 'bookkeep' } }, user.token);
    expect(ids(byName)).toEqual(['bookkeeping']);
    const wildcard = await gqlData<SkillsPage>(t, LIST, { filter: { search: '%' } }, user.token);
    expect(wildcard.skills.totalCount).toBe(0);
    const inFinance = await gqlData<SkillsPage>(t, LIST, { filter: { category: 'finance', search: 'accounting' } }, user.token);
    expect(inFinance.skills.nodes.every((s) => s.category === 'finance')).toBe(true);
    expect(ids(inFinance)).toContain('accounting');
  });

  it('lists the categories in use and finds one skill by id', async () => {
    const res = await gqlData<{ skillCategories: string[] }>(t, '{ skillCategories }', {}, user.token);
    expect(res.skillCategories).toEqual([...new Set(SKILLS.map((s) => s.category))].sort());
    const one = await gqlData<{ skill: { name: string } }>(t, `{ skill(id: "bookkeeping") { name } }`, {}, user.token);
    expect(one.skill.name).toBe('Bookkeeping');
    expect(errorCode(await t.gql(`{ skill(id: "no-such-skill") { name } }`, {}, user.token))).toBe('NOT_FOUND');
  });

  it('platform admins add and change skills; ids are kebab-case slugs; names are unique', async () => {
    const input = { id: 'grant-reporting', name: 'Grant reporting', category: 'fundraising', synonyms: [' donor reports ', 'Donor Reports', '', 'Förderberichte'] };
    const before = await countRows(t, 'skill');
    expect(errorCode(await t.gql(CREATE, { input }, user.token))).toBe('FORBIDDEN');
    const badId = await t.gql(CREATE, { input: { ...input, id: 'Grant Reporting' } }, admin.token);
    expect(errorCode(badId)).toBe('BAD_USER_INPUT');
    expect(badId.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'id' })]);
    expect(await countRows(t, 'skill')).toBe(before);

    const created = await gqlData<{ createSkill: unknown }>(t, CREATE, { input }, admin.token);
    expect(created.createSkill).toEqual({ id: 'grant-reporting', name: 'Grant reporting', category: 'fundraising', synonyms: ['donor reports', 'Förderberichte'] });
    expect(errorCode(await t.gql(CREATE, { input }, admin.token))).toBe('CONFLICT');
    expect(errorCode(await t.gql(CREATE, { input: { ...input, id: 'grant-reporting-2', name: 'GRANT REPORTING' } }, admin.token))).toBe('CONFLICT');
    const found = await gqlData<SkillsPage>(t, LIST, { filter: { search: 'förderbericht' } }, user.token);
    expect(ids(found)).toEqual(['grant-reporting']);

    expect(errorCode(await t.gql(UPDATE, { id: 'grant-reporting', input: { name: 'Renamed' } }, user.token))).toBe('FORBIDDEN');
    const updated = await gqlData<{ updateSkill: unknown }>(t, UPDATE, { id: 'grant-reporting', input: { name: 'Grant Reporting', synonyms: ['impact reports'] } }, admin.token);
    expect(updated.updateSkill).toEqual({ id: 'grant-reporting', name: 'Grant Reporting', category: 'fundraising', synonyms: ['impact reports'] });
    expect(errorCode(await t.gql(UPDATE, { id: 'grant-reporting', input: { name: 'Bookkeeping' } }, admin.token))).toBe('CONFLICT');
    expect(errorCode(await t.gql(UPDATE, { id: 'no-such-skill', input: { name: 'Nothing' } }, admin.token))).toBe('NOT_FOUND');
  });
});
