import { gqlData, intermediaryWithCurator, Session } from '../utils/operations';
import { TestApp } from '../utils/test-app';

export const STATEMENT_FIELDS = `id networkId title body status version publishedAt withdrawnAt draftedBy { id }
  signatures { organizationId organization { id name } }
  commitments { id organizationId text dueOn status progressNote }
  progress { open inProgress done dropped total }
  viewerCanEdit viewerIsPenHolder signableOrganizations { id }`;

export const CREATE = `mutation($networkId: ID!, $title: String!, $body: String!, $organizationId: ID) {
  createNetworkStatement(networkId: $networkId, title: $title, body: $body, organizationId: $organizationId) { ${STATEMENT_FIELDS} } }`;
export const UPDATE = `mutation($statementId: ID!, $version: Int!, $title: String, $body: String) {
  updateNetworkStatement(statementId: $statementId, version: $version, title: $title, body: $body) { ${STATEMENT_FIELDS} } }`;
export const PUBLISH = `mutation($statementId: ID!, $version: Int!) { publishNetworkStatement(statementId: $statementId, version: $version) { ${STATEMENT_FIELDS} } }`;
export const WITHDRAW = `mutation($statementId: ID!) { withdrawNetworkStatement(statementId: $statementId) { ${STATEMENT_FIELDS} } }`;
export const SIGN = `mutation($statementId: ID!, $organizationId: ID!) { signNetworkStatement(statementId: $statementId, organizationId: $organizationId) { ${STATEMENT_FIELDS} } }`;
export const COMMIT = `mutation($statementId: ID!, $organizationId: ID!, $text: String!, $dueOn: String) {
  addStatementCommitment(statementId: $statementId, organizationId: $organizationId, text: $text, dueOn: $dueOn) { id statementId organizationId text dueOn status progressNote } }`;
export const SET_STATUS = `mutation($commitmentId: ID!, $status: StatementCommitmentStatus!, $note: String!) {
  setStatementCommitmentStatus(commitmentId: $commitmentId, status: $status, note: $note) { id status progressNote } }`;
export const STATEMENT = `query($id: ID!) { networkStatement(id: $id) { ${STATEMENT_FIELDS} } }`;
export const NETWORK_STATEMENTS = `query($id: ID!) { network(id: $id) { id statements { id title status } viewerMemberIntermediaries { id } } }`;

export interface StatementView {
  id: string;
  networkId: string;
  title: string;
  body: string;
  status: string;
  version: number;
  publishedAt: string | null;
  withdrawnAt: string | null;
  draftedBy: { id: string };
  signatures: { organizationId: string; organization: { id: string; name: string } }[];
  commitments: { id: string; organizationId: string; text: string; dueOn: string | null; status: string; progressNote: string }[];
  progress: { open: number; inProgress: number; done: number; dropped: number; total: number };
  viewerCanEdit: boolean;
  viewerIsPenHolder: boolean;
  signableOrganizations: { id: string }[];
}

/** A network made by the platform admin, with `members` intermediaries, each with a curator. */
export async function networkWithMembers(t: TestApp, admin: Session, members: number, name: string): Promise<{ networkId: string; members: { id: string; curator: Session }[] }> {
  const { createNetwork } = await gqlData<{ createNetwork: { id: string } }>(
    t,
    `mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id } }`,
    { input: { name, region: 'Asia' } },
    admin.token,
  );
  const list: { id: string; curator: Session }[] = [];
  for (let i = 0; i < members; i++) {
    const member = await intermediaryWithCurator(t, admin, `${name} member ${i + 1}`);
    await gqlData(
      t,
      `mutation($networkId: ID!, $organizationId: ID!) { addNetworkMember(networkId: $networkId, organizationId: $organizationId) { id } }`,
      { networkId: createNetwork.id, organizationId: member.id },
      admin.token,
    );
    list.push(member);
  }
  return { networkId: createNetwork.id, members: list };
}
