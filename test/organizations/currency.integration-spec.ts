import { Currencies1796525567099 } from '../../migrations/1796525567099-Currencies';
import { insertNeed, insertOrganization, insertSkills } from '../utils/fixtures';
import { createOrganization, organizationWithAdmin, Session, signUp } from '../utils/operations';
import { createTestApp, errorCode, errorFields, TestApp } from '../utils/test-app';

const CREATE_ORG = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id country currency } }`;
const UPDATE_ORG = `mutation($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { id currency } }`;
const CREATE_OFFER = `mutation($input: CreateFundingOfferInput!) { createFundingOffer(input: $input) { id currency } }`;
const CREATE_NEED = `mutation($input: CreateNeedInput!) { createNeed(input: $input) { id roles { kind currency } } }`;
const UPDATE_ROLE = `mutation($roleId: ID!, $input: UpdateNeedRoleInput!) { updateNeedRole(roleId: $roleId, input: $input) { id currency } }`;

const HOSTILE = ['XYZ', 'EURO', 'E', '', '<b>EUR</b>', "EUR'; DROP TABLE organization;--", 'x'.repeat(100_000), '€'];

const needInput = (nonprofitId: string, roles: Record<string, unknown>[]) => ({
  nonprofitId,
  title: 'Shared kitchen',
  summary: 'A kitchen for the neighbourhood',
  focusArea: 'EDUCATION',
  country: 'JP',
  language: 'ja',
  roles,
});
const fundingRole = (extra: Record<string, unknown> = {}) => ({ kind: 'FUNDING', title: 'Kitchen equipment', amount: 1_500_000, ...extra });

describe('currencies', () => {
  let t: TestApp;
  let founder: Session;

  beforeAll(async () => {
    t = await createTestApp();
    founder = await signUp(t);
    await insertSkills(t, ['web-development']);
  });
  afterAll(() => t.close());

  const orgCount = async () => (await t.dataSource.query('SELECT count(*)::int AS n FROM organization'))[0].n as number;

  it.each([
    ['JP', 'JPY'],
    ['DE', 'EUR'],
    ['FR', 'EUR'],
    ['US', 'USD'],
    ['GB', 'GBP'],
    ['AQ', 'USD'],
  ])('gives an organization in %s the currency %s when none is given', async (country, currency) => {
    const res = await t.gql<{ createOrganization: { currency: string } }>(CREATE_ORG, { input: { kind: 'NONPROFIT', name: `NPO ${country}`, country } }, founder.token);
    expect(res.data?.createOrganization.currency).toBe(currency);
  });

  it('takes a chosen currency in any case, stored in capitals', async () => {
    const res = await t.gql<{ createOrganization: { currency: string } }>(
      CREATE_ORG,
      { input: { kind: 'NONPROFIT', name: 'Zurich NPO', country: 'DE', currency: 'chf' } },
      founder.token,
    );
    expect(res.data?.createOrganization.currency).toBe('CHF');
  });

  it.each(HOSTILE.map((value) => [value.slice(0, 20), value]))('refuses the currency "%s" by name and creates nothing', async (_label, currency) => {
    const before = await orgCount();
    const res = await t.gql(CREATE_ORG, { input: { kind: 'NONPROFIT', name: 'Bad money', country: 'JP', currency } }, founder.token);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(errorFields(res)).toEqual(['currency']);
    expect(await orgCount()).toBe(before);
  });

  it('lets only the organization’s admin change its currency', async () => {
    const { id, admin } = await organizationWithAdmin(t, 'NONPROFIT', { country: 'JP' });
    const other = await organizationWithAdmin(t, 'NONPROFIT', { country: 'JP' });
    const foreign = await t.gql(UPDATE_ORG, { id, input: { currency: 'USD' } }, other.admin.token);
    expect(errorCode(foreign)).toBe('FORBIDDEN');
    const bad = await t.gql(UPDATE_ORG, { id, input: { currency: 'yen' } }, admin.token);
    expect(errorFields(bad)).toEqual(['currency']);
    const ok = await t.gql<{ updateOrganization: { currency: string } }>(UPDATE_ORG, { id, input: { currency: 'usd' } }, admin.token);
    expect(ok.data?.updateOrganization.currency).toBe('USD');
  });

  it('keeps the rule in the database: a lowercase or long code is refused there too', async () => {
    const id = await insertOrganization(t, 'NONPROFIT', { country: 'JP' });
    await expect(t.dataSource.query(`UPDATE organization SET currency = 'jpy' WHERE id = $1`, [id])).rejects.toThrow(/CHK_organization_currency/);
    const [row] = await t.dataSource.query(`SELECT currency FROM organization WHERE id = $1`, [id]);
    expect(row.currency).toBe('JPY');
  });

  it('gives a funding offer its funder’s currency unless one is chosen', async () => {
    const admin = await signUp(t);
    const funderId = await createOrganization(t, admin, { kind: 'FUNDER', country: 'JP' });
    const offer = { funderId, title: 'Food grants', minTicket: 100_000, maxTicket: 1_000_000, budgetTotal: 5_000_000 };
    const plain = await t.gql<{ createFundingOffer: { currency: string } }>(CREATE_OFFER, { input: offer }, admin.token);
    expect(plain.data?.createFundingOffer.currency).toBe('JPY');
    const chosen = await t.gql<{ createFundingOffer: { currency: string } }>(CREATE_OFFER, { input: { ...offer, currency: 'eur' } }, admin.token);
    expect(chosen.data?.createFundingOffer.currency).toBe('EUR');
    const hostile = await t.gql(CREATE_OFFER, { input: { ...offer, currency: '<script>' } }, admin.token);
    expect(errorFields(hostile)).toEqual(['currency']);
  });

  it('gives a funding role its nonprofit’s currency, and refuses a currency on other roles', async () => {
    const { id, admin } = await organizationWithAdmin(t, 'NONPROFIT', { country: 'JP' });
    const volunteer = { kind: 'VOLUNTEER', title: 'Cook', skills: [{ skillId: 'web-development', level: 2 }] };
    const made = await t.gql<{ createNeed: { roles: { kind: string; currency: string | null }[] } }>(
      CREATE_NEED,
      { input: needInput(id, [fundingRole(), fundingRole({ title: 'Euro grant', currency: 'EUR' }), volunteer]) },
      admin.token,
    );
    expect(made.errors).toBeUndefined();
    expect(made.data?.createNeed.roles).toEqual([
      { kind: 'FUNDING', currency: 'JPY' },
      { kind: 'FUNDING', currency: 'EUR' },
      { kind: 'VOLUNTEER', currency: null },
    ]);
    const refused = await t.gql(CREATE_NEED, { input: needInput(id, [{ ...volunteer, currency: 'JPY' }]) }, admin.token);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(errorFields(refused)).toEqual(['roles.0.currency']);
  });

  it('changes a funding role’s currency only for the nonprofit, and only to a real code', async () => {
    const { id, admin } = await organizationWithAdmin(t, 'NONPROFIT', { country: 'JP' });
    const { roleIds } = await insertNeed(t, { nonprofitId: id, roles: [{ kind: 'FUNDING', amount: 500_000 }] });
    const roleId = roleIds[0];
    const outsider = await organizationWithAdmin(t, 'NONPROFIT');
    expect(errorCode(await t.gql(UPDATE_ROLE, { roleId, input: { currency: 'USD' } }, outsider.admin.token))).toBe('FORBIDDEN');
    expect(errorFields(await t.gql(UPDATE_ROLE, { roleId, input: { currency: 'US$' } }, admin.token))).toEqual(['currency']);
    const ok = await t.gql<{ updateNeedRole: { currency: string } }>(UPDATE_ROLE, { roleId, input: { currency: 'usd' } }, admin.token);
    expect(ok.data?.updateNeedRole.currency).toBe('USD');
  });

  it('fills existing rows when the migration runs: organizations from their country, funding roles from their nonprofit', async () => {
    const runner = t.dataSource.createQueryRunner();
    const migration = new Currencies1796525567099();
    try {
      await migration.down(runner);
      const [jp] = await runner.query(`INSERT INTO organization (kind, name, country) VALUES ('NONPROFIT', 'Old JP', 'JP') RETURNING id`);
      const [it] = await runner.query(`INSERT INTO organization (kind, name, country) VALUES ('FUNDER', 'Old IT', 'IT') RETURNING id`);
      const [need] = await runner.query(
        `INSERT INTO need (nonprofit_id, title, summary, focus_area, country, language) VALUES ($1, 'N', 'S', 'EDUCATION', 'JP', 'ja') RETURNING id`,
        [jp.id],
      );
      const [funding] = await runner.query(`INSERT INTO need_role (need_id, kind, title, amount) VALUES ($1, 'FUNDING', 'Money', 1000) RETURNING id`, [need.id]);
      const [volunteer] = await runner.query(`INSERT INTO need_role (need_id, kind, title) VALUES ($1, 'VOLUNTEER', 'Help') RETURNING id`, [need.id]);
      await migration.up(runner);
      const orgs = await runner.query(`SELECT id, currency FROM organization WHERE id = ANY($1)`, [[jp.id, it.id]]);
      expect(Object.fromEntries(orgs.map((o: { id: string; currency: string }) => [o.id, o.currency]))).toEqual({ [jp.id]: 'JPY', [it.id]: 'EUR' });
      const roles = await runner.query(`SELECT id, currency FROM need_role WHERE id = ANY($1)`, [[funding.id, volunteer.id]]);
      expect(Object.fromEntries(roles.map((r: { id: string; currency: string | null }) => [r.id, r.currency]))).toEqual({ [funding.id]: 'JPY', [volunteer.id]: null });
    } finally {
      await runner.release();
    }
  });
});
