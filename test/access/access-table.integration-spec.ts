import { AddressInfo } from 'node:net';

import { Session } from '../utils/operations';
import { createTestApp, errorCode, GqlResult, TestApp } from '../utils/test-app';
import { ACTOR_KEYS, ActorKey, buildWorld, must, needInput, privateIds, rowDigest, Snapshot, snapshotDatabase, subscribeFirst, Tenant, World } from './access-world';

/**
 * Rally's access rules as a table of role × operation × ownership: every actor of tenant A tries
 * every operation on tenant B's objects. Single objects answer FORBIDDEN or NOT_FOUND, lists show
 * nothing private of B's, and the database does not change. Positive controls at the end show that
 * the same operations work for those entitled, so no row can pass because the operation is broken.
 */

interface Ctx {
  t: TestApp;
  w: World;
  a: Tenant;
  b: Tenant;
  token: string;
  wsUrl: string;
}

type Expectation = 'FORBIDDEN_OR_NOT_FOUND' | 'EMPTY' | 'ZERO';
type Vars = (c: Ctx) => Record<string, unknown>;

interface Op {
  /** What is tried, phrased for the test name: "<actor> of A cannot <action>". */
  action: string;
  run: (c: Ctx) => Promise<GqlResult>;
  expect: Expectation;
  /** Who tries it; all six kinds of actor unless the policy lets some see it (said where so). */
  actors?: readonly ActorKey[];
  /** Reads only: who does see B's objects through the same operation (the positive control). */
  seenBy?: ActorKey | 'platformAdmin';
  /** Refusals an operation may also answer with: naming a program one is not in is bad input, not a secret. */
  alsoBadInput?: boolean;
}

interface Row extends Op {
  actor: ActorKey;
  name: string;
}

const op =
  (query: string, vars: Vars = () => ({})) =>
  (c: Ctx): Promise<GqlResult> =>
    c.t.gql(query, vars(c), c.token);

/** approve/rejectProposals answer one result per match; an item's error counts as the refusal. */
const decide =
  (field: 'approveProposals' | 'rejectProposals') =>
  async (c: Ctx): Promise<GqlResult> => {
    type Item = { ok: boolean; error: { code: string } | null; match: { id: string; status: string } | null };
    const res = await c.t.gql<Record<string, Item[]>>(
      `mutation($input: ProposalDecisionInput!) { ${field}(input: $input) { matchId ok error { code message } match { id status } } }`,
      { input: { matchIds: [c.b.matches.proposed], reason: 'Not for you' } },
      c.token,
    );
    const item = res.data?.[field]?.[0];
    if (res.errors || !item) return res;
    if (item.ok) return { data: { [field]: item.match } };
    return { data: null, errors: [{ message: 'item refused', extensions: { code: item.error?.code } }] };
  };

const ALL = ACTOR_KEYS;

const CONN = '{ totalCount nodes { id } }';
const VOLUNTEER_INPUT = (employerId: string) => ({
  country: 'JP',
  languages: ['ja'],
  employerId,
  skills: [{ skillId: 'bookkeeping', level: 2 }],
});

const YESTERDAY = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

type ImpactScopeKey = 'programId' | 'intermediaryId' | 'companyId' | 'nonprofitId' | 'funderId' | 'volunteerProfileId' | 'networkId';
// Each scope of an impact report, with the actor of the same tenant who may see it.
const IMPACT_SCOPES: readonly (readonly [string, ImpactScopeKey, ActorKey])[] = [
  ['program', 'programId', 'curator'],
  ['intermediary', 'intermediaryId', 'curator'],
  ['company', 'companyId', 'companyAdmin'],
  ['nonprofit', 'nonprofitId', 'nonprofit'],
  ['funder', 'funderId', 'funder'],
  ['volunteer', 'volunteerProfileId', 'volunteer'],
  ['network', 'networkId', 'curator'],
];
const impactScopeId = (x: Tenant, key: ImpactScopeKey) => x[key];
const impactQuery = (field: 'impact' | 'impactCsv') =>
  field === 'impact'
    ? `query($scope: ImpactScopeInput!) { impact(scope: $scope) { totals { proposals offers confirmed confirmedHours hoursValue } } }`
    : `query($scope: ImpactScopeInput!) { impactCsv(scope: $scope) }`;

const OPS: Op[] = [
  // Organizations, networks and the taxonomy
  ...(['nonprofitId', 'intermediaryId', 'companyId', 'funderId'] as const).map((key): Op => ({
    action: `update B's ${key.replace('Id', '')}`,
    run: op(`mutation($id: ID!) { updateOrganization(id: $id, input: { description: "taken over" }) { id description } }`, (c) => ({ id: c.b[key] })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  })),
  {
    action: "verify B's nonprofit",
    run: op(`mutation($id: ID!) { setOrganizationVerified(id: $id, verified: true) { id } }`, (c) => ({ id: c.b.nonprofitId })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: 'register an intermediary',
    run: op(`mutation { createOrganization(input: { kind: INTERMEDIARY, name: "Rogue intermediary", country: "JP" }) { id } }`),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "rename B's network",
    run: op(`mutation($id: ID!) { updateNetwork(id: $id, input: { name: "Taken" }) { id } }`, (c) => ({ id: c.b.networkId })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "add A's intermediary to B's network",
    run: op(`mutation($n: ID!, $o: ID!) { addNetworkMember(networkId: $n, organizationId: $o) { id } }`, (c) => ({ n: c.b.networkId, o: c.a.intermediaryId })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "take B's intermediary out of B's network",
    run: op(`mutation($n: ID!, $o: ID!) { removeNetworkMember(networkId: $n, organizationId: $o) { id } }`, (c) => ({ n: c.b.networkId, o: c.b.intermediaryId })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  { action: 'create a network', run: op(`mutation { createNetwork(input: { name: "Rogue network" }) { id } }`), expect: 'FORBIDDEN_OR_NOT_FOUND' },

  // Network statements: drafts belong to the network's member curators; acts are a member intermediary's own
  {
    action: "read B's draft network statement",
    run: op(`query($id: ID!) { networkStatement(id: $id) { id } }`, (c) => ({ id: c.b.statements.draft })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "list B's network statements, drafts included",
    run: op(`query($id: ID!) { network(id: $id) { statements { id } } }`, (c) => ({ id: c.b.networkId })),
    expect: 'EMPTY',
    seenBy: 'curator',
  },
  {
    action: "draft a statement in B's network",
    run: op(`mutation($n: ID!) { createNetworkStatement(networkId: $n, title: "Rogue", body: "Rogue") { id } }`, (c) => ({ n: c.b.networkId })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "edit B's draft network statement",
    run: op(`mutation($s: ID!) { updateNetworkStatement(statementId: $s, version: 1, title: "Taken") { id } }`, (c) => ({ s: c.b.statements.draft })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "publish B's draft network statement",
    run: op(`mutation($s: ID!) { publishNetworkStatement(statementId: $s, version: 1) { id } }`, (c) => ({ s: c.b.statements.draft })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "withdraw B's published network statement",
    run: op(`mutation($s: ID!) { withdrawNetworkStatement(statementId: $s) { id } }`, (c) => ({ s: c.b.statements.published })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  ...(['intermediaryId', 'nonprofitId'] as const).map((key): Op => ({
    action: `sign B's network statement for A's ${key.replace('Id', '')}`,
    run: op(`mutation($s: ID!, $o: ID!) { signNetworkStatement(statementId: $s, organizationId: $o) { id } }`, (c) => ({ s: c.b.statements.published, o: c.a[key] })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  })),
  {
    action: "sign B's network statement for B's intermediary",
    run: op(`mutation($s: ID!, $o: ID!) { signNetworkStatement(statementId: $s, organizationId: $o) { id } }`, (c) => ({ s: c.b.statements.published, o: c.b.intermediaryId })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "commit B's intermediary under B's network statement",
    run: op(`mutation($s: ID!, $o: ID!) { addStatementCommitment(statementId: $s, organizationId: $o, text: "Rogue") { id } }`, (c) => ({
      s: c.b.statements.published,
      o: c.b.intermediaryId,
    })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "report progress on B's statement commitment",
    run: op(`mutation($id: ID!) { setStatementCommitmentStatus(commitmentId: $id, status: DONE, note: "Rogue") { id } }`, (c) => ({ id: c.b.statements.commitment })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  // Sharing needs across a network: only curators of the need, in the network; shared needs only to members' curators.
  {
    action: "share B's open need with B's network",
    run: op(`mutation($need: ID!, $n: ID!) { shareNeed(needId: $need, networkId: $n) { id } }`, (c) => ({ need: c.b.openNeedId, n: c.b.networkId })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "share A's open need with B's network",
    run: op(`mutation($need: ID!, $n: ID!) { shareNeed(needId: $need, networkId: $n) { id } }`, (c) => ({ need: c.a.openNeedId, n: c.b.networkId })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "share B's program with B's network",
    run: op(`mutation($p: ID!, $n: ID!) { shareProgram(programId: $p, networkId: $n) { id } }`, (c) => ({ p: c.b.programId, n: c.b.networkId })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "see the needs shared into B's network",
    run: op(`query($id: ID!) { network(id: $id) { id sharedNeeds { needId owner { id } } } }`, (c) => ({ id: c.b.networkId })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "propose A's volunteer for B's open need as a network partner",
    run: op(`mutation($input: ProposeAsPartnerInput!) { proposeAsPartner(input: $input) { id } }`, (c) => ({
      input: { roleId: c.b.roles.accountant, volunteerProfileId: c.a.volunteerProfileId, note: 'Take this one' },
    })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: 'add a skill to the taxonomy',
    run: op(`mutation { createSkill(input: { id: "rogue-skill", name: "Rogue skill", category: "it" }) { id } }`),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  { action: 'rename a skill', run: op(`mutation { updateSkill(id: "bookkeeping", input: { name: "Renamed" }) { id } }`), expect: 'FORBIDDEN_OR_NOT_FOUND' },

  // Memberships and invitations
  ...(['nonprofitId', 'intermediaryId', 'companyId', 'funderId'] as const).map((key): Op => ({
    action: `invite someone into B's ${key.replace('Id', '')}`,
    run: op(`mutation($input: InviteMemberInput!) { inviteMember(input: $input) { acceptUrl invitation { id } } }`, (c) => ({
      input: { organizationId: c.b[key], email: `infiltrator.${key.toLowerCase()}@example.org`, role: 'ADMIN' },
    })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  })),
  {
    action: "list B's company's pending invitations",
    run: op(`query($o: ID!) { invitations(organizationId: $o) { id email } }`, (c) => ({ o: c.b.companyId })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  { action: "revoke B's pending invitation", run: op(`mutation($id: ID!) { revokeInvitation(id: $id) }`, (c) => ({ id: c.b.invitation.id })), expect: 'FORBIDDEN_OR_NOT_FOUND' },
  {
    action: "accept B's invitation sent to someone else",
    run: op(`mutation($token: String!) { acceptInvitation(token: $token) { id organizationId } }`, (c) => ({ token: c.b.invitation.token })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "make B's volunteer an admin of B's company",
    run: op(`mutation($id: ID!) { changeMemberRole(membershipId: $id, role: ADMIN) { id role } }`, (c) => ({ id: c.b.memberships.volunteer })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "demote B's nonprofit admin",
    run: op(`mutation($id: ID!) { changeMemberRole(membershipId: $id, role: MEMBER) { id role } }`, (c) => ({ id: c.b.memberships.nonprofitAdmin })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "remove B's volunteer from B's company",
    run: op(`mutation($id: ID!) { removeMember(membershipId: $id) }`, (c) => ({ id: c.b.memberships.volunteer })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  { action: "leave B's nonprofit", run: op(`mutation($id: ID!) { leaveOrganization(organizationId: $id) }`, (c) => ({ id: c.b.nonprofitId })), expect: 'FORBIDDEN_OR_NOT_FOUND' },
  {
    action: "see the members of B's nonprofit",
    run: op(`query($id: ID!) { organization(id: $id) { id members { id userId } } }`, (c) => ({ id: c.b.nonprofitId })),
    expect: 'EMPTY',
    seenBy: 'platformAdmin',
  },
  {
    action: "see the members of B's company",
    run: op(`query($id: ID!) { organization(id: $id) { id members { id userId } } }`, (c) => ({ id: c.b.companyId })),
    expect: 'EMPTY',
    seenBy: 'companyAdmin',
  },

  // Affiliations
  {
    action: "affiliate A's nonprofit with B's intermediary",
    run: op(`mutation($input: AffiliateOrganizationInput!) { affiliateOrganization(input: $input) { id } }`, (c) => ({
      input: { intermediaryId: c.b.intermediaryId, organizationId: c.a.nonprofitId },
    })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
    // The nonprofit's own admin may ask to work with any intermediary (its curators then vet the request).
    actors: ALL.filter((a) => a !== 'nonprofit'),
  },
  // Placing an organization with an intermediary needs that organization's own admins: otherwise a curator
  // could pull anyone into their scope and read its drafts, post its needs, approve its proposals.
  ...(['nonprofitId', 'companyId'] as const).map((key): Op => ({
    action: `affiliate B's ${key.replace('Id', '')} with A's intermediary`,
    run: op(`mutation($input: AffiliateOrganizationInput!) { affiliateOrganization(input: $input) { id } }`, (c) => ({
      input: { intermediaryId: c.a.intermediaryId, organizationId: c.b[key] },
    })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  })),
  {
    action: "un-vet B's affiliation",
    run: op(`mutation($id: ID!) { setAffiliationVetted(id: $id, vetted: false) { id } }`, (c) => ({ id: c.b.affiliationId })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  { action: "end B's affiliation", run: op(`mutation($id: ID!) { removeAffiliation(id: $id) }`, (c) => ({ id: c.b.affiliationId })), expect: 'FORBIDDEN_OR_NOT_FOUND' },
  {
    action: "list the affiliations of B's intermediary",
    run: op(`query($id: ID!) { affiliations(filter: { intermediaryId: $id }) ${CONN} }`, (c) => ({ id: c.b.intermediaryId })),
    expect: 'EMPTY',
    seenBy: 'curator',
  },
  {
    action: "list the affiliations of B's nonprofit",
    run: op(`query($id: ID!) { affiliations(filter: { organizationId: $id }) ${CONN} }`, (c) => ({ id: c.b.nonprofitId })),
    expect: 'EMPTY',
    seenBy: 'nonprofit',
  },

  // Programs
  {
    action: "start a program for B's intermediary",
    run: op(`mutation($input: CreateProgramInput!) { createProgram(input: $input) { id } }`, (c) => ({ input: { intermediaryId: c.b.intermediaryId, name: 'Rogue cohort' } })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "update B's program",
    run: op(`mutation($id: ID!) { updateProgram(id: $id, input: { name: "Taken" }) { id } }`, (c) => ({ id: c.b.programId })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "add A's nonprofit to B's program",
    run: op(`mutation($p: ID!, $o: ID!) { addProgramParticipant(programId: $p, organizationId: $o, role: COHORT) { id } }`, (c) => ({ p: c.b.programId, o: c.a.nonprofitId })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  // As with affiliations: a curator's program takes only organizations affiliated with the curator's intermediary.
  {
    action: "add B's nonprofit to A's program",
    run: op(`mutation($p: ID!, $o: ID!) { addProgramParticipant(programId: $p, organizationId: $o, role: COHORT) { id } }`, (c) => ({ p: c.a.programId, o: c.b.nonprofitId })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "remove B's nonprofit from B's program",
    run: op(`mutation($id: ID!) { removeProgramParticipant(id: $id) }`, (c) => ({ id: c.b.cohortParticipantId })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "read B's program",
    run: op(`query($id: ID!) { program(id: $id) { id name } }`, (c) => ({ id: c.b.programId })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
    seenBy: 'nonprofit',
  },
  {
    action: "list the programs of B's intermediary",
    run: op(`query($id: ID!) { programs(filter: { intermediaryId: $id }) ${CONN} }`, (c) => ({ id: c.b.intermediaryId })),
    expect: 'EMPTY',
    seenBy: 'curator',
  },
  { action: 'list programs', run: op(`{ programs(first: 100) ${CONN} }`), expect: 'EMPTY', seenBy: 'funder' },

  // Needs and their roles
  {
    action: "post a need for B's nonprofit",
    run: op(`mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }`, (c) => ({ input: needInput(c.b.nonprofitId, null, 'Rogue need') })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "read B's draft need",
    run: op(`query($id: ID!) { need(id: $id) { id title } }`, (c) => ({ id: c.b.draftNeedId })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
    seenBy: 'curator',
  },
  {
    action: "update B's draft need",
    run: op(`mutation($id: ID!) { updateNeed(id: $id, input: { title: "Taken over" }) { id } }`, (c) => ({ id: c.b.draftNeedId })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "update B's open need",
    run: op(`mutation($id: ID!) { updateNeed(id: $id, input: { title: "Taken over" }) { id } }`, (c) => ({ id: c.b.openNeedId })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  { action: "publish B's draft need", run: op(`mutation($id: ID!) { publishNeed(id: $id) { id status } }`, (c) => ({ id: c.b.draftNeedId })), expect: 'FORBIDDEN_OR_NOT_FOUND' },
  {
    action: "cancel B's draft need",
    run: op(`mutation($id: ID!) { cancelNeed(id: $id, reason: "mine now") { id status } }`, (c) => ({ id: c.b.draftNeedId })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "cancel B's open need",
    run: op(`mutation($id: ID!) { cancelNeed(id: $id, reason: "mine now") { id status } }`, (c) => ({ id: c.b.openNeedId })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "cancel B's need under way",
    run: op(`mutation($id: ID!) { cancelNeed(id: $id, reason: "mine now") { id status } }`, (c) => ({ id: c.b.engagementNeedId })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  ...(['draftNeedId', 'openNeedId'] as const).map((key): Op => ({
    action: `add a role to B's ${key === 'draftNeedId' ? 'draft' : 'open'} need`,
    run: op(`mutation($id: ID!, $input: RoleInput!) { addNeedRole(needId: $id, input: $input) { id } }`, (c) => ({
      id: c.b[key],
      input: { kind: 'FUNDING', title: 'Rogue money', amount: 100 },
    })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  })),
  {
    action: "update a role of B's open need",
    run: op(`mutation($id: ID!) { updateNeedRole(roleId: $id, input: { title: "Taken" }) { id } }`, (c) => ({ id: c.b.roles.funding })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "update a role of B's draft need",
    run: op(`mutation($id: ID!) { updateNeedRole(roleId: $id, input: { seats: 5 }) { id } }`, (c) => ({ id: c.b.draftRoleId })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "remove a role of B's open need",
    run: op(`mutation($id: ID!) { removeNeedRole(roleId: $id) { id } }`, (c) => ({ id: c.b.roles.funding })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "move A's need into B's program",
    run: op(`mutation($id: ID!, $p: ID!) { updateNeed(id: $id, input: { programId: $p }) { id programId } }`, (c) => ({ id: c.a.draftNeedId, p: c.b.programId })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
    alsoBadInput: true,
  },
  {
    action: "list needs naming B's nonprofit",
    run: op(`query($id: ID!) { needs(first: 100, filter: { nonprofitId: $id, status: [DRAFT] }) ${CONN} }`, (c) => ({ id: c.b.nonprofitId })),
    expect: 'EMPTY',
    seenBy: 'nonprofit',
  },
  { action: 'list draft needs', run: op(`{ needs(first: 100, filter: { status: [DRAFT] }) ${CONN} }`), expect: 'EMPTY', seenBy: 'platformAdmin' },
  {
    action: "list needs naming B's intermediary",
    run: op(`query($id: ID!) { needs(first: 100, filter: { intermediaryId: $id }) ${CONN} }`, (c) => ({ id: c.b.intermediaryId })),
    expect: 'EMPTY',
    seenBy: 'curator',
  },
  {
    action: "list needs naming B's program",
    run: op(`query($id: ID!) { needs(first: 100, filter: { programId: $id }) ${CONN} }`, (c) => ({ id: c.b.programId })),
    expect: 'EMPTY',
    seenBy: 'nonprofit',
  },
  {
    action: "see the program of B's open need",
    run: op(`query($id: ID!) { need(id: $id) { id program { id name } } }`, (c) => ({ id: c.b.openNeedId })),
    expect: 'EMPTY',
    seenBy: 'nonprofit',
  },

  // Proposals and matches
  { action: "approve B's proposal", run: decide('approveProposals'), expect: 'FORBIDDEN_OR_NOT_FOUND' },
  { action: "reject B's proposal", run: decide('rejectProposals'), expect: 'FORBIDDEN_OR_NOT_FOUND' },
  ...(
    [
      ['offer to its volunteer', 'offered'],
      ['offer to its mentor', 'offeredMentor'],
      ["offer of its funder's money", 'offeredFunding'],
    ] as const
  ).map(([what, key]): Op => ({
    action: `accept B's ${what}`,
    run: op(`mutation($id: ID!) { acceptMatch(id: $id, version: 1) { id status } }`, (c) => ({ id: c.b.matches[key] })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  })),
  {
    action: "decline B's offer",
    run: op(`mutation($id: ID!) { declineMatch(id: $id, version: 1, reason: NOT_INTERESTED) { id status } }`, (c) => ({ id: c.b.matches.offered })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "withdraw B's proposal",
    run: op(`mutation($id: ID!) { withdrawMatch(id: $id, version: 1) { id status } }`, (c) => ({ id: c.b.matches.proposed })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "withdraw B's offer",
    run: op(`mutation($id: ID!) { withdrawMatch(id: $id, version: 1) { id status } }`, (c) => ({ id: c.b.matches.offered })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "cancel B's offer",
    run: op(`mutation($id: ID!) { cancelMatch(id: $id, version: 1, reason: "mine now") { id status } }`, (c) => ({ id: c.b.matches.offered })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "cancel B's active engagement",
    run: op(`mutation($id: ID!) { cancelMatch(id: $id, version: 1, reason: "mine now") { id status } }`, (c) => ({ id: c.b.matches.active })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "start B's confirmed engagement",
    run: op(`mutation($id: ID!) { startMatch(id: $id, version: 1) { id status } }`, (c) => ({ id: c.b.matches.confirmed })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "complete B's active engagement",
    run: op(`mutation($id: ID!) { completeMatch(id: $id, version: 1) { id status } }`, (c) => ({ id: c.b.matches.active })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "match B's role by hand with A's volunteer",
    run: op(`mutation($input: CreateManualMatchInput!) { createManualMatch(input: $input) { id } }`, (c) => ({
      input: { roleId: c.b.roles.accountant, volunteerProfileId: c.a.volunteerProfileId, reason: 'I know them' },
    })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "match A's role by hand with B's volunteer",
    run: op(`mutation($input: CreateManualMatchInput!) { createManualMatch(input: $input) { id } }`, (c) => ({
      input: { roleId: c.a.roles.accountant, volunteerProfileId: c.b.volunteerProfileId, reason: 'Found their id' },
    })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "match B's funding role by hand with A's funding offer",
    run: op(`mutation($input: CreateManualMatchInput!) { createManualMatch(input: $input) { id } }`, (c) => ({
      input: { roleId: c.b.roles.funding, fundingOfferId: c.a.fundingOfferId, reason: 'Our money' },
    })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  ...(
    [
      ['proposal', 'proposed'],
      ['offer to its volunteer', 'offered'],
      ['offer to its mentor', 'offeredMentor'],
      ["offer of its funder's money", 'offeredFunding'],
      ['active engagement', 'active'],
    ] as const
  ).map(([what, key]): Op => ({
    action: `read B's ${what}`,
    run: op(`query($id: ID!) { match(id: $id) { id status } }`, (c) => ({ id: c.b.matches[key] })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
    seenBy: 'curator',
  })),
  // Admins of the volunteer's employer read its agreed engagements (and only their own company's employees').
  ...(
    [
      ['confirmed engagement', 'confirmed'],
      ['completed engagement', 'completed'],
    ] as const
  ).map(([what, key]): Op => ({
    action: `read B's ${what}`,
    run: op(`query($id: ID!) { match(id: $id) { id status volunteerProfile { id } } }`, (c) => ({ id: c.b.matches[key] })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
    seenBy: 'companyAdmin',
  })),
  {
    action: "read the volunteer profile of B's employee on a confirmed engagement",
    run: op(`query($id: ID!) { volunteerProfile(id: $id) { id } }`, (c) => ({ id: c.b.volunteerProfileId })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
    seenBy: 'companyAdmin',
  },
  // Employer sign-off: only admins of the volunteer's employer answer it, and only for their own company.
  {
    action: "require sign-off for B's company",
    run: op(`mutation($id: ID!) { setEmployerSignOff(organizationId: $id, required: true) { id requiresEmployerSignOff } }`, (c) => ({ id: c.b.companyId })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "approve the sign-off of B's employee's engagement",
    run: op(`mutation($id: ID!) { approveMatchSignOff(matchId: $id) { id status } }`, (c) => ({ id: c.b.matches.confirmed })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "decline the sign-off of B's employee's engagement",
    run: op(`mutation($id: ID!) { declineMatchSignOff(matchId: $id, reason: "Not your call") { id status } }`, (c) => ({ id: c.b.matches.confirmed })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "read B's company's engagements and sign-offs",
    run: op(`query($id: ID!) { companyEngagements(companyId: $id) { requiresSignOff engagements { matchId signOff } totals { awaitingSignOff } } }`, (c) => ({
      id: c.b.companyId,
    })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
    seenBy: 'companyAdmin',
  },
  {
    action: "list the engagements of B's employees as their employer",
    run: op(`{ matches(first: 100, filter: { sides: [EMPLOYER] }) ${CONN} }`),
    expect: 'EMPTY',
    seenBy: 'companyAdmin',
  },
  { action: 'list matches', run: op(`{ matches(first: 100) ${CONN} }`), expect: 'EMPTY', seenBy: 'curator' },
  {
    action: "list the matches of B's open need",
    run: op(`query($id: ID!) { matches(filter: { needId: $id }) ${CONN} }`, (c) => ({ id: c.b.openNeedId })),
    expect: 'EMPTY',
    seenBy: 'nonprofit',
  },
  {
    action: "list the matches of B's program",
    run: op(`query($id: ID!) { matches(filter: { programId: $id }) ${CONN} }`, (c) => ({ id: c.b.programId })),
    expect: 'EMPTY',
    seenBy: 'curator',
  },
  {
    action: "list the matches of B's open need on the curation board",
    run: op(`query($id: ID!) { matches(filter: { needId: $id, sides: [CURATOR] }) ${CONN} }`, (c) => ({ id: c.b.openNeedId })),
    expect: 'EMPTY',
    seenBy: 'curator',
  },
  {
    action: "list the matches on needs B's intermediary curates",
    run: op(`query($id: ID!) { matches(first: 100, filter: { intermediaryId: $id }) ${CONN} }`, (c) => ({ id: c.b.intermediaryId })),
    expect: 'EMPTY',
    seenBy: 'curator',
  },
  {
    action: 'list the matches of the needs they curate, best score first',
    run: op(`{ matches(first: 100, filter: { sides: [CURATOR] }, orderBy: SCORE) ${CONN} }`),
    expect: 'EMPTY',
    seenBy: 'curator',
  },
  {
    action: 'list the offers to their nonprofit, nearest deadline first',
    run: op(`{ matches(first: 100, filter: { sides: [NONPROFIT] }, orderBy: DEADLINE) ${CONN} }`),
    expect: 'EMPTY',
    seenBy: 'nonprofit',
  },
  { action: 'list the matches offered to them', run: op(`{ matches(first: 100, filter: { sides: [CANDIDATE] }) ${CONN} }`), expect: 'EMPTY', seenBy: 'volunteer' },
  {
    action: "list the matches offered to their funder's money",
    run: op(`{ matches(first: 100, filter: { sides: [CANDIDATE], candidateKind: FUNDING }) ${CONN} }`),
    expect: 'EMPTY',
    seenBy: 'funder',
  },
  {
    action: 'list the matches on every side they are on',
    run: op(`{ matches(first: 100, filter: { sides: [CURATOR, NONPROFIT, CANDIDATE], statuses: [PROPOSED, OFFERED, ACTIVE] }) ${CONN} }`),
    expect: 'EMPTY',
    seenBy: 'curator',
  },

  // Profiles
  {
    action: "name B's company as their employer",
    run: op(`mutation($input: VolunteerProfileInput!) { upsertVolunteerProfile(input: $input) { id } }`, (c) => ({ input: VOLUNTEER_INPUT(c.b.companyId) })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "read B's volunteer profile",
    run: op(`query($id: ID!) { volunteerProfile(id: $id) { id } }`, (c) => ({ id: c.b.volunteerProfileId })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
    seenBy: 'curator',
  },
  {
    action: "read B's mentor profile",
    run: op(`query($id: ID!) { mentorProfile(id: $id) { id } }`, (c) => ({ id: c.b.mentorProfileId })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
    seenBy: 'curator',
  },
  {
    action: "read the mentor profile of B's volunteer",
    run: op(`query($id: ID!) { mentorProfile(id: $id) { id } }`, (c) => ({ id: c.b.volunteerMentorProfileId })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
    seenBy: 'curator',
  },
  {
    action: "list the volunteers of B's company",
    run: op(`query($id: ID!) { volunteerProfiles(filter: { employerId: $id }) ${CONN} }`, (c) => ({ id: c.b.companyId })),
    expect: 'EMPTY',
    seenBy: 'curator',
  },
  { action: 'list mentors', run: op(`{ mentorProfiles(first: 100) ${CONN} }`), expect: 'EMPTY', seenBy: 'curator' },

  // Funding offers
  {
    action: "publish a funding offer for B's funder",
    run: op(`mutation($input: CreateFundingOfferInput!) { createFundingOffer(input: $input) { id } }`, (c) => ({
      input: { funderId: c.b.funderId, title: 'Rogue grants', minTicket: 1, maxTicket: 2, budgetTotal: 10 },
    })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "update B's funding offer",
    run: op(`mutation($id: ID!) { updateFundingOffer(id: $id, input: { budgetTotal: 1000000 }) { id } }`, (c) => ({ id: c.b.fundingOfferId })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "pause B's funding offer",
    run: op(`mutation($id: ID!) { setFundingOfferActive(id: $id, active: false) { id } }`, (c) => ({ id: c.b.fundingOfferId })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "read B's funding offer",
    run: op(`query($id: ID!) { fundingOffer(id: $id) { id } }`, (c) => ({ id: c.b.fundingOfferId })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
    seenBy: 'funder',
  },
  {
    action: "list the offers of B's funder",
    run: op(`query($id: ID!) { fundingOffers(filter: { funderId: $id }) ${CONN} }`, (c) => ({ id: c.b.funderId })),
    expect: 'EMPTY',
    seenBy: 'funder',
  },

  // Matching runs
  ...(
    [
      ["B's program", 'PROGRAM', (c: Ctx) => c.b.programId],
      ["B's intermediary", 'INTERMEDIARY', (c: Ctx) => c.b.intermediaryId],
      ["B's open need", 'NEED', (c: Ctx) => c.b.openNeedId],
      ["B's draft need", 'NEED', (c: Ctx) => c.b.draftNeedId],
      ['everyone', 'ALL', () => null],
    ] as const
  ).map(([what, scope, scopeId]): Op => ({
    action: `start a matching run for ${what}`,
    run: op(`mutation($input: StartMatchingRunInput!) { startMatchingRun(input: $input) { id } }`, (c) => ({ input: { scope, scopeId: scopeId(c) } })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  })),
  {
    action: "read B's matching run",
    run: op(`query($id: ID!) { matchingRun(id: $id) { id } }`, (c) => ({ id: c.b.matchingRunIds[0] })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
    seenBy: 'platformAdmin',
  },
  { action: 'list matching runs', run: op(`{ matchingRuns(first: 100) ${CONN} }`), expect: 'EMPTY', seenBy: 'curator' },
  {
    action: "follow the progress of B's matching run",
    run: (c) => subscribeFirst(c.wsUrl, c.token, `subscription($id: ID!) { matchingRunProgress(runId: $id) { id status } }`, { id: c.b.matchingRunIds[0] }),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
    seenBy: 'platformAdmin',
  },

  // Hours and feedback of engagements
  {
    action: "log hours on B's active engagement",
    run: op(`mutation($id: ID!, $input: LogHoursInput!) { logHours(matchId: $id, input: $input) { id } }`, (c) => ({
      id: c.b.matches.active,
      input: { workedOn: YESTERDAY(), hours: 2 },
    })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  { action: "confirm B's logged hours", run: op(`mutation($id: ID!) { confirmHours(id: $id) { id status } }`, (c) => ({ id: c.b.hoursLogId })), expect: 'FORBIDDEN_OR_NOT_FOUND' },
  {
    action: "dispute B's logged hours",
    run: op(`mutation($id: ID!) { disputeHours(id: $id, reason: "never happened") { id status } }`, (c) => ({ id: c.b.hoursLogId })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "leave feedback on B's completed engagement",
    run: op(`mutation($id: ID!, $input: LeaveFeedbackInput!) { leaveFeedback(matchId: $id, input: $input) { id } }`, (c) => ({
      id: c.b.matches.completed,
      input: { rating: 1, comment: 'Sabotage' },
    })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },

  // Impact: company admins see their employees' engagement in aggregate, and only their own company's.
  ...IMPACT_SCOPES.flatMap(([what, scopeKey]): Op[] =>
    (['impact', 'impactCsv'] as const).map((field) => ({
      action: `see the impact${field === 'impactCsv' ? ' CSV' : ''} of B's ${what}`,
      run: op(impactQuery(field), (c) => ({ scope: { [scopeKey]: impactScopeId(c.b, scopeKey) } })),
      expect: 'FORBIDDEN_OR_NOT_FOUND',
    })),
  ),

  // Interests: raised hands for roles
  {
    action: "list the interests in B's open need",
    run: op(`query($id: ID!) { interests(filter: { needId: $id }) { totalCount nodes { id note candidateName volunteerProfile { id } } } }`, (c) => ({ id: c.b.openNeedId })),
    expect: 'EMPTY',
    seenBy: 'curator',
  },
  {
    action: "withdraw B's volunteer's interest",
    run: op(`mutation($id: ID!) { withdrawInterest(id: $id) { id } }`, (c) => ({ id: c.b.interestId })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "decline B's volunteer's interest",
    run: op(`mutation($id: ID!) { declineInterest(id: $id, reason: "No") { id } }`, (c) => ({ id: c.b.interestId })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "turn B's volunteer's interest into an offer",
    run: op(`mutation($id: ID!) { offerFromInterest(interestId: $id) { id matchId } }`, (c) => ({ id: c.b.interestId })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "raise their hand for a role of B's draft need",
    run: op(`mutation($id: ID!) { raiseInterest(input: { roleId: $id, note: "Me!" }) { id } }`, (c) => ({ id: c.b.draftRoleId })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },

  // Message threads of matches
  {
    action: "read the message thread of B's active engagement",
    run: op(`query($id: ID!) { matchMessages(matchId: $id) { totalCount nodes { id matchId body author { id name email } } } }`, (c) => ({ id: c.b.matches.active })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
    seenBy: 'nonprofit',
  },
  {
    action: "post to the message thread of B's active engagement",
    run: op(`mutation($id: ID!) { postMessage(matchId: $id, body: "Hello from A") { id } }`, (c) => ({ id: c.b.matches.active })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "mark the message thread of B's active engagement read",
    run: op(`mutation($id: ID!) { markMessagesRead(matchId: $id) }`, (c) => ({ id: c.b.matches.active })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "follow the message thread of B's active engagement live",
    run: (c) => subscribeFirst(c.wsUrl, c.token, `subscription($id: ID!) { messageAdded(matchId: $id) { id body } }`, { id: c.b.matches.active }),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  { action: "count B's unread messages among their own", run: op(`{ unreadMessageCount }`), expect: 'ZERO' },

  // Notifications
  // Events
  {
    action: "open B's event",
    run: op(`query($id: ID!) { event(eventId: $id) { id name schedule { meetingId } } }`, (c) => ({ id: c.b.event.id })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  { action: "read an agenda at B's event", run: op(`query($id: ID!) { myAgenda(eventId: $id) { ics } }`, (c) => ({ id: c.b.event.id })), expect: 'FORBIDDEN_OR_NOT_FOUND' },
  { action: 'list upcoming events', run: op(`{ events(when: UPCOMING, first: 100) ${CONN} }`), expect: 'EMPTY', seenBy: 'curator' },
  {
    action: "list the attendees of B's event",
    run: op(`query($id: ID!) { event(eventId: $id) { attendees(first: 100) ${CONN} } }`, (c) => ({ id: c.b.event.id })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "rename B's event",
    run: op(`mutation($id: ID!) { updateEvent(input: { eventId: $id, name: "Mine" }) { id } }`, (c) => ({ id: c.b.event.id })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  { action: "schedule B's event", run: op(`mutation($id: ID!) { scheduleEvent(eventId: $id) { id } }`, (c) => ({ id: c.b.event.id })), expect: 'FORBIDDEN_OR_NOT_FOUND' },
  {
    action: "import attendees into B's event",
    run: op(`mutation($id: ID!) { importEventAttendees(input: { eventId: $id, side: MENTOR, emails: ["x@example.org"] }) { added } }`, (c) => ({ id: c.b.event.id })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "change the slots of an attendee of B's event",
    run: op(`mutation($id: ID!) { setEventAttendeeSlots(input: { attendeeId: $id, availableSlotIds: [] }) { id } }`, (c) => ({ id: c.b.event.attendeeId })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "remove an attendee of B's event",
    run: op(`mutation($id: ID!) { removeEventAttendee(attendeeId: $id) }`, (c) => ({ id: c.b.event.attendeeId })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "rate a meeting of B's event",
    run: op(`mutation($id: ID!) { rateEventMeeting(meetingId: $id, rating: 1) { id } }`, (c) => ({ id: c.b.event.meetingId })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  {
    action: "turn a meeting of B's event into an offer",
    run: op(`mutation($id: ID!) { offerFromEventMeeting(meetingId: $id) { id } }`, (c) => ({ id: c.b.event.meetingId })),
    expect: 'FORBIDDEN_OR_NOT_FOUND',
  },
  { action: 'list their notifications', run: op(`{ notifications(first: 100) ${CONN} }`), expect: 'EMPTY', seenBy: 'volunteer' },
  {
    action: "mark B's volunteer's notification read",
    run: op(`mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`, (c) => ({ ids: [c.b.notificationId] })),
    expect: 'ZERO',
  },
];

type Seer = ActorKey | 'platformAdmin';

interface ReachedUser {
  id: string;
  email: string | null;
  volunteerProfile: { id: string } | null;
  mentorProfile: { id: string } | null;
  memberships: { id: string }[];
}

const USER = 'id email volunteerProfile { id } mentorProfile { id } memberships { id }';

/** Every User the session reaches through nested fields: itself, the candidates of its matches, the profiles it may list. */
async function reachableUsers(t: TestApp, token: string): Promise<Map<string, ReachedUser>> {
  const res = await t.gql<{
    me: ReachedUser;
    matches: { nodes: { volunteerProfile: { user: ReachedUser } | null; mentorProfile: { user: ReachedUser } | null }[] };
    volunteerProfiles: { nodes: { user: ReachedUser }[] };
    mentorProfiles: { nodes: { user: ReachedUser }[] };
  }>(
    `{ me { ${USER} }
       matches(first: 100) { nodes { volunteerProfile { user { ${USER} } } mentorProfile { user { ${USER} } } } }
       volunteerProfiles(first: 100) { nodes { user { ${USER} } } }
       mentorProfiles(first: 100) { nodes { user { ${USER} } } } }`,
    {},
    token,
  );
  expect(res.errors).toBeUndefined();
  const data = res.data as NonNullable<typeof res.data>;
  const all = [
    data.me,
    ...data.matches.nodes.flatMap((m) => [m.volunteerProfile?.user, m.mentorProfile?.user]),
    ...data.volunteerProfiles.nodes.map((p) => p.user),
    ...data.mentorProfiles.nodes.map((p) => p.user),
  ].filter((u): u is ReachedUser => !!u);
  return new Map(all.map((u) => [u.id, u]));
}

/** [user id, email] of every MemberUser the session reaches through the members of the organizations it belongs to. */
async function reachableMemberUsers(t: TestApp, token: string): Promise<(readonly [string, string | null])[]> {
  const res = await t.gql<{ me: { memberships: { organization: { members: { user: { id: string; email: string | null } | null }[] } }[] } }>(
    `{ me { memberships { organization { members { user { id email } } } } } }`,
    {},
    token,
  );
  expect(res.errors).toBeUndefined();
  return (res.data?.me.memberships ?? []).flatMap((mb) => mb.organization.members.flatMap((m) => (m.user ? [[m.user.id, m.user.email] as const] : [])));
}

/** What the database holds about a person, to ask the top-level queries about. */
async function factsOf(t: TestApp, userId: string) {
  const [row] = (await t.dataSource.query(
    `SELECT (SELECT id FROM volunteer_profile WHERE user_id = $1) AS volunteer_profile_id, (SELECT id FROM mentor_profile WHERE user_id = $1) AS mentor_profile_id,
            COALESCE((SELECT json_agg(json_build_object('id', id, 'organizationId', organization_id)) FROM membership WHERE user_id = $1), '[]') AS memberships`,
    [userId],
  )) as { volunteer_profile_id: string | null; mentor_profile_id: string | null; memberships: { id: string; organizationId: string }[] }[];
  return { volunteerProfileId: row.volunteer_profile_id, mentorProfileId: row.mentor_profile_id, memberships: row.memberships };
}

async function seesTop(t: TestApp, token: string, field: 'volunteerProfile' | 'mentorProfile', id: string): Promise<boolean> {
  const res = await t.gql<Record<string, { id: string }>>(`query($id: ID!) { ${field}(id: $id) { id } }`, { id }, token);
  if (res.errors) expect(errorCode(res)).toBe('NOT_FOUND');
  return res.data?.[field]?.id === id;
}

async function membersSeen(t: TestApp, token: string, organizationId: string): Promise<string[]> {
  const res = await t.gql<{ organization: { members: { id: string }[] } }>(`query($id: ID!) { organization(id: $id) { members { id } } }`, { id: organizationId }, token);
  expect(res.errors).toBeUndefined();
  return res.data?.organization.members.map((m) => m.id) ?? [];
}

/** "A.volunteer", "B.curator", "platformAdmin": who a user id is in the world. */
function personOf(w: World, userId: string): string {
  if (userId === w.admin.userId) return 'platformAdmin';
  for (const x of [w.a, w.b]) {
    const key = ACTOR_KEYS.find((k) => x.sessions[k].userId === userId);
    if (key) return `${x.label}.${key}`;
  }
  return `unknown ${userId}`;
}

// The email rule over the world as built: the person, admins of the person's organizations (the company admin
// of the volunteer), and the other side of a match from CONFIRMED on (only the volunteer's engagements are
// confirmed; the mentor's and the funder's matches are merely offered). Curators and colleagues see none.
const EMAIL_PAIRS = new Set(['A.nonprofit>A.volunteer', 'A.volunteer>A.nonprofit', 'A.companyAdmin>A.volunteer']);
function mayReadEmail(w: World, seer: Seer, userId: string): boolean {
  const whose = personOf(w, userId);
  if (seer === 'platformAdmin' || whose === `A.${seer}`) return true;
  return EMAIL_PAIRS.has(`A.${seer}>${whose}`);
}

const LABEL: Record<ActorKey, string> = {
  nonprofit: 'nonprofit member',
  volunteer: 'volunteer',
  mentor: 'mentor',
  funder: 'funder member',
  companyAdmin: 'company admin',
  curator: 'curator',
};

const rowName = (actor: ActorKey, o: Op) =>
  o.expect === 'EMPTY' ? `${LABEL[actor]} of A sees nothing private of B when they ${o.action}` : `${LABEL[actor]} of A cannot ${o.action}`;

const ROWS: Row[] = OPS.flatMap((o) => (o.actors ?? ALL).map((actor) => ({ ...o, actor, name: rowName(actor, o) })));
const READS = OPS.filter((o) => o.seenBy);

const leakedIds = (res: GqlResult, hidden: string[]) => {
  const text = JSON.stringify(res.data ?? null);
  return hidden.filter((id) => text.includes(id));
};

function expectOutcome(row: Op, res: GqlResult, hidden: string[]): void {
  if (row.expect === 'FORBIDDEN_OR_NOT_FOUND') {
    const allowed = row.alsoBadInput ? ['FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT'] : ['FORBIDDEN', 'NOT_FOUND'];
    const code = errorCode(res);
    // What happened instead goes into the failure message: the code, or the data of an operation that succeeded.
    expect(code && allowed.includes(code) ? 'REFUSED' : `${code ?? 'SUCCEEDED'}: ${JSON.stringify(res).slice(0, 500)}`).toBe('REFUSED');
  } else {
    expect(res.errors).toBeUndefined();
    if (row.expect === 'ZERO') expect(Object.values(res.data ?? {})).toEqual([0]);
  }
  expect(leakedIds(res, hidden)).toEqual([]);
}

describe('access rules: every actor of tenant A on tenant B’s objects', () => {
  let t: TestApp;
  let w: World;
  let baseline: Snapshot;
  let wsUrl: string;
  const ctx = (session: Session): Ctx => ({ t, w, a: w.a, b: w.b, token: session.token, wsUrl });

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen(0, '127.0.0.1');
    wsUrl = `ws://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}/graphql`;
    w = await buildWorld(t);
    baseline = await snapshotDatabase(t);
  }, 120_000);
  afterAll(() => t.close());

  // A row refused because it named a missing id would prove nothing: every object it names exists.
  it('builds two tenants with every object the table names', async () => {
    for (const x of [w.a, w.b]) {
      const ids = [...privateIds(x), x.intermediaryId, x.nonprofitId, x.companyId, x.funderId, x.networkId, x.openNeedId, x.engagementNeedId, ...Object.values(x.roles)];
      for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(new Set(ids).size).toBe(ids.length);
      expect(x.matchingRunIds.length).toBeGreaterThan(0);
      expect(x.invitation.token.length).toBeGreaterThan(20);
    }
  });

  it.each(ROWS)('$name', async (row) => {
    const before = await snapshotDatabase(t);
    const res = await row.run(ctx(w.a.sessions[row.actor]));
    expectOutcome(row, res, privateIds(w.b));
    expect(await snapshotDatabase(t)).toEqual(before);
  });

  it('leaves every table exactly as it was before the table ran', async () => {
    expect(Object.keys(baseline).length).toBeGreaterThan(20);
    expect(await snapshotDatabase(t)).toEqual(baseline);
  });

  // Positive controls for the reads: the same operation shows B's objects to those entitled to them.
  it.each(READS.map((o) => ({ ...o, seer: o.seenBy === 'platformAdmin' ? 'platform admin' : `${LABEL[o.seenBy as ActorKey]} of B` })))(
    '$seer sees B’s objects when they $action',
    async (o) => {
      const session = o.seenBy === 'platformAdmin' ? w.admin : w.b.sessions[o.seenBy as ActorKey];
      const res = await o.run(ctx(session));
      expect(res.errors).toBeUndefined();
      expect(leakedIds(res, privateIds(w.b)).length).toBeGreaterThan(0);
    },
  );

  it.each(IMPACT_SCOPES.map(([what, scopeKey, seer]) => ({ what, scopeKey, seer, label: LABEL[seer] })))('$label of B sees the impact of B’s $what', async ({ scopeKey, seer }) => {
    for (const field of ['impact', 'impactCsv'] as const) {
      const res = await t.gql(impactQuery(field), { scope: { [scopeKey]: impactScopeId(w.b, scopeKey) } }, w.b.sessions[seer].token);
      expect(res.errors).toBeUndefined();
      expect(res.data?.[field]).toBeTruthy();
    }
  });

  it('is back to the world as built after every row', async () => {
    expect(await snapshotDatabase(t)).toEqual(baseline);
  });

  describe('nested fields answer what the top-level rules answer', () => {
    const SEERS = [...ACTOR_KEYS, 'platformAdmin'].map((seer) => ({ seer: seer as Seer, who: seer === 'platformAdmin' ? 'platform admin' : `${LABEL[seer as ActorKey]} of A` }));
    const sessionOf = (seer: Seer) => (seer === 'platformAdmin' ? w.admin : w.a.sessions[seer]);

    it.each(SEERS)('for the $who: User.volunteerProfile, User.mentorProfile and User.memberships', async ({ seer }) => {
      const token = sessionOf(seer).token;
      const reached = await reachableUsers(t, token);
      expect(reached.size).toBeGreaterThan(0);
      for (const user of reached.values()) {
        const facts = await factsOf(t, user.id);
        expect({ user: user.id, volunteerProfile: user.volunteerProfile?.id ?? null }).toEqual({
          user: user.id,
          volunteerProfile: facts.volunteerProfileId && (await seesTop(t, token, 'volunteerProfile', facts.volunteerProfileId)) ? facts.volunteerProfileId : null,
        });
        expect({ user: user.id, mentorProfile: user.mentorProfile?.id ?? null }).toEqual({
          user: user.id,
          mentorProfile: facts.mentorProfileId && (await seesTop(t, token, 'mentorProfile', facts.mentorProfileId)) ? facts.mentorProfileId : null,
        });
        const visibleMemberships: string[] = [];
        for (const mb of facts.memberships) if ((await membersSeen(t, token, mb.organizationId)).includes(mb.id)) visibleMemberships.push(mb.id);
        expect({ user: user.id, memberships: user.memberships.map((mb) => mb.id).sort() }).toEqual({ user: user.id, memberships: visibleMemberships.sort() });
      }
    });

    it.each(SEERS)('for the $who: User.email and MemberUser.email follow the email rule', async ({ seer }) => {
      const token = sessionOf(seer).token;
      const users = await reachableUsers(t, token);
      const members = await reachableMemberUsers(t, token);
      for (const [id, email] of [...[...users.values()].map((u) => [u.id, u.email] as const), ...members]) {
        expect({ seer, of: personOf(w, id), email: email !== null }).toEqual({ seer, of: personOf(w, id), email: mayReadEmail(w, seer, id) });
      }
    });

    // Positive and negative controls: the comparisons above covered both answers, on the paths the issue names.
    it('shows the nonprofit of A its confirmed volunteer with email but without their mentor profile or company, and no email of the mentor merely offered', async () => {
      const users = await reachableUsers(t, w.a.sessions.nonprofit.token);
      const volunteer = users.get(w.a.sessions.volunteer.userId);
      const mentor = users.get(w.a.sessions.mentor.userId);
      expect(volunteer).toMatchObject({ volunteerProfile: { id: w.a.volunteerProfileId }, mentorProfile: null, memberships: [] });
      expect(volunteer?.email).toContain('@');
      expect(mentor).toMatchObject({ mentorProfile: { id: w.a.mentorProfileId }, email: null });
      expect([...users.keys()].some((id) => personOf(w, id).startsWith('B.'))).toBe(false);
    });

    it('shows the curator of A its affiliated volunteer with both profiles but no email, and nobody of B', async () => {
      const users = await reachableUsers(t, w.a.sessions.curator.token);
      expect(users.get(w.a.sessions.volunteer.userId)).toMatchObject({
        volunteerProfile: { id: w.a.volunteerProfileId },
        mentorProfile: { id: w.a.volunteerMentorProfileId },
        email: null,
      });
      expect([...users.keys()].some((id) => personOf(w, id).startsWith('B.'))).toBe(false);
    });

    it('shows a colleague’s email to the company admin, not to the colleague', async () => {
      const byAdmin = new Map(await reachableMemberUsers(t, w.a.sessions.companyAdmin.token));
      expect(byAdmin.get(w.a.sessions.volunteer.userId)).toContain('@');
      const byColleague = new Map(await reachableMemberUsers(t, w.a.sessions.volunteer.token));
      expect(byColleague.has(w.a.sessions.companyAdmin.userId)).toBe(true);
      expect(byColleague.get(w.a.sessions.companyAdmin.userId)).toBeNull();
    });

    it('shows a funding offer’s budget to its funder and the funder’s curator, not to the nonprofit it is offered to', async () => {
      const budget = async (session: Session) => {
        const res = await must<{ match: { fundingOffer: { id: string; budgetTotal: number | null; budgetLeft: number | null } | null } }>(
          t,
          `query($id: ID!) { match(id: $id) { fundingOffer { id budgetTotal budgetLeft } } }`,
          { id: w.a.matches.offeredFunding },
          session,
        );
        return res.match.fundingOffer;
      };
      expect(await budget(w.a.sessions.funder)).toEqual({ id: w.a.fundingOfferId, budgetTotal: 50000, budgetLeft: 50000 });
      expect(await budget(w.a.sessions.curator)).toEqual({ id: w.a.fundingOfferId, budgetTotal: 50000, budgetLeft: 50000 });
      expect(await budget(w.a.sessions.nonprofit)).toEqual({ id: w.a.fundingOfferId, budgetTotal: null, budgetLeft: null });
    });
  });

  describe('positive controls: the right actor on their own objects', () => {
    const as = (key: ActorKey) => w.a.sessions[key];

    it('curator of A edits, publishes and signs its network draft, commits and reports progress', async () => {
      const statementId = w.a.statements.draft;
      await must(t, `mutation($s: ID!) { updateNetworkStatement(statementId: $s, version: 1, body: "Edited text") { id } }`, { s: statementId }, as('curator'));
      await must(t, `mutation($s: ID!) { publishNetworkStatement(statementId: $s, version: 2) { id } }`, { s: statementId }, as('curator'));
      await must(t, `mutation($s: ID!, $o: ID!) { signNetworkStatement(statementId: $s, organizationId: $o) { id } }`, { s: statementId, o: w.a.intermediaryId }, as('curator'));
      const { addStatementCommitment } = await must<{ addStatementCommitment: { id: string } }>(
        t,
        `mutation($s: ID!, $o: ID!) { addStatementCommitment(statementId: $s, organizationId: $o, text: "Mentor five founders") { id } }`,
        { s: statementId, o: w.a.intermediaryId },
        as('curator'),
      );
      await must(
        t,
        `mutation($id: ID!) { setStatementCommitmentStatus(commitmentId: $id, status: IN_PROGRESS, note: "Two so far") { id } }`,
        { id: addStatementCommitment.id },
        as('curator'),
      );
      const seen = await must<{ networkStatement: { status: string; body: string; progress: { inProgress: number; total: number } } }>(
        t,
        `query($id: ID!) { networkStatement(id: $id) { status body progress { inProgress total } } }`,
        { id: statementId },
        as('volunteer'),
      );
      expect(seen.networkStatement).toEqual({ status: 'PUBLISHED', body: 'Edited text', progress: { inProgress: 1, total: 1 } });
    });

    it('curator of A shares A’s open need with A’s network, sees it there, and stops sharing it', async () => {
      const vars = { need: w.a.openNeedId, n: w.a.networkId };
      const shared = await must<{ shareNeed: { sharedWithNetworkIds: string[] } }>(
        t,
        `mutation($need: ID!, $n: ID!) { shareNeed(needId: $need, networkId: $n) { sharedWithNetworkIds } }`,
        vars,
        as('curator'),
      );
      expect(shared.shareNeed.sharedWithNetworkIds).toEqual([w.a.networkId]);
      const seen = await must<{ network: { sharedNeeds: { needId: string; owner: { id: string } }[] } }>(
        t,
        `query($id: ID!) { network(id: $id) { sharedNeeds { needId owner { id } } } }`,
        { id: w.a.networkId },
        as('curator'),
      );
      expect(seen.network.sharedNeeds).toEqual([{ needId: w.a.openNeedId, owner: { id: w.a.intermediaryId } }]);
      await must(t, `mutation($need: ID!, $n: ID!) { unshareNeed(needId: $need, networkId: $n) { id } }`, vars, as('curator'));
    });

    it('nonprofit of A reads, changes and publishes its own new draft, with a role added', async () => {
      const created = await must<{ createNeed: { id: string } }>(
        t,
        `mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }`,
        {
          input: needInput(w.a.nonprofitId, w.a.programId, 'Second draft'),
        },
        as('nonprofit'),
      );
      const id = created.createNeed.id;
      expect((await t.gql(`query($id: ID!) { need(id: $id) { id status } }`, { id }, as('nonprofit').token)).data).toEqual({ need: { id, status: 'DRAFT' } });
      await must(t, `mutation($id: ID!) { updateNeed(id: $id, input: { title: "Second draft, renamed" }) { id } }`, { id }, as('nonprofit'));
      await must(
        t,
        `mutation($id: ID!, $input: RoleInput!) { addNeedRole(needId: $id, input: $input) { id } }`,
        {
          id,
          input: { kind: 'FUNDING', title: 'More money', amount: 100 },
        },
        as('nonprofit'),
      );
      const published = await must<{ publishNeed: { status: string } }>(t, `mutation($id: ID!) { publishNeed(id: $id) { status } }`, { id }, as('nonprofit'));
      expect(published.publishNeed.status).toBe('OPEN');
    });

    it('nonprofit of A finds its own drafts by naming its own nonprofit', async () => {
      const res = await must<{ needs: { nodes: { id: string }[] } }>(
        t,
        `query($id: ID!) { needs(first: 100, filter: { nonprofitId: $id, status: [DRAFT] }) { nodes { id } } }`,
        {
          id: w.a.nonprofitId,
        },
        as('nonprofit'),
      );
      expect(res.needs.nodes.map((n) => n.id)).toContain(w.a.draftNeedId);
    });

    it('curator of A approves A’s proposal', async () => {
      const res = await must<{ approveProposals: { ok: boolean; match: { status: string } }[] }>(
        t,
        `mutation($input: ProposalDecisionInput!) { approveProposals(input: $input) { ok match { status } } }`,
        { input: { matchIds: [w.a.matches.proposed] } },
        as('curator'),
      );
      expect(res.approveProposals).toEqual([{ ok: true, match: { status: 'OFFERED' } }]);
    });

    it('volunteer of A accepts A’s offer, and the nonprofit of A sees it', async () => {
      const res = await must<{ acceptMatch: { candidateAcceptedAt: string | null } }>(
        t,
        `mutation($id: ID!) { acceptMatch(id: $id, version: 1) { candidateAcceptedAt } }`,
        { id: w.a.matches.offered },
        as('volunteer'),
      );
      expect(res.acceptMatch.candidateAcceptedAt).not.toBeNull();
      const seen = await must<{ match: { id: string } }>(t, `query($id: ID!) { match(id: $id) { id } }`, { id: w.a.matches.offered }, as('nonprofit'));
      expect(seen.match.id).toBe(w.a.matches.offered);
    });

    it('nonprofit of A sees and declines A’s interest, and the volunteer of A sees it declined', async () => {
      const queue = await must<{ interests: { nodes: { id: string }[] } }>(
        t,
        `query($id: ID!) { interests(filter: { needId: $id }) { nodes { id } } }`,
        { id: w.a.openNeedId },
        as('nonprofit'),
      );
      expect(queue.interests.nodes.map((i) => i.id)).toEqual([w.a.interestId]);
      await must(t, `mutation($id: ID!) { declineInterest(id: $id, reason: "Filled") { id } }`, { id: w.a.interestId }, as('nonprofit'));
      const mine = await must<{ interests: { nodes: { id: string; status: string }[] } }>(t, `{ interests(filter: { mine: true }) { nodes { id status } } }`, {}, as('volunteer'));
      expect(mine.interests.nodes).toEqual([{ id: w.a.interestId, status: 'DECLINED' }]);
    });

    it('curator of A vets A’s affiliation, renames A’s program and starts a run for it', async () => {
      await must(t, `mutation($id: ID!) { setAffiliationVetted(id: $id, vetted: false) { id } }`, { id: w.a.affiliationId }, as('curator'));
      await must(t, `mutation($id: ID!) { updateProgram(id: $id, input: { name: "Cohort A, renamed" }) { id } }`, { id: w.a.programId }, as('curator'));
      const run = await must<{ startMatchingRun: { id: string } }>(
        t,
        `mutation($input: StartMatchingRunInput!) { startMatchingRun(input: $input) { id } }`,
        {
          input: { scope: 'PROGRAM', scopeId: w.a.programId },
        },
        as('curator'),
      );
      expect(run.startMatchingRun.id).toBeTruthy();
    });

    it('funder of A changes and pauses A’s funding offer', async () => {
      await must(t, `mutation($id: ID!) { updateFundingOffer(id: $id, input: { budgetTotal: 60000 }) { id } }`, { id: w.a.fundingOfferId }, as('funder'));
      const res = await must<{ setFundingOfferActive: { active: boolean } }>(
        t,
        `mutation($id: ID!) { setFundingOfferActive(id: $id, active: false) { active } }`,
        {
          id: w.a.fundingOfferId,
        },
        as('funder'),
      );
      expect(res.setFundingOfferActive.active).toBe(false);
    });

    it('company admin of A updates A’s company and sees its pending invitations', async () => {
      await must(t, `mutation($id: ID!) { updateOrganization(id: $id, input: { description: "Ours" }) { id } }`, { id: w.a.companyId }, as('companyAdmin'));
      const res = await must<{ invitations: { id: string }[] }>(t, `query($o: ID!) { invitations(organizationId: $o) { id } }`, { o: w.a.companyId }, as('companyAdmin'));
      expect(res.invitations.map((i) => i.id)).toEqual([w.a.invitation.id]);
    });

    it('volunteer and mentor of A replace their own profiles and leave B’s untouched', async () => {
      const volunteerB = await rowDigest(t, 'volunteer_profile', w.b.volunteerProfileId);
      const mentorB = await rowDigest(t, 'mentor_profile', w.b.mentorProfileId);
      await must(
        t,
        `mutation($input: VolunteerProfileInput!) { upsertVolunteerProfile(input: $input) { id } }`,
        {
          input: { ...VOLUNTEER_INPUT(w.a.companyId), headline: 'Changed', maxConcurrentEngagements: 3 },
        },
        as('volunteer'),
      );
      await must(
        t,
        `mutation($input: MentorProfileInput!) { upsertMentorProfile(input: $input) { id } }`,
        {
          input: { country: 'JP', languages: ['ja'], headline: 'Changed', menteeCapacity: 3, expertise: [{ skillId: 'business-strategy', level: 4 }] },
        },
        as('mentor'),
      );
      expect(await rowDigest(t, 'volunteer_profile', w.b.volunteerProfileId)).toBe(volunteerB);
      expect(await rowDigest(t, 'mentor_profile', w.b.mentorProfileId)).toBe(mentorB);
    });
  });

  describe('positive controls: engagements', () => {
    it('volunteer of A logs hours on A’s engagement, the nonprofit of A confirms them and rates A’s completed engagement', async () => {
      const logged = await must<{ logHours: { id: string } }>(
        t,
        `mutation($id: ID!, $input: LogHoursInput!) { logHours(matchId: $id, input: $input) { id } }`,
        {
          id: w.a.matches.active,
          input: { workedOn: YESTERDAY(), hours: 2 },
        },
        w.a.sessions.volunteer,
      );
      const confirmed = await must<{ confirmHours: { status: string } }>(
        t,
        `mutation($id: ID!) { confirmHours(id: $id) { status } }`,
        { id: logged.logHours.id },
        w.a.sessions.nonprofit,
      );
      expect(confirmed.confirmHours.status).toBe('CONFIRMED');
      const disputed = await must<{ disputeHours: { status: string } }>(
        t,
        `mutation($id: ID!) { disputeHours(id: $id, reason: "Only one hour") { status } }`,
        {
          id: w.a.hoursLogId,
        },
        w.a.sessions.nonprofit,
      );
      expect(disputed.disputeHours.status).toBe('DISPUTED');
      const feedback = await must<{ leaveFeedback: { id: string } }>(
        t,
        `mutation($id: ID!, $input: LeaveFeedbackInput!) { leaveFeedback(matchId: $id, input: $input) { id } }`,
        {
          id: w.a.matches.completed,
          input: { rating: 5, comment: 'Great work' },
        },
        w.a.sessions.nonprofit,
      );
      expect(feedback.leaveFeedback.id).toBeTruthy();
    });

    it('company admin of A switches sign-off for A’s company on and off', async () => {
      const SET = `mutation($id: ID!, $on: Boolean!) { setEmployerSignOff(organizationId: $id, required: $on) { requiresEmployerSignOff } }`;
      const on = await must<{ setEmployerSignOff: { requiresEmployerSignOff: boolean } }>(t, SET, { id: w.a.companyId, on: true }, w.a.sessions.companyAdmin);
      expect(on.setEmployerSignOff.requiresEmployerSignOff).toBe(true);
      const off = await must<{ setEmployerSignOff: { requiresEmployerSignOff: boolean } }>(t, SET, { id: w.a.companyId, on: false }, w.a.sessions.companyAdmin);
      expect(off.setEmployerSignOff.requiresEmployerSignOff).toBe(false);
    });

    it('company admin of A sees the confirmed hours of A’s employees in aggregate', async () => {
      const res = await must<{ impact: { totals: { confirmedHours: number } } }>(t, impactQuery('impact'), { scope: { companyId: w.a.companyId } }, w.a.sessions.companyAdmin);
      expect(res.impact.totals.confirmedHours).toBeGreaterThan(0);
    });
  });

  describe('the platform admin', () => {
    it('reads B’s draft need and B’s matches', async () => {
      const need = await must<{ need: { id: string } }>(t, `query($id: ID!) { need(id: $id) { id } }`, { id: w.b.draftNeedId }, w.admin);
      expect(need.need.id).toBe(w.b.draftNeedId);
      const matches = await must<{ matches: { nodes: { id: string }[] } }>(
        t,
        `query($id: ID!) { matches(first: 100, filter: { needId: $id }) { nodes { id } } }`,
        {
          id: w.b.openNeedId,
        },
        w.admin,
      );
      expect(matches.matches.nodes.map((m) => m.id).sort()).toEqual([w.b.matches.proposed, w.b.matches.offered, w.b.matches.offeredMentor, w.b.matches.offeredFunding].sort());
    });
  });
});
