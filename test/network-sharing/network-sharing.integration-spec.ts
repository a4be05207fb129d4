import { MAX_COST } from '../../src/common/graphql/query-limits';
import { insertAffiliation, insertMembership, insertNeed, insertOrganization, insertProgram, insertVolunteer, one } from '../utils/fixtures';
import { intermediaryWithCurator, organizationWithAdmin, platformAdmin, Session, signUp } from '../utils/operations';
import { createTestApp, errorCode, TestApp } from '../utils/test-app';

const SHARE = `mutation($needId: ID!, $networkId: ID!) { shareNeed(needId: $needId, networkId: $networkId) { id sharedWithMyNetwork sharedWithNetworkIds } }`;
const UNSHARE = `mutation($needId: ID!, $networkId: ID!) { unshareNeed(needId: $needId, networkId: $networkId) { id sharedWithMyNetwork } }`;
const SHARE_PROGRAM = `mutation($programId: ID!, $networkId: ID!) { shareProgram(programId: $programId, networkId: $networkId) { id } }`;
const UNSHARE_PROGRAM = `mutation($programId: ID!, $networkId: ID!) { unshareProgram(programId: $programId, networkId: $networkId) { id } }`;
const SHARED_NEEDS = `query($id: ID!) { network(id: $id) { id sharedNeeds { needId programId sharedByName owner { id name } need { id title } } } }`;
const PROPOSE = `mutation($input: ProposeAsPartnerInput!) { proposeAsPartner(input: $input) { id status manual proposedByIntermediaryId proposedByIntermediary { id name } } }`;
const APPROVE = `mutation($ids: [ID!]!) { approveProposals(input: { matchIds: $ids }) { ok error { code } match { id status } } }`;
const IMPACT = `query($scope: ImpactScopeInput!) { impact(scope: $scope) { totals { proposals offers } viaNetwork { proposals offers } } }`;

interface SharedNeeds {
  network: { sharedNeeds: { needId: string; programId: string | null; sharedByName: string | null; owner: { id: string }; need: { id: string } }[] };
}
interface Proposed {
  proposeAsPartner: { id: string; status: string; manual: boolean; proposedByIntermediaryId: string; proposedByIntermediary: { id: string } };
}
interface Impact {
  impact: { totals: { proposals: number; offers: number }; viaNetwork: { proposals: number; offers: number } | null };
}

/**
 * A network of two intermediaries: the owner curates a nonprofit and shares its need; the partner's curators
 * see a company's employee (their affiliation) and propose them. A third intermediary stays outside.
 */
describe('networks share needs', () => {
  let t: TestApp;
  let owner: { id: string; curator: Session };
  let partner: { id: string; curator: Session };
  let outsider: { id: string; curator: Session };
  let nonprofit: { id: string; admin: Session };
  let volunteer: Session;
  let networkId: string;
  let volunteerProfileId: string;
  let hiddenProfileId: string;

  const gql = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, s: Session) => t.gql<T>(query, variables, s.token);

  async function openNeed(title = 'Shared need'): Promise<{ needId: string; roleId: string; mentorRoleId: string }> {
    const { needId, roleIds } = await insertNeed(t, { nonprofitId: nonprofit.id, title, roles: [{ kind: 'VOLUNTEER', seats: 2 }, { kind: 'MENTOR' }] });
    return { needId, roleId: roleIds[0], mentorRoleId: roleIds[1] };
  }

  async function sharedNeed(): Promise<{ needId: string; roleId: string; mentorRoleId: string }> {
    const need = await openNeed();
    const res = await gql(SHARE, { needId: need.needId, networkId }, owner.curator);
    expect(res.errors).toBeUndefined();
    return need;
  }

  beforeAll(async () => {
    t = await createTestApp();
    const admin = await platformAdmin(t);
    owner = await intermediaryWithCurator(t, admin, 'Owner Foundation');
    partner = await intermediaryWithCurator(t, admin, 'Partner Foundation');
    outsider = await intermediaryWithCurator(t, admin, 'Outside Foundation');
    nonprofit = await organizationWithAdmin(t, 'NONPROFIT');
    await insertAffiliation(t, { intermediaryId: owner.id, organizationId: nonprofit.id, vetted: true });
    ({ id: networkId } = await one<{ id: string }>(t, `INSERT INTO network (name, region) VALUES ('Asia Test Network', 'Asia') RETURNING id`));
    await t.dataSource.query(`INSERT INTO network_member (network_id, organization_id) VALUES ($1, $2), ($1, $3)`, [networkId, owner.id, partner.id]);
    const company = await insertOrganization(t, 'COMPANY');
    await insertAffiliation(t, { intermediaryId: partner.id, organizationId: company, vetted: true });
    volunteer = await signUp(t, { name: 'Partner Volunteer' });
    volunteerProfileId = await insertVolunteer(t, { userId: volunteer.userId, employerId: company, capacity: 3 });
    // Employed by a company only the outside intermediary works with: no one in the network may see them.
    const otherCompany = await insertOrganization(t, 'COMPANY');
    await insertAffiliation(t, { intermediaryId: outsider.id, organizationId: otherCompany, vetted: true });
    hiddenProfileId = await insertVolunteer(t, { employerId: otherCompany });
  });
  afterAll(() => t.close());

  describe('sharing', () => {
    it('lets the owning curator share and unshare a need, and members see it with who shared it', async () => {
      const { needId } = await openNeed('Share me');
      const shared = await gql<{ shareNeed: { sharedWithMyNetwork: boolean; sharedWithNetworkIds: string[] } }>(SHARE, { needId, networkId }, owner.curator);
      expect(shared.errors).toBeUndefined();
      expect(shared.data?.shareNeed).toMatchObject({ sharedWithMyNetwork: true, sharedWithNetworkIds: [networkId] });

      const seen = await gql<SharedNeeds>(SHARED_NEEDS, { id: networkId }, partner.curator);
      expect(seen.errors).toBeUndefined();
      const row = seen.data?.network.sharedNeeds.find((s) => s.needId === needId);
      expect(row).toMatchObject({ programId: null, sharedByName: 'Curator', owner: { id: owner.id }, need: { id: needId } });
      const flag = await gql<{ need: { sharedWithMyNetwork: boolean } }>(`query($id: ID!) { need(id: $id) { sharedWithMyNetwork } }`, { id: needId }, partner.curator);
      expect(flag.data?.need.sharedWithMyNetwork).toBe(true);

      const again = await gql(SHARE, { needId, networkId }, owner.curator);
      expect(errorCode(again)).toBe('CONFLICT');
      expect(again.errors?.[0].message).toBe('This need is already shared with the network.');

      const unshared = await gql<{ unshareNeed: { sharedWithMyNetwork: boolean } }>(UNSHARE, { needId, networkId }, owner.curator);
      expect(unshared.data?.unshareNeed.sharedWithMyNetwork).toBe(false);
      const after = await gql<SharedNeeds>(SHARED_NEEDS, { id: networkId }, partner.curator);
      expect(after.data?.network.sharedNeeds.some((s) => s.needId === needId)).toBe(false);
      expect(errorCode(await gql(UNSHARE, { needId, networkId }, owner.curator))).toBe('NOT_FOUND');
    });

    it('shares every need of a shared program', async () => {
      const programId = await insertProgram(t, { intermediaryId: owner.id, participants: [{ organizationId: nonprofit.id, role: 'COHORT' }] });
      const { needId } = await insertNeed(t, { nonprofitId: nonprofit.id, programId, title: 'Program need', roles: [{}] });
      expect(errorCode(await gql(SHARE_PROGRAM, { programId, networkId }, partner.curator))).toBe('NOT_FOUND');
      expect((await gql(SHARE_PROGRAM, { programId, networkId }, owner.curator)).errors).toBeUndefined();
      const programShares = `query($id: ID!) { program(id: $id) { sharedWithNetworkIds } }`;
      const ownView = await gql<{ program: { sharedWithNetworkIds: string[] } }>(programShares, { id: programId }, owner.curator);
      expect(ownView.data?.program.sharedWithNetworkIds).toEqual([networkId]);
      const seen = await gql<SharedNeeds>(SHARED_NEEDS, { id: networkId }, partner.curator);
      expect(seen.data?.network.sharedNeeds.find((s) => s.needId === needId)).toMatchObject({ programId, owner: { id: owner.id } });
      expect((await gql(UNSHARE_PROGRAM, { programId, networkId }, owner.curator)).errors).toBeUndefined();
      const after = await gql<SharedNeeds>(SHARED_NEEDS, { id: networkId }, partner.curator);
      expect(after.data?.network.sharedNeeds.some((s) => s.needId === needId)).toBe(false);
    });

    it('refuses a partner sharing a need it does not curate, and anyone outside the network as NOT_FOUND', async () => {
      const { needId } = await openNeed();
      expect(errorCode(await gql(SHARE, { needId, networkId }, partner.curator))).toBe('FORBIDDEN');
      expect(errorCode(await gql(SHARE, { needId, networkId }, outsider.curator))).toBe('NOT_FOUND');
      expect(errorCode(await gql(SHARE, { needId, networkId }, nonprofit.admin))).toBe('NOT_FOUND');
      expect(errorCode(await gql(SHARE, { needId, networkId }, volunteer))).toBe('NOT_FOUND');
    });

    it('shows shared needs to members’ curators only', async () => {
      await sharedNeed();
      expect((await gql<SharedNeeds>(SHARED_NEEDS, { id: networkId }, owner.curator)).data?.network.sharedNeeds.length).toBeGreaterThan(0);
      for (const who of [outsider.curator, nonprofit.admin, volunteer]) {
        const res = await gql(SHARED_NEEDS, { id: networkId }, who);
        expect(errorCode(res)).toBe('NOT_FOUND');
      }
      const flag = await gql<{ need: { sharedWithMyNetwork: boolean } }>(
        `query($id: ID!) { need(id: $id) { sharedWithMyNetwork } }`,
        { id: (await sharedNeed()).needId },
        outsider.curator,
      );
      expect(flag.data?.need.sharedWithMyNetwork).toBe(false);
    });

    it('answers hostile ids with BAD_USER_INPUT or NOT_FOUND, never a server error', async () => {
      const { needId } = await openNeed();
      expect(errorCode(await gql(SHARE, { needId: 'not-a-uuid', networkId }, owner.curator))).toBe('BAD_USER_INPUT');
      expect(errorCode(await gql(SHARE, { needId, networkId: "'; DROP TABLE need_share; --" }, owner.curator))).toBe('BAD_USER_INPUT');
      expect(errorCode(await gql(SHARE, { needId, networkId: '00000000-0000-4000-8000-000000000000' }, owner.curator))).toBe('NOT_FOUND');
      expect(errorCode(await gql(SHARE, { needId: '00000000-0000-4000-8000-000000000000', networkId }, owner.curator))).toBe('NOT_FOUND');
      expect(errorCode(await gql(SHARED_NEEDS, { id: '00000000-0000-4000-8000-000000000000' }, owner.curator))).toBe('NOT_FOUND');
      const tooMany = await gql(`query($id: ID!) { network(id: $id) { sharedNeeds(first: 101) { needId } } }`, { id: networkId }, owner.curator);
      expect(errorCode(tooMany)).toBe('BAD_USER_INPUT');
    });

    it('bounds a deep nested query on sharedNeeds by the cost limit', async () => {
      const deep = `query($id: ID!) { network(id: $id) { sharedNeeds(first: 100) { need { roles { id } nonprofit { members { user { id } organization { members { id } } } } } } } }`;
      const res = await gql(deep, { id: networkId }, partner.curator);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].message).toContain(`limit ${MAX_COST})`);
    });
  });

  describe('partner proposals', () => {
    it('lets a partner curator propose a volunteer it may see; the owner approves; impact counts for both', async () => {
      const before = await Promise.all([owner, partner].map((i) => gql<Impact>(IMPACT, { scope: { intermediaryId: i.id } }, i.curator)));
      const { needId, roleId } = await sharedNeed();
      const res = await gql<Proposed>(PROPOSE, { input: { roleId, volunteerProfileId, note: 'Speaks Japanese and knows finance' } }, partner.curator);
      expect(res.errors).toBeUndefined();
      const proposed = res.data!.proposeAsPartner;
      expect(proposed).toMatchObject({ status: 'PROPOSED', manual: true, proposedByIntermediaryId: partner.id, proposedByIntermediary: { id: partner.id } });

      // Every member of the owning intermediary curates the need: they hear of it, the proposing partner does not.
      const notified = (await t.dataSource.query(`SELECT user_id, kind FROM notification WHERE match_id = $1`, [proposed.id])) as { user_id: string; kind: string }[];
      const ownerMembers = (await t.dataSource.query(`SELECT user_id FROM membership WHERE organization_id = $1`, [owner.id])) as { user_id: string }[];
      expect(notified.map((n) => n.user_id).sort()).toEqual(ownerMembers.map((m) => m.user_id).sort());
      expect(notified.map((n) => n.user_id)).toContain(owner.curator.userId);
      expect(new Set(notified.map((n) => n.kind))).toEqual(new Set(['NETWORK_PROPOSAL']));

      // The partner reads the match but cannot approve its own proposal; the nonprofit does not see it yet.
      const read = await gql<{ match: { id: string; allowedActions: string[] } }>(`query($id: ID!) { match(id: $id) { id allowedActions } }`, { id: proposed.id }, partner.curator);
      expect(read.data?.match).toEqual({ id: proposed.id, allowedActions: [] });
      const selfApprove = await gql<{ approveProposals: { ok: boolean; error: { code: string } }[] }>(APPROVE, { ids: [proposed.id] }, partner.curator);
      expect(selfApprove.data?.approveProposals[0]).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(errorCode(await gql(`query($id: ID!) { match(id: $id) { id } }`, { id: proposed.id }, nonprofit.admin))).toBe('NOT_FOUND');
      expect(errorCode(await gql(`query($id: ID!) { match(id: $id) { id } }`, { id: proposed.id }, outsider.curator))).toBe('NOT_FOUND');

      const listed = await gql<{ matches: { nodes: { id: string; proposedByIntermediary: { name: string } | null }[] } }>(
        `query($needId: ID!) { matches(filter: { needId: $needId, statuses: [PROPOSED] }) { nodes { id proposedByIntermediary { name } } } }`,
        { needId },
        owner.curator,
      );
      expect(listed.data?.matches.nodes).toEqual([{ id: proposed.id, proposedByIntermediary: { name: 'Partner Foundation' } }]);

      const approved = await gql<{ approveProposals: { ok: boolean; match: { status: string } }[] }>(APPROVE, { ids: [proposed.id] }, owner.curator);
      expect(approved.data?.approveProposals[0]).toMatchObject({ ok: true, match: { status: 'OFFERED' } });
      const partnerHeard = await t.dataSource.query(`SELECT kind FROM notification WHERE match_id = $1 AND user_id = $2`, [proposed.id, partner.curator.userId]);
      expect(partnerHeard).toEqual([{ kind: 'NETWORK_PROPOSAL_APPROVED' }]);

      const after = await Promise.all([owner, partner].map((i) => gql<Impact>(IMPACT, { scope: { intermediaryId: i.id } }, i.curator)));
      for (const i of [0, 1]) {
        expect(after[i].data!.impact.totals.offers).toBe(before[i].data!.impact.totals.offers + 1);
        expect(after[i].data!.impact.viaNetwork!.offers).toBe(before[i].data!.impact.viaNetwork!.offers + 1);
      }
      const joint = await gql<Impact>(IMPACT, { scope: { networkId } }, partner.curator);
      expect(joint.data?.impact.viaNetwork?.offers).toBeGreaterThanOrEqual(1);
      expect(errorCode(await gql(IMPACT, { scope: { networkId } }, outsider.curator))).toBe('NOT_FOUND');
      expect(errorCode(await gql(IMPACT, { scope: { networkId } }, nonprofit.admin))).toBe('NOT_FOUND');
    });

    it('refuses a need that is not shared, and one the partner curates itself', async () => {
      const { roleId } = await openNeed('Not shared');
      const res = await gql(PROPOSE, { input: { roleId, volunteerProfileId, note: 'x' } }, partner.curator);
      expect(errorCode(res)).toBe('NOT_FOUND');
      const own = await sharedNeed();
      expect(errorCode(await gql(PROPOSE, { input: { roleId: own.roleId, volunteerProfileId, note: 'x' } }, owner.curator))).toBe('BAD_USER_INPUT');
    });

    it('refuses a volunteer the partner may not see, a mentor role, and people without a partner curator’s part', async () => {
      const { roleId, mentorRoleId } = await sharedNeed();
      expect(errorCode(await gql(PROPOSE, { input: { roleId, volunteerProfileId: hiddenProfileId, note: 'x' } }, partner.curator))).toBe('NOT_FOUND');
      expect(errorCode(await gql(PROPOSE, { input: { roleId: mentorRoleId, volunteerProfileId, note: 'x' } }, partner.curator))).toBe('BAD_USER_INPUT');
      for (const who of [outsider.curator, nonprofit.admin, volunteer]) {
        expect(errorCode(await gql(PROPOSE, { input: { roleId, volunteerProfileId, note: 'x' } }, who))).toBe('NOT_FOUND');
      }
      expect(await t.dataSource.query(`SELECT id FROM match WHERE role_id = ANY($1::uuid[])`, [[roleId, mentorRoleId]])).toEqual([]);
    });

    it('answers hostile values with BAD_USER_INPUT or NOT_FOUND', async () => {
      const { roleId } = await sharedNeed();
      const huge = await gql(PROPOSE, { input: { roleId, volunteerProfileId, note: 'x'.repeat(1001) } }, partner.curator);
      expect(errorCode(huge)).toBe('BAD_USER_INPUT');
      expect(errorCode(await gql(PROPOSE, { input: { roleId, volunteerProfileId, note: '' } }, partner.curator))).toBe('BAD_USER_INPUT');
      expect(errorCode(await gql(PROPOSE, { input: { roleId: 'nope', volunteerProfileId, note: 'x' } }, partner.curator))).toBe('BAD_USER_INPUT');
      expect(errorCode(await gql(PROPOSE, { input: { roleId: '00000000-0000-4000-8000-000000000000', volunteerProfileId, note: 'x' } }, partner.curator))).toBe('NOT_FOUND');
      const unknownVolunteer = { roleId, volunteerProfileId: '00000000-0000-4000-8000-000000000000', note: 'x' };
      expect(errorCode(await gql(PROPOSE, { input: unknownVolunteer }, partner.curator))).toBe('NOT_FOUND');
      const first = await gql(PROPOSE, { input: { roleId, volunteerProfileId, note: 'x' } }, partner.curator);
      expect(first.errors).toBeUndefined();
      expect(errorCode(await gql(PROPOSE, { input: { roleId, volunteerProfileId, note: 'x' } }, partner.curator))).toBe('CONFLICT');
    });

    it('ends an intermediary’s shares when it leaves the network', async () => {
      const extra = await insertOrganization(t, 'INTERMEDIARY');
      const curator = await signUp(t);
      await insertMembership(t, { userId: curator.userId, organizationId: extra, role: 'ADMIN' });
      await t.dataSource.query(`INSERT INTO network_member (network_id, organization_id) VALUES ($1, $2)`, [networkId, extra]);
      const np = await insertOrganization(t, 'NONPROFIT');
      await insertAffiliation(t, { intermediaryId: extra, organizationId: np, vetted: true });
      const { needId } = await insertNeed(t, { nonprofitId: np, roles: [{}] });
      expect((await gql(SHARE, { needId, networkId }, curator)).errors).toBeUndefined();
      await t.dataSource.query(`DELETE FROM network_member WHERE network_id = $1 AND organization_id = $2`, [networkId, extra]);
      expect(await t.dataSource.query(`SELECT id FROM need_share WHERE need_id = $1`, [needId])).toEqual([]);
    });
  });
});
