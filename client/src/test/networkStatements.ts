import { NetworkStatementStatus, StatementCommitmentStatus } from '../generated/graphql';

/** A published statement as the API answers it, for the network statements pages' tests. */
const org = (id: string, name: string) => ({ __typename: 'Organization' as const, id, name });
export const JP = org('o1', 'Probono Link Japan');
export const SG = org('o2', 'Singapore Pro Bono Hub');

export function statementFixture(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'NetworkStatement' as const,
    id: 's1',
    networkId: 'n1',
    title: 'Tokyo Pro Bono Rally Declaration',
    body: 'We agree to share needs.\n私たちは協力します。',
    status: NetworkStatementStatus.Published,
    version: 3,
    publishedAt: '2027-03-13T09:30:00Z',
    withdrawnAt: null,
    draftedBy: JP,
    signatures: [{ __typename: 'StatementSignature' as const, id: 'sig1', signedAt: '2027-03-13T09:40:00Z', organization: JP }],
    commitments: [
      {
        __typename: 'StatementCommitment' as const,
        id: 'c1',
        organizationId: JP.id,
        organization: JP,
        text: 'Share every need we cannot staff',
        dueOn: '2027-06-30',
        status: StatementCommitmentStatus.InProgress,
        progressNote: '12 needs shared',
        updatedAt: '2027-04-01T00:00:00Z',
      },
    ],
    progress: { __typename: 'StatementProgress' as const, open: 0, inProgress: 1, done: 0, dropped: 0, total: 1 },
    viewerCanEdit: false,
    viewerIsPenHolder: false,
    signableOrganizations: [] as { __typename: 'Organization'; id: string; name: string }[],
    viewerOrganizations: [] as { __typename: 'Organization'; id: string; name: string }[],
    ...overrides,
  };
}
