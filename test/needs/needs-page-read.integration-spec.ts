import { insertSkills } from '../utils/fixtures';
import { organizationWithAdmin, Session, signUp } from '../utils/operations';
import { createTestApp, TestApp } from '../utils/test-app';
import { createNeed, needInput, publishNeed, SKILLS } from './need-fixtures';

// Every stored field of the nonprofit, the roles and their skills: each has its own type to get right (dates, numeric, char, arrays).
const DETAILS = `id title status
  nonprofit { id name kind country currency description languages timeZone verified website createdAt updatedAt }
  roles { id needId kind title description hoursPerMonth seats seatsFilled seatsOpen amount currency createdAt updatedAt
          need { id title } skills { level weight skill { id name category synonyms names { en de ja } } } }`;

const PAGE = `query { needs(first: 10) { totalCount nodes { ${DETAILS} } } }`;
const ONE = `query($id: ID!) { need(id: $id) { ${DETAILS} } }`;

interface Node {
  id: string;
  status: string;
  roles: { amount: number | null; currency: string | null; skills: unknown[] }[];
}

/**
 * The needs page reads its nonprofits, roles and skills in one SQL statement beside the page and
 * hands them to the field resolvers; a single need loads them through TypeORM. Both must answer alike.
 */
describe('needs page read in one statement', () => {
  let t: TestApp;
  let alice: Session;
  let stranger: Session;
  let draftId: string;

  beforeAll(async () => {
    t = await createTestApp();
    await insertSkills(t.dataSource, SKILLS);
    const { admin, id: nonprofitId } = await organizationWithAdmin(t, 'NONPROFIT', { country: 'DE' });
    alice = admin;
    stranger = await signUp(t);
    const published = await createNeed(t, alice, needInput(nonprofitId));
    await publishNeed(t, alice, published.id);
    const second = await createNeed(t, alice, needInput(nonprofitId, { title: '<b>Second</b> need' }));
    await publishNeed(t, alice, second.id);
    draftId = (await createNeed(t, alice, needInput(nonprofitId, { title: 'Draft need' }))).id;
  });
  afterAll(() => t.close());

  const page = async (token: string) => {
    const res = await t.gql<{ needs: { totalCount: number; nodes: Node[] } }>(PAGE, {}, token);
    expect(res.errors).toBeUndefined();
    return res.data?.needs as { totalCount: number; nodes: Node[] };
  };

  it('answers each need of the page exactly as the need itself answers', async () => {
    const { nodes } = await page(alice.token);
    expect(nodes).toHaveLength(3);
    for (const node of nodes) {
      const one = await t.gql<{ need: Node }>(ONE, { id: node.id }, alice.token);
      expect(one.errors).toBeUndefined();
      expect(node).toEqual(one.data?.need);
    }
    const funding = nodes[0].roles.find((r) => r.amount !== null);
    expect(funding?.amount).toBe(5000);
    expect(funding?.currency).toMatch(/^[A-Z]{3}$/);
    expect(nodes[0].roles[0].skills).toHaveLength(2);
  });

  it('reads details only of the needs the reader may see', async () => {
    const theirs = await page(stranger.token);
    expect(theirs.totalCount).toBe(2);
    expect(theirs.nodes.map((n) => n.id)).not.toContain(draftId);
    expect(theirs.nodes.every((n) => n.status === 'OPEN' && n.roles.length === 2)).toBe(true);
  });

  it('pages through a filtered list one need at a time, the count and the cursor reading the same filter and scope', async () => {
    const PAGED = `query($after: String) { needs(first: 1, after: $after, filter: { status: [OPEN, DRAFT], country: "JP" }) {
      totalCount pageInfo { endCursor hasNextPage } nodes { id title roles { title } } } }`;
    interface Paged {
      needs: { totalCount: number; pageInfo: { endCursor: string | null; hasNextPage: boolean }; nodes: { id: string; title: string; roles: unknown[] }[] };
    }
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const res: { data?: Paged | null; errors?: unknown } = await t.gql<Paged>(PAGED, { after }, alice.token);
      expect(res.errors).toBeUndefined();
      const { totalCount, pageInfo, nodes }: Paged['needs'] = (res.data as Paged).needs;
      expect(totalCount).toBe(3);
      expect(nodes).toHaveLength(1);
      expect(nodes[0].roles).toHaveLength(2);
      seen.push(nodes[0].title);
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    // Newest first, each once: the draft was posted last.
    expect(seen).toEqual(['Draft need', '<b>Second</b> need', 'Bookkeeping for a food bank']);
    const outsider = await t.gql<Paged>(PAGED, { after: null }, stranger.token);
    expect((outsider.data as Paged).needs.totalCount).toBe(2);
  });
});
