import { SKILLS } from '../../src/skills/skill-taxonomy.data';
import { loadSkillTaxonomy } from '../../src/skills/skill-taxonomy.loader';
import { gqlData, platformAdmin, Session, signUp } from '../utils/operations';
import { createTestApp, errorCode, TestApp } from '../utils/test-app';
import { countRows } from './directory.operations';

const LIST = `query($filter: SkillFilter, $first: Int, $after: String) {
  skills(filter: $filter, first: $first, after: $after) { totalCount nodes { id name category synonyms } pageInfo { hasNextPage endCursor } }
}`;
const CREATE = `mutation($input: CreateSkillInput!) { createSkill(input: $input) { id name category synonyms } }`;
const CREATE_NAMES = `mutation($input: CreateSkillInput!) { createSkill(input: $input) { id name names { en de ja } } }`;
const UPDATE_NAMES = `mutation($id: ID!, $input: UpdateSkillInput!) { updateSkill(id: $id, input: $input) { id name names { en de ja } } }`;
const ONE = `query($id: ID!) { skill(id: $id) { name names { en de ja } } }`;
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
    await loadSkillTaxonomy(t.dataSource);
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
    const words = (id: string) => SKILLS.filter((s) => s.id === id).flatMap((s) => [s.name, s.nameDe, s.nameJa, ...s.synonyms]);
    expect(ids(bySynonym).every((id) => words(id).some((w) => /buchhaltung/i.test(w)))).toBe(true);
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

  describe("in the reader's language", () => {
    let german: Session;
    let japanese: Session;

    beforeAll(async () => {
      [german, japanese] = await Promise.all([signUp(t), signUp(t)]);
      await t.dataSource.query(`UPDATE user_account SET locale = CASE id WHEN $1::uuid THEN 'de' ELSE 'ja' END WHERE id IN ($1, $2)`, [german.userId, japanese.userId]);
    });

    it('names a skill in the language the reader chose, with every name alongside', async () => {
      const names = { en: 'Bookkeeping', de: 'Buchhaltung', ja: '経理・記帳' };
      expect(await gqlData(t, ONE, { id: 'bookkeeping' }, german.token)).toEqual({ skill: { name: 'Buchhaltung', names } });
      expect(await gqlData(t, ONE, { id: 'bookkeeping' }, japanese.token)).toEqual({ skill: { name: '経理・記帳', names } });
      expect(await gqlData(t, ONE, { id: 'bookkeeping' }, user.token)).toEqual({ skill: { name: 'Bookkeeping', names } });
      const page = await gqlData<SkillsPage>(t, LIST, { first: 500 }, german.token);
      expect(page.skills.nodes.find((s) => s.id === 'database-design')?.name).toBe('Datenbankdesign');
    });

    it('finds skills by their German or Japanese name', async () => {
      expect(ids(await gqlData<SkillsPage>(t, LIST, { filter: { search: 'datenbankdesign' } }, user.token))).toEqual(['database-design']);
      expect(ids(await gqlData<SkillsPage>(t, LIST, { filter: { search: '医療経営' } }, user.token))).toContain('healthcare-management');
      expect(ids(await gqlData<SkillsPage>(t, LIST, { filter: { search: 'legal compliance' } }, user.token))).toEqual(['compliance']);
    });

    it('lets only platform admins set translations; an untranslated skill reads in English; hostile names are refused', async () => {
      const input = { id: 'braille-transcription', name: 'Braille transcription', category: 'languages', nameDe: ' Brailleschrift-Übertragung ' };
      expect(errorCode(await t.gql(CREATE_NAMES, { input }, german.token))).toBe('FORBIDDEN');
      for (const nameJa of ['x'.repeat(121), '   ', 42]) {
        const refused = await t.gql(CREATE_NAMES, { input: { ...input, nameJa } }, admin.token);
        expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      }
      expect(await countRows(t, 'skill')).toBe(SKILLS.length + 1);

      const created = await gqlData<{ createSkill: unknown }>(t, CREATE_NAMES, { input }, admin.token);
      expect(created.createSkill).toEqual({
        id: 'braille-transcription',
        name: 'Braille transcription',
        names: { en: 'Braille transcription', de: 'Brailleschrift-Übertragung', ja: null },
      });
      expect(await gqlData(t, ONE, { id: 'braille-transcription' }, japanese.token)).toMatchObject({ skill: { name: 'Braille transcription' } });
      expect(await gqlData(t, ONE, { id: 'braille-transcription' }, german.token)).toMatchObject({ skill: { name: 'Brailleschrift-Übertragung' } });

      expect(errorCode(await t.gql(UPDATE_NAMES, { id: 'braille-transcription', input: { nameJa: '点訳' } }, japanese.token))).toBe('FORBIDDEN');
      await gqlData(t, UPDATE_NAMES, { id: 'braille-transcription', input: { nameJa: '点訳', nameDe: null } }, admin.token);
      expect(await gqlData(t, ONE, { id: 'braille-transcription' }, japanese.token)).toMatchObject({ skill: { name: '点訳' } });
      expect(await gqlData(t, ONE, { id: 'braille-transcription' }, german.token)).toMatchObject({ skill: { name: 'Braille transcription', names: { de: null } } });
    });
  });
});
