import { createOrganization, signUp } from '../utils/operations';
import { createTestApp, errorCode, TestApp } from '../utils/test-app';

const UPDATE = `mutation($id: ID!, $timeZone: String) { updateOrganization(id: $id, input: { timeZone: $timeZone }) { id timeZone } }`;
const READ = `query($id: ID!) { organization(id: $id) { timeZone } }`;

/** Matching reads the nonprofit's time zone: it follows a single-zone country, and only valid IANA names are stored, only by the organization's admins. */
describe('Organization.timeZone', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('follows the country when it has one zone, and stays unknown when it has several', async () => {
    const owner = await signUp(t);
    const polish = await createOrganization(t, owner, { kind: 'NONPROFIT', country: 'PL' });
    const american = await createOrganization(t, owner, { kind: 'NONPROFIT', country: 'US' });
    expect((await t.gql<{ organization: { timeZone: string | null } }>(READ, { id: polish }, owner.token)).data?.organization.timeZone).toBe('Europe/Warsaw');
    expect((await t.gql<{ organization: { timeZone: string | null } }>(READ, { id: american }, owner.token)).data?.organization.timeZone).toBeNull();
  });

  it('stores a valid zone, clears with null, and refuses unknown zones, HTML and huge strings', async () => {
    const owner = await signUp(t);
    const id = await createOrganization(t, owner, { kind: 'NONPROFIT', country: 'US' });
    expect((await t.gql<{ updateOrganization: { timeZone: string } }>(UPDATE, { id, timeZone: 'America/Chicago' }, owner.token)).data?.updateOrganization.timeZone).toBe(
      'America/Chicago',
    );
    for (const bad of ['Mars/Olympus_Mons', '<script>alert(1)</script>', 'Europe/'.padEnd(10_000, 'x')]) {
      expect(errorCode(await t.gql(UPDATE, { id, timeZone: bad }, owner.token))).toBe('BAD_USER_INPUT');
    }
    expect((await t.gql<{ updateOrganization: { timeZone: string | null } }>(UPDATE, { id, timeZone: null }, owner.token)).data?.updateOrganization.timeZone).toBeNull();
  });

  it("refuses another tenant's change", async () => {
    const owner = await signUp(t);
    const stranger = await signUp(t);
    const id = await createOrganization(t, owner, { kind: 'NONPROFIT', country: 'PL' });
    expect(errorCode(await t.gql(UPDATE, { id, timeZone: 'Asia/Tokyo' }, stranger.token))).toBe('FORBIDDEN');
    expect((await t.gql<{ organization: { timeZone: string | null } }>(READ, { id }, owner.token)).data?.organization.timeZone).toBe('Europe/Warsaw');
  });
});
