import { DEMO_EMAILS, DEMO_IDS, DEMO_PASSWORD } from '../../src/seed/data/demo-world.data';
import { seedDemoWorld } from '../../src/seed/seed.service';
import { loadSkillTaxonomy } from '../../src/skills/skill-taxonomy.loader';
import { AUTH_FIELDS } from '../utils/operations';
import { createTestApp, TestApp } from '../utils/test-app';
import { STATEMENT_FIELDS, StatementView } from './statement-operations';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { ${AUTH_FIELDS} } }`;

/** The demo Asia network's Tokyo declaration, as the demo's people see it. */
describe('demo network statement', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await loadSkillTaxonomy(t.dataSource);
    await seedDemoWorld(t.dataSource);
  }, 120_000);
  afterAll(() => t?.close());

  const statementsAs = async (email: string) => {
    const signIn = await t.gql<{ signIn: { accessToken: string } }>(SIGN_IN, { input: { email, password: DEMO_PASSWORD } });
    const res = await t.gql<{ network: { statements: StatementView[] } }>(
      `query($id: ID!) { network(id: $id) { statements { ${STATEMENT_FIELDS} } } }`,
      { id: DEMO_IDS.asiaNetwork },
      signIn.data!.signIn.accessToken,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.network.statements;
  };

  it('shows the published declaration with its signatures and commitments in several states to the Japanese curator, who already signed', async () => {
    const [declaration] = await statementsAs(DEMO_EMAILS.curatorJapan);
    expect(declaration).toMatchObject({ status: 'PUBLISHED', draftedBy: { id: DEMO_IDS.jpIntermediary }, viewerIsPenHolder: true, signableOrganizations: [] });
    expect(declaration.signatures.length).toBeGreaterThanOrEqual(5);
    expect(declaration.progress).toEqual({ open: 2, inProgress: 1, done: 1, dropped: 1, total: 5 });
  });

  it('shows the same declaration, read-only, to a nonprofit member', async () => {
    const [declaration] = await statementsAs(DEMO_EMAILS.nonprofitJapan);
    expect(declaration).toMatchObject({ status: 'PUBLISHED', viewerCanEdit: false, viewerIsPenHolder: false, signableOrganizations: [] });
    expect(declaration.body).toContain('私たち');
  });
});
