import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { AccessService, StatementParts } from '../common/access/access.service';
import { Actor } from '../common/access/actor';
import { UnitOfWork } from '../common/database/unit-of-work';
import { AppError } from '../common/errors/app-error';
import { sentFields } from '../common/validation/update-fields';
import {
  AddStatementCommitmentArgs,
  CreateNetworkStatementArgs,
  PublishNetworkStatementArgs,
  SetStatementCommitmentStatusArgs,
  SignNetworkStatementArgs,
  UpdateNetworkStatementArgs,
} from './dtos/network-statement.inputs';
import { StatementProgress } from './dtos/statement-progress.view';
import { NetworkStatementEntity, NetworkStatementStatus } from './network-statement.entity';
import { StatementCommitmentEntity, StatementCommitmentStatus } from './statement-commitment.entity';
import { StatementSignatureEntity } from './statement-signature.entity';

export const MAX_STATEMENTS_LISTED = 20;
// A network has about ten members, a few dozen at most; each signs once and commits a handful of times.
export const MAX_SIGNATURES_LISTED = 100;
export const MAX_COMMITMENTS_LISTED = 200;

const notFound = () => AppError.notFound('Network statement');

/**
 * A network's joint statements: drafted by member curators, published by the drafting intermediary,
 * signed once per member intermediary, and the signatories' commitments tracked to their end.
 * Who may do what is the access service's; this service keeps the order of a statement's life.
 */
@Injectable()
export class NetworkStatementsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly access: AccessService,
    private readonly dataSource: DataSource,
  ) {}

  create(actor: Actor, { networkId, organizationId, title, body }: CreateNetworkStatementArgs): Promise<NetworkStatementEntity> {
    return this.unitOfWork.run(async ({ manager: m }) => {
      const network: unknown[] = await m.query('SELECT 1 FROM network WHERE id = $1', [networkId]);
      if (network.length === 0) throw AppError.notFound('Network');
      const draftedByOrganizationId = await this.access.assertNetworkCurator(actor, networkId, organizationId, m);
      return m.save(m.create(NetworkStatementEntity, { networkId, title, body, draftedByOrganizationId, draftedByUserId: actor.userId }));
    });
  }

  /** Any member curator edits a draft; the version they edited must still be the current one. */
  update(actor: Actor, { statementId, version, ...input }: UpdateNetworkStatementArgs): Promise<NetworkStatementEntity> {
    return this.unitOfWork.run(async ({ manager: m }) => {
      const { statement, parts } = await this.locked(actor, statementId, m);
      if (parts.curatorFor.length === 0) throw AppError.forbidden('Only curators of a member intermediary of this network can edit its statements.');
      assertDraft(statement, 'edited');
      assertVersion(statement, version);
      const changes = sentFields(input);
      statement.version += 1;
      await m.update(NetworkStatementEntity, { id: statement.id }, { ...changes, version: statement.version });
      return m.findOneByOrFail(NetworkStatementEntity, { id: statement.id });
    });
  }

  publish(actor: Actor, { statementId, version }: PublishNetworkStatementArgs): Promise<NetworkStatementEntity> {
    return this.unitOfWork.run(async ({ manager: m }) => {
      const { statement, parts } = await this.locked(actor, statementId, m);
      this.access.assertStatementPenHolder(parts);
      assertDraft(statement, 'published again');
      assertVersion(statement, version);
      await m.update(NetworkStatementEntity, { id: statement.id }, { status: NetworkStatementStatus.PUBLISHED, publishedAt: () => 'now()', version: statement.version + 1 });
      return m.findOneByOrFail(NetworkStatementEntity, { id: statement.id });
    });
  }

  /** A withdrawn statement stays readable as the record, with its signatures; nothing more can be signed or committed. */
  withdraw(actor: Actor, statementId: string): Promise<NetworkStatementEntity> {
    return this.unitOfWork.run(async ({ manager: m }) => {
      const { statement, parts } = await this.locked(actor, statementId, m);
      this.access.assertStatementPenHolder(parts);
      assertPublished(statement, 'withdrawn');
      await m.update(NetworkStatementEntity, { id: statement.id }, { status: NetworkStatementStatus.WITHDRAWN, withdrawnAt: () => 'now()', version: statement.version + 1 });
      return m.findOneByOrFail(NetworkStatementEntity, { id: statement.id });
    });
  }

  sign(actor: Actor, { statementId, organizationId }: SignNetworkStatementArgs): Promise<StatementSignatureEntity> {
    return this.unitOfWork.run(async ({ manager: m }) => {
      const { statement, parts } = await this.locked(actor, statementId, m);
      this.access.assertActsForMember(parts, organizationId);
      assertPublished(statement, 'signed');
      if (await m.existsBy(StatementSignatureEntity, { statementId, organizationId })) {
        throw AppError.conflict('This organization has already signed the statement.', { reason: 'ALREADY_SIGNED' });
      }
      return m.save(m.create(StatementSignatureEntity, { statementId, organizationId, signedByUserId: actor.userId }));
    });
  }

  addCommitment(actor: Actor, { statementId, organizationId, text, dueOn }: AddStatementCommitmentArgs): Promise<StatementCommitmentEntity> {
    return this.unitOfWork.run(async ({ manager: m }) => {
      const { statement, parts } = await this.locked(actor, statementId, m);
      this.access.assertActsForMember(parts, organizationId);
      assertPublished(statement, 'committed to');
      if (!(await m.existsBy(StatementSignatureEntity, { statementId, organizationId }))) {
        throw AppError.forbidden('Only organizations that signed the statement can commit to it; sign it first.');
      }
      // The statement row is locked above, so two curators cannot both add the last one.
      if ((await m.countBy(StatementCommitmentEntity, { statementId })) >= MAX_COMMITMENTS_LISTED) {
        throw AppError.conflict(`A statement holds at most ${MAX_COMMITMENTS_LISTED} commitments.`, { reason: 'TOO_MANY_COMMITMENTS' });
      }
      return m.save(m.create(StatementCommitmentEntity, { statementId, organizationId, text, dueOn: dueOn ?? null }));
    });
  }

  setCommitmentStatus(actor: Actor, { commitmentId, status, note }: SetStatementCommitmentStatusArgs): Promise<StatementCommitmentEntity> {
    return this.unitOfWork.run(async ({ manager: m }) => {
      const commitment = await m.findOne(StatementCommitmentEntity, { where: { id: commitmentId }, lock: { mode: 'pessimistic_write' } });
      const parts = commitment ? await this.access.statementPartsOf(actor, commitment.statementId, m) : null;
      if (!commitment || !parts) throw AppError.notFound('Statement commitment');
      this.access.assertActsForMember(parts, commitment.organizationId);
      if (parts.status !== 'PUBLISHED') throw AppError.conflict('The statement was withdrawn: its commitments are closed.', { reason: 'STATEMENT_WITHDRAWN' });
      await m.update(StatementCommitmentEntity, { id: commitment.id }, { status, progressNote: note });
      return m.findOneByOrFail(StatementCommitmentEntity, { id: commitment.id });
    });
  }

  /** The statement, when the actor may read it; NOT_FOUND otherwise, so drafts do not leak. */
  async get(actor: Actor, statementId: string): Promise<NetworkStatementEntity> {
    const parts = await this.access.statementPartsOf(actor, statementId);
    const statement = parts ? await this.dataSource.manager.findOneBy(NetworkStatementEntity, { id: statementId }) : null;
    if (!statement) throw notFound();
    return statement;
  }

  /** The newest statements of each network the actor may read, at most `limit` each, in one query. */
  async newestOf(actor: Actor, networkIds: readonly string[], limit = MAX_STATEMENTS_LISTED): Promise<Map<string, NetworkStatementEntity[]>> {
    const byNetwork = new Map<string, NetworkStatementEntity[]>(networkIds.map((id) => [id, []]));
    if (networkIds.length === 0) return byNetwork;
    const ranked = this.dataSource
      .createQueryBuilder()
      .select('r.id', 'id')
      .addSelect('row_number() OVER (PARTITION BY r.network_id ORDER BY r.created_at DESC, r.id DESC)', 'n')
      .from(NetworkStatementEntity, 'r')
      .where('r.network_id = ANY(:networkIds::uuid[])', { networkIds: [...networkIds] });
    this.access.scopeNetworkStatements(actor, ranked, 'r');
    const rows = await this.dataSource.manager
      .createQueryBuilder(NetworkStatementEntity, 's')
      .where(`s.id IN (SELECT ranked.id FROM (${ranked.getQuery()}) ranked WHERE ranked.n <= :limit)`)
      .setParameters({ ...ranked.getParameters(), limit })
      .orderBy('s.created_at', 'DESC')
      .addOrderBy('s.id', 'DESC')
      .getMany();
    for (const row of rows) byNetwork.get(row.networkId)?.push(row);
    return byNetwork;
  }

  /** Commitments counted by status, for each statement, in one query. */
  async progressOf(statementIds: readonly string[]): Promise<Map<string, StatementProgress>> {
    const rows = (await this.dataSource.query(`SELECT statement_id, status, count(*)::int AS n FROM statement_commitment WHERE statement_id = ANY($1::uuid[]) GROUP BY 1, 2`, [
      statementIds,
    ])) as { statement_id: string; status: StatementCommitmentStatus; n: number }[];
    const progress = new Map<string, StatementProgress>(statementIds.map((id) => [id, { open: 0, inProgress: 0, done: 0, dropped: 0, total: 0 }]));
    const field: Record<StatementCommitmentStatus, 'open' | 'inProgress' | 'done' | 'dropped'> = { OPEN: 'open', IN_PROGRESS: 'inProgress', DONE: 'done', DROPPED: 'dropped' };
    for (const row of rows) {
      const p = progress.get(row.statement_id);
      if (!p) continue;
      p[field[row.status]] += row.n;
      p.total += row.n;
    }
    return progress;
  }

  private async locked(actor: Actor, statementId: string, m: EntityManager): Promise<{ statement: NetworkStatementEntity; parts: StatementParts }> {
    const statement = await m.findOne(NetworkStatementEntity, { where: { id: statementId }, lock: { mode: 'pessimistic_write' } });
    const parts = statement ? await this.access.statementPartsOf(actor, statementId, m) : null;
    if (!statement || !parts) throw notFound();
    return { statement, parts };
  }
}

function assertDraft(statement: NetworkStatementEntity, what: string): void {
  if (statement.status !== NetworkStatementStatus.DRAFT) {
    throw AppError.conflict(`This statement is ${statement.status.toLowerCase()}: it can no longer be ${what}.`, { reason: 'NOT_DRAFT' });
  }
}

function assertPublished(statement: NetworkStatementEntity, what: string): void {
  if (statement.status !== NetworkStatementStatus.PUBLISHED) {
    throw AppError.conflict(`Only a published statement can be ${what}; this one is ${statement.status.toLowerCase()}.`, { reason: 'NOT_PUBLISHED' });
  }
}

function assertVersion(statement: NetworkStatementEntity, version: number): void {
  if (statement.version !== version) {
    throw AppError.conflict('Someone changed this statement since you opened it: reload it and apply your change again.', {
      reason: 'STALE_VERSION',
      currentVersion: statement.version,
    });
  }
}
