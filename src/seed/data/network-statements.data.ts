import { NetworkStatementStatus } from '../../network-statements/network-statement.entity';
import { StatementCommitmentStatus } from '../../network-statements/statement-commitment.entity';
import { seedId } from '../seed-id';
import type { DemoWorld } from './demo-world.types';

const PUBLISHED_AT = new Date('2027-03-13T09:30:00Z');

const BODY = `We, pro-bono intermediaries from across Asia, with our partners in the United States and Europe, met at the Pro Bono Rally in Tokyo.

We agree to share the needs of nonprofits we cannot serve ourselves with the other members of the network, to train each other's staff in the team-project method, and to report our results openly each year.

私たちは、アジアのプロボノ推進団体として、この宣言に基づき協力します。`;

// What each signatory commits to, and how far it is: a mix of states so the progress summary shows something.
const COMMITMENTS: readonly { text: string; dueOn: string | null; status: StatementCommitmentStatus; progressNote: string }[] = [
  {
    text: 'Share every need we cannot staff within two weeks with the network.',
    dueOn: '2027-06-30',
    status: StatementCommitmentStatus.IN_PROGRESS,
    progressNote: '12 needs shared so far.',
  },
  { text: 'Train two partner intermediaries in the team-project method.', dueOn: '2027-12-31', status: StatementCommitmentStatus.OPEN, progressNote: '' },
  { text: 'Host the 2028 rally.', dueOn: '2028-03-31', status: StatementCommitmentStatus.OPEN, progressNote: '' },
  { text: 'Publish our yearly pro-bono hours and outcomes.', dueOn: '2027-04-30', status: StatementCommitmentStatus.DONE, progressNote: 'Report published in April.' },
  {
    text: 'Run a joint online course for nonprofits in three languages.',
    dueOn: null,
    status: StatementCommitmentStatus.DROPPED,
    progressNote: 'Merged into the training commitment.',
  },
];

/**
 * The Asian network's joint declaration from the Tokyo rally: drafted by the Japanese intermediary,
 * published, signed by its first six members, with a commitment each from the first five signatories.
 */
export function addDemoNetworkStatements(world: DemoWorld, ids: { asiaNetwork: string; jpIntermediary: string }): void {
  const firstMember = (organizationId: string) => world.memberships.find((m) => m.organizationId === organizationId)?.userId ?? null;
  const members = world.networkMembers.filter((m) => m.networkId === ids.asiaNetwork).map((m) => m.organizationId);
  const signatories = [ids.jpIntermediary, ...members.filter((id) => id !== ids.jpIntermediary)].slice(0, 6);
  const statementId = seedId('network-statement:tokyo-rally-2027');
  world.networkStatements.push({
    id: statementId,
    networkId: ids.asiaNetwork,
    title: 'Tokyo Pro Bono Rally Declaration 2027 (東京プロボノ宣言)',
    body: BODY,
    status: NetworkStatementStatus.PUBLISHED,
    draftedByOrganizationId: ids.jpIntermediary,
    draftedByUserId: firstMember(ids.jpIntermediary),
    publishedAt: PUBLISHED_AT,
    version: 3,
  });
  signatories.forEach((organizationId, i) =>
    world.statementSignatures.push({
      id: seedId(`statement-signature:tokyo-rally-2027:${organizationId}`),
      statementId,
      organizationId,
      signedByUserId: firstMember(organizationId),
      signedAt: new Date(PUBLISHED_AT.getTime() + (i + 1) * 600_000),
    }),
  );
  COMMITMENTS.forEach((commitment, i) =>
    world.statementCommitments.push({ id: seedId(`statement-commitment:tokyo-rally-2027:${i}`), statementId, organizationId: signatories[i], ...commitment }),
  );
}
