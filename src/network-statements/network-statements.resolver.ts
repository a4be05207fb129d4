import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { AccessService } from '../common/access/access.service';
import { Actor } from '../common/access/actor';
import { CurrentActor } from '../common/auth/auth.decorators';
import { AppError } from '../common/errors/app-error';
import { ListSize } from '../common/graphql/query-limits';
import { RequestContext } from '../common/graphql/request-context';
import { ParseUuidPipe } from '../common/validation/parse-uuid.pipe';
import { NetworkEntity } from '../networks/network.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import {
  AddStatementCommitmentArgs,
  CreateNetworkStatementArgs,
  PublishNetworkStatementArgs,
  SetStatementCommitmentStatusArgs,
  SignNetworkStatementArgs,
  StatementIdArgs,
  UpdateNetworkStatementArgs,
} from './dtos/network-statement.inputs';
import { StatementProgress } from './dtos/statement-progress.view';
import { NetworkStatementEntity, NetworkStatementStatus } from './network-statement.entity';
import { MAX_COMMITMENTS_LISTED, MAX_SIGNATURES_LISTED, MAX_STATEMENTS_LISTED, NetworkStatementsService } from './network-statements.service';
import { StatementCommitmentEntity } from './statement-commitment.entity';
import { StatementSignatureEntity } from './statement-signature.entity';

// One person curates for a handful of intermediaries at most.
const MAX_VIEWER_ORGANIZATIONS = 50;

/** The network's member intermediaries the actor curates for, batched per request. */
const curatorshipLoader = (ctx: RequestContext, actor: Actor, access: AccessService) =>
  ctx.loaders.custom<string, string[]>('network-curatorship', async (networkIds) => {
    const byNetwork = await access.networkCuratorships(actor, networkIds);
    return networkIds.map((id) => byNetwork.get(id) ?? []);
  });

const organization = async (ctx: RequestContext, id: string): Promise<OrganizationEntity> => {
  const found = await ctx.loaders.one(OrganizationEntity).load(id);
  if (!found) throw AppError.notFound('Organization');
  return found;
};

const organizations = async (ctx: RequestContext, ids: string[]): Promise<OrganizationEntity[]> =>
  (await ctx.loaders.one(OrganizationEntity).loadMany(ids.slice(0, MAX_VIEWER_ORGANIZATIONS))).filter((o): o is OrganizationEntity => o !== null && !(o instanceof Error));

@Resolver(() => NetworkEntity)
export class NetworkStatementsOfNetworkResolver {
  constructor(
    private readonly service: NetworkStatementsService,
    private readonly access: AccessService,
  ) {}

  @ResolveField(() => [OrganizationEntity], { description: 'Your intermediaries that are members of this network: they may draft, sign and commit to its statements' })
  @ListSize(MAX_VIEWER_ORGANIZATIONS)
  async viewerMemberIntermediaries(@CurrentActor() actor: Actor, @Parent() network: NetworkEntity, @Context() ctx: RequestContext): Promise<OrganizationEntity[]> {
    return organizations(ctx, await curatorshipLoader(ctx, actor, this.access).load(network.id));
  }

  @ResolveField(() => [NetworkStatementEntity], {
    description: `The network's joint statements, newest first, at most ${MAX_STATEMENTS_LISTED}: drafts only for curators of its members`,
  })
  @ListSize(MAX_STATEMENTS_LISTED)
  statements(@CurrentActor() actor: Actor, @Parent() network: NetworkEntity, @Context() ctx: RequestContext): Promise<NetworkStatementEntity[]> {
    return ctx.loaders
      .custom<string, NetworkStatementEntity[]>('network-statements', async (networkIds) => {
        const byNetwork = await this.service.newestOf(actor, networkIds);
        return networkIds.map((id) => byNetwork.get(id) ?? []);
      })
      .load(network.id);
  }
}

@Resolver(() => NetworkStatementEntity)
export class NetworkStatementsResolver {
  constructor(
    private readonly statements: NetworkStatementsService,
    private readonly access: AccessService,
  ) {}

  @Query(() => NetworkStatementEntity, { description: 'Published and withdrawn statements for everyone signed in; drafts for curators of the network members' })
  networkStatement(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseUuidPipe) id: string): Promise<NetworkStatementEntity> {
    return this.statements.get(actor, id);
  }

  @Mutation(() => NetworkStatementEntity, { description: 'A curator of a member intermediary drafts a joint statement' })
  createNetworkStatement(@CurrentActor() actor: Actor, @Args() args: CreateNetworkStatementArgs): Promise<NetworkStatementEntity> {
    return this.statements.create(actor, args);
  }

  @Mutation(() => NetworkStatementEntity, { description: 'A curator of a member intermediary edits a draft; send the version you edited' })
  updateNetworkStatement(@CurrentActor() actor: Actor, @Args() args: UpdateNetworkStatementArgs): Promise<NetworkStatementEntity> {
    return this.statements.update(actor, args);
  }

  @Mutation(() => NetworkStatementEntity, { description: 'The drafting intermediary publishes the draft as the version you read; then members sign it' })
  publishNetworkStatement(@CurrentActor() actor: Actor, @Args() args: PublishNetworkStatementArgs): Promise<NetworkStatementEntity> {
    return this.statements.publish(actor, args);
  }

  @Mutation(() => NetworkStatementEntity, { description: 'The drafting intermediary withdraws a published statement; it stays readable as withdrawn' })
  withdrawNetworkStatement(@CurrentActor() actor: Actor, @Args() { statementId }: StatementIdArgs): Promise<NetworkStatementEntity> {
    return this.statements.withdraw(actor, statementId);
  }

  @Mutation(() => NetworkStatementEntity, { description: 'A curator signs a published statement for their member intermediary, once' })
  async signNetworkStatement(@CurrentActor() actor: Actor, @Args() args: SignNetworkStatementArgs): Promise<NetworkStatementEntity> {
    await this.statements.sign(actor, args);
    return this.statements.get(actor, args.statementId);
  }

  @Mutation(() => StatementCommitmentEntity, { description: 'A signatory intermediary commits to something under the statement' })
  addStatementCommitment(@CurrentActor() actor: Actor, @Args() args: AddStatementCommitmentArgs): Promise<StatementCommitmentEntity> {
    return this.statements.addCommitment(actor, args);
  }

  @Mutation(() => StatementCommitmentEntity, { description: "The committing intermediary's curators report progress" })
  setStatementCommitmentStatus(@CurrentActor() actor: Actor, @Args() args: SetStatementCommitmentStatusArgs): Promise<StatementCommitmentEntity> {
    return this.statements.setCommitmentStatus(actor, args);
  }

  @ResolveField(() => OrganizationEntity, { description: 'The member intermediary that drafted it' })
  draftedBy(@Parent() statement: NetworkStatementEntity, @Context() ctx: RequestContext): Promise<OrganizationEntity> {
    return organization(ctx, statement.draftedByOrganizationId);
  }

  @ResolveField(() => [StatementSignatureEntity], { description: `Earliest first, at most ${MAX_SIGNATURES_LISTED}` })
  @ListSize(MAX_SIGNATURES_LISTED)
  signatures(@Parent() statement: NetworkStatementEntity, @Context() ctx: RequestContext): Promise<StatementSignatureEntity[]> {
    return ctx.loaders.many(StatementSignatureEntity, 'statementId', { signedAt: 'ASC' }, { limit: MAX_SIGNATURES_LISTED }).load(statement.id);
  }

  @ResolveField(() => [StatementCommitmentEntity], { description: `Earliest first, at most ${MAX_COMMITMENTS_LISTED}` })
  @ListSize(MAX_COMMITMENTS_LISTED)
  commitments(@Parent() statement: NetworkStatementEntity, @Context() ctx: RequestContext): Promise<StatementCommitmentEntity[]> {
    return ctx.loaders.many(StatementCommitmentEntity, 'statementId', { createdAt: 'ASC' }, { limit: MAX_COMMITMENTS_LISTED }).load(statement.id);
  }

  @ResolveField(() => StatementProgress, { description: 'Its commitments counted by status' })
  progress(@Parent() statement: NetworkStatementEntity, @Context() ctx: RequestContext): Promise<StatementProgress> {
    return ctx.loaders
      .custom<string, StatementProgress>('statement-progress', async (ids) => {
        const byStatement = await this.statements.progressOf(ids);
        return ids.map((id) => byStatement.get(id) ?? { open: 0, inProgress: 0, done: 0, dropped: 0, total: 0 });
      })
      .load(statement.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether you may edit this draft (you curate a member intermediary)' })
  async viewerCanEdit(@CurrentActor() actor: Actor, @Parent() statement: NetworkStatementEntity, @Context() ctx: RequestContext): Promise<boolean> {
    if (statement.status !== NetworkStatementStatus.DRAFT) return false;
    return (await curatorshipLoader(ctx, actor, this.access).load(statement.networkId)).length > 0;
  }

  @ResolveField(() => Boolean, { description: 'Whether you may publish or withdraw it (you curate the drafting intermediary)' })
  async viewerIsPenHolder(@CurrentActor() actor: Actor, @Parent() statement: NetworkStatementEntity, @Context() ctx: RequestContext): Promise<boolean> {
    return (await curatorshipLoader(ctx, actor, this.access).load(statement.networkId)).includes(statement.draftedByOrganizationId);
  }

  @ResolveField(() => [OrganizationEntity], { description: 'Your member intermediaries that may still sign (only while published)' })
  @ListSize(MAX_VIEWER_ORGANIZATIONS)
  async signableOrganizations(@CurrentActor() actor: Actor, @Parent() statement: NetworkStatementEntity, @Context() ctx: RequestContext): Promise<OrganizationEntity[]> {
    if (statement.status !== NetworkStatementStatus.PUBLISHED) return [];
    const mine = await curatorshipLoader(ctx, actor, this.access).load(statement.networkId);
    if (mine.length === 0) return [];
    const signed = new Set((await this.signatures(statement, ctx)).map((s) => s.organizationId));
    return organizations(
      ctx,
      mine.filter((id) => !signed.has(id)),
    );
  }

  @ResolveField(() => [OrganizationEntity], { description: 'Your member intermediaries of its network: those you sign, commit and report progress for' })
  @ListSize(MAX_VIEWER_ORGANIZATIONS)
  async viewerOrganizations(@CurrentActor() actor: Actor, @Parent() statement: NetworkStatementEntity, @Context() ctx: RequestContext): Promise<OrganizationEntity[]> {
    return organizations(ctx, await curatorshipLoader(ctx, actor, this.access).load(statement.networkId));
  }
}

@Resolver(() => StatementSignatureEntity)
export class StatementSignaturesResolver {
  @ResolveField(() => OrganizationEntity, { description: 'The intermediary that signed' })
  organization(@Parent() signature: StatementSignatureEntity, @Context() ctx: RequestContext): Promise<OrganizationEntity> {
    return organization(ctx, signature.organizationId);
  }
}

@Resolver(() => StatementCommitmentEntity)
export class StatementCommitmentsResolver {
  @ResolveField(() => OrganizationEntity, { description: 'The intermediary that committed' })
  organization(@Parent() commitment: StatementCommitmentEntity, @Context() ctx: RequestContext): Promise<OrganizationEntity> {
    return organization(ctx, commitment.organizationId);
  }
}
