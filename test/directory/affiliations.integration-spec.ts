import { insertMembership } from '../utils/fixtures';
import { gqlData, intermediaryWithCurator, organizationWithAdmin, platformAdmin, Session, signUp } from '../utils/operations';
import { createTestApp, errorCode, TestApp } from '../utils/test-app';
import { countRows } from './directory.operations';

const AFFILIATE = `mutation($input: AffiliateOrganizationInput!) {
  affiliateOrganization(input: $input) { id vetted intermediary { id kind } organization { id kind } }
}`;
const SET_VETTED = `mutation($id: ID!, $vetted: Boolean!) { setAffiliationVetted(id: $id, vetted: $vetted) { id vetted } }`;
const REMOVE = `mutation($id: ID!) { removeAffiliation(id: $id) }`;
const LIST = `query($filter: AffiliationFilter, $first: Int, $after: String) {
  affiliations(filter: $filter, first: $first, after: $after) { totalCount nodes { id intermediary { id } organization { id name } } pageInfo { hasNextPage endCursor } }
}`;

interface AffiliationsPage {
  affiliations: {
    totalCount: number;
    nodes: { id: string; intermediary: { id: string }; organization: { id: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe('affiliations', () => {
  let t: TestApp;
  let admin: Session;
  let a: { id: string; curator: Session };
  let b: { id: string; curator: Session };
  let nonprofit: { id: string; admin: Session };

  beforeAll(async () => {
    t = await createTestApp();
    admin = await platformAdmin(t);
    a = await intermediaryWithCurator(t, admin, 'Intermediary A');
    b = await intermediaryWithCurator(t, admin, 'Intermediary B');
    nonprofit = await organizationWithAdmin(t, 'NONPROFIT');
  });
  afterAll(() => t.close());

  const affiliate = (intermediaryId: string, organizationId: string, token: string) =>
    t.gql<{ affiliateOrganization: { id: string } }>(AFFILIATE, { input: { intermediaryId, organizationId } }, token);
  const affiliationRow = async (id: string) => (await t.dataSource.query('SELECT vetted FROM affiliation WHERE id = $1', [id]))[0];

  it("an organization's admins place a nonprofit, company or funder with an intermediary", async () => {
    const res = await affiliate(a.id, nonprofit.id, nonprofit.admin.token);
    expect(res.errors).toBeUndefined();
    expect(res.data?.affiliateOrganization).toMatchObject({
      vetted: false,
      intermediary: { id: a.id, kind: 'INTERMEDIARY' },
      organization: { id: nonprofit.id, kind: 'NONPROFIT' },
    });
    for (const kind of ['COMPANY', 'FUNDER'] as const) {
      const org = await organizationWithAdmin(t, kind);
      expect((await affiliate(a.id, org.id, org.admin.token)).errors).toBeUndefined();
    }
    const dup = await affiliate(a.id, nonprofit.id, nonprofit.admin.token);
    expect(errorCode(dup)).toBe('CONFLICT');
  });

  it('refuses to affiliate with or to a non-intermediary with BAD_USER_INPUT naming the field', async () => {
    const before = await countRows(t, 'affiliation');
    const other = await intermediaryWithCurator(t, admin);
    const intermediaryAsMember = await affiliate(a.id, other.id, other.curator.token);
    expect(errorCode(intermediaryAsMember)).toBe('BAD_USER_INPUT');
    expect(intermediaryAsMember.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'organizationId' })]);
    const company = await organizationWithAdmin(t, 'COMPANY');
    const nonprofitAsIntermediary = await affiliate(nonprofit.id, company.id, admin.token);
    expect(errorCode(nonprofitAsIntermediary)).toBe('BAD_USER_INPUT');
    expect(nonprofitAsIntermediary.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'intermediaryId' })]);
    expect(await countRows(t, 'affiliation')).toBe(before);
  });

  it('a curator cannot pull an organization into any curation scope without its admins: FORBIDDEN, nothing written', async () => {
    const target = await organizationWithAdmin(t, 'NONPROFIT');
    const member = await signUp(t);
    await insertMembership(t, { userId: member.userId, organizationId: target.id, role: 'MEMBER' });
    const before = await countRows(t, 'affiliation');
    expect(errorCode(await affiliate(a.id, target.id, a.curator.token))).toBe('FORBIDDEN');
    expect(errorCode(await affiliate(b.id, target.id, a.curator.token))).toBe('FORBIDDEN');
    expect(errorCode(await affiliate(a.id, target.id, member.token))).toBe('FORBIDDEN');
    expect(await countRows(t, 'affiliation')).toBe(before);
    expect((await affiliate(a.id, target.id, target.admin.token)).errors).toBeUndefined();
  });

  it('only curators of the intermediary vet; a curator of another intermediary is refused and nothing changes', async () => {
    const target = await organizationWithAdmin(t, 'NONPROFIT');
    const id = (await affiliate(b.id, target.id, target.admin.token)).data!.affiliateOrganization.id;
    expect(errorCode(await t.gql(SET_VETTED, { id, vetted: true }, a.curator.token))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(SET_VETTED, { id, vetted: true }, target.admin.token))).toBe('FORBIDDEN');
    expect(await affiliationRow(id)).toEqual({ vetted: false });
    // Any member of the intermediary curates, not only its admins.
    const curatorMember = await signUp(t);
    await insertMembership(t, { userId: curatorMember.userId, organizationId: b.id, role: 'MEMBER' });
    const ok = await gqlData<{ setAffiliationVetted: { vetted: boolean } }>(t, SET_VETTED, { id, vetted: true }, curatorMember.token);
    expect(ok.setAffiliationVetted.vetted).toBe(true);
    expect(await affiliationRow(id)).toEqual({ vetted: true });
    expect(errorCode(await t.gql(SET_VETTED, { id: '00000000-0000-4000-8000-000000000000', vetted: true }, b.curator.token))).toBe('NOT_FOUND');
  });

  it('lists only affiliations of organizations the actor belongs to; platform admins see all', async () => {
    const x = await intermediaryWithCurator(t, admin);
    const y = await intermediaryWithCurator(t, admin);
    const np = await organizationWithAdmin(t, 'NONPROFIT');
    await affiliate(x.id, np.id, np.admin.token);
    await affiliate(y.id, np.id, np.admin.token);

    const ofX = await gqlData<AffiliationsPage>(t, LIST, {}, x.curator.token);
    expect(ofX.affiliations.nodes.map((n) => n.intermediary.id)).toEqual([x.id]);
    const ofNonprofit = await gqlData<AffiliationsPage>(t, LIST, {}, np.admin.token);
    expect(ofNonprofit.affiliations.nodes.map((n) => n.intermediary.id).sort()).toEqual([x.id, y.id].sort());
    const filtered = await gqlData<AffiliationsPage>(t, LIST, { filter: { intermediaryId: y.id } }, np.admin.token);
    expect(filtered.affiliations.nodes.map((n) => n.intermediary.id)).toEqual([y.id]);
    // Asking for another intermediary's affiliations by filter still shows nothing outside the scope.
    const peeking = await gqlData<AffiliationsPage>(t, LIST, { filter: { intermediaryId: y.id } }, x.curator.token);
    expect(peeking.affiliations).toMatchObject({ totalCount: 0, nodes: [] });
    const stranger = await gqlData<AffiliationsPage>(t, LIST, {}, (await signUp(t)).token);
    expect(stranger.affiliations).toMatchObject({ totalCount: 0, nodes: [] });

    const all = await gqlData<AffiliationsPage>(t, LIST, { first: 100 }, admin.token);
    expect(all.affiliations.totalCount).toBe(await countRows(t, 'affiliation'));
    const firstPage = await gqlData<AffiliationsPage>(t, LIST, { first: 2 }, admin.token);
    const secondPage = await gqlData<AffiliationsPage>(t, LIST, { first: 2, after: firstPage.affiliations.pageInfo.endCursor }, admin.token);
    expect(firstPage.affiliations.pageInfo.hasNextPage).toBe(true);
    expect([...firstPage.affiliations.nodes, ...secondPage.affiliations.nodes].map((n) => n.id)).toEqual(all.affiliations.nodes.slice(0, 4).map((n) => n.id));
  });

  it('admins of either side remove an affiliation; plain members and others cannot', async () => {
    const np = await organizationWithAdmin(t, 'NONPROFIT');
    const first = (await affiliate(a.id, np.id, np.admin.token)).data!.affiliateOrganization.id;
    const curatorMember = await signUp(t);
    await insertMembership(t, { userId: curatorMember.userId, organizationId: a.id, role: 'MEMBER' });
    expect(errorCode(await t.gql(REMOVE, { id: first }, curatorMember.token))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(REMOVE, { id: first }, b.curator.token))).toBe('FORBIDDEN');
    expect(await affiliationRow(first)).toBeDefined();
    expect((await gqlData<{ removeAffiliation: boolean }>(t, REMOVE, { id: first }, np.admin.token)).removeAffiliation).toBe(true);
    expect(await affiliationRow(first)).toBeUndefined();

    const second = (await affiliate(a.id, np.id, np.admin.token)).data!.affiliateOrganization.id;
    expect((await gqlData<{ removeAffiliation: boolean }>(t, REMOVE, { id: second }, a.curator.token)).removeAffiliation).toBe(true);
    expect(await affiliationRow(second)).toBeUndefined();
  });
});
