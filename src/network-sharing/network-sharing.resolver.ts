import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { AccessService } from '../common/access/access.service';
import { Actor } from '../common/access/actor';
import { CurrentActor } from '../common/auth/auth.decorators';
import { AppError } from '../common/errors/app-error';
import { ListSize } from '../common/graphql/query-limits';
import { RequestContext } from '../common/graphql/request-context';
import { MatchEntity } from '../matches/match.entity';
import { MatchesService } from '../matches/matches.service';
import { NeedEntity } from '../needs/need.entity';
import { NetworkEntity } from '../networks/network.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { ProgramEntity } from '../programs/program.entity';
import { MAX_SHARED_NEEDS, NeedShareArgs, ProgramShareArgs, ProposeAsPartnerInput, SharedNeedDto, SharedNeedsArgs } from './dtos/network-sharing.types';
import { NetworkSharingService } from './network-sharing.service';

const MAX_MY_NETWORKS = 50;

@Resolver(() => NetworkEntity)
export class NetworkSharingResolver {
  constructor(
    private readonly service: NetworkSharingService,
    private readonly matches: MatchesService,
    private readonly access: AccessService,
  ) {}

  @Query(() => [NetworkEntity], { description: `The networks your intermediaries belong to, by name; at most ${MAX_MY_NETWORKS}` })
  @ListSize(MAX_MY_NETWORKS)
  async myNetworks(@CurrentActor() actor: Actor, @Context() ctx: RequestContext): Promise<NetworkEntity[]> {
    const ids = (await this.access.myNetworkIds(actor)).slice(0, MAX_MY_NETWORKS);
    const networks = await ctx.loaders.one(NetworkEntity).loadMany(ids);
    return networks.filter((n): n is NetworkEntity => n !== null && !(n instanceof Error));
  }

  @Mutation(() => NeedEntity, { description: 'Curators of the need share it with a network their intermediary belongs to' })
  shareNeed(@CurrentActor() actor: Actor, @Args() args: NeedShareArgs): Promise<NeedEntity> {
    return this.service.shareNeed(actor, args.needId, args.networkId);
  }

  @Mutation(() => NeedEntity, { description: 'Stops sharing a need with a network; proposals already made stay' })
  unshareNeed(@CurrentActor() actor: Actor, @Args() args: NeedShareArgs): Promise<NeedEntity> {
    return this.service.unshareNeed(actor, args.needId, args.networkId);
  }

  @Mutation(() => ProgramEntity, { description: 'Curators of the program’s intermediary share all its needs with a network' })
  shareProgram(@CurrentActor() actor: Actor, @Args() args: ProgramShareArgs): Promise<ProgramEntity> {
    return this.service.shareProgram(actor, args.programId, args.networkId);
  }

  @Mutation(() => ProgramEntity)
  unshareProgram(@CurrentActor() actor: Actor, @Args() args: ProgramShareArgs): Promise<ProgramEntity> {
    return this.service.unshareProgram(actor, args.programId, args.networkId);
  }

  @Mutation(() => MatchEntity, {
    description: 'A curator of a partner intermediary proposes a volunteer for a need shared with its network; the need’s curators approve or reject it',
  })
  proposeAsPartner(@CurrentActor() actor: Actor, @Args('input') input: ProposeAsPartnerInput): Promise<MatchEntity> {
    return this.matches.proposeAsPartner(actor, input);
  }

  @ResolveField(() => [SharedNeedDto], { description: `Needs shared into the network, newest first; members' curators only, at most ${MAX_SHARED_NEEDS}` })
  @ListSize(MAX_SHARED_NEEDS)
  sharedNeeds(@Parent() network: NetworkEntity, @Args() args: SharedNeedsArgs, @CurrentActor() actor: Actor): Promise<SharedNeedDto[]> {
    return this.service.sharedNeeds(actor, network.id, args.first);
  }
}

@Resolver(() => SharedNeedDto)
export class SharedNeedResolver {
  @ResolveField(() => NeedEntity)
  async need(@Parent() shared: SharedNeedDto, @Context() ctx: RequestContext): Promise<NeedEntity> {
    const need = await ctx.loaders.one(NeedEntity).load(shared.needId);
    if (!need) throw AppError.notFound('Need');
    return need;
  }

  @ResolveField(() => OrganizationEntity, { description: 'The intermediary that shared the need' })
  async owner(@Parent() shared: SharedNeedDto, @Context() ctx: RequestContext): Promise<OrganizationEntity> {
    const owner = await ctx.loaders.one(OrganizationEntity).load(shared.ownerId);
    if (!owner) throw AppError.notFound('Organization');
    return owner;
  }
}

@Resolver(() => NeedEntity)
export class NeedSharesResolver {
  constructor(private readonly access: AccessService) {}

  @ResolveField(() => [ID], { description: 'The networks of yours this need is shared with (directly or through its program); empty for anyone outside them' })
  @ListSize(MAX_MY_NETWORKS)
  sharedWithNetworkIds(@Parent() need: NeedEntity, @CurrentActor() actor: Actor, @Context() ctx: RequestContext): Promise<string[]> {
    return this.sharesOf(actor, need, ctx);
  }

  @ResolveField(() => Boolean, { description: 'Shared with a network your intermediary belongs to' })
  async sharedWithMyNetwork(@Parent() need: NeedEntity, @CurrentActor() actor: Actor, @Context() ctx: RequestContext): Promise<boolean> {
    return (await this.sharesOf(actor, need, ctx)).length > 0;
  }

  private sharesOf(actor: Actor, need: NeedEntity, ctx: RequestContext): Promise<string[]> {
    return ctx.loaders
      .custom<string, string[]>('needNetworkShares', async (ids) => {
        const shares = await this.access.needNetworkShares(actor, ids);
        return ids.map((id) => shares.get(id) ?? []);
      })
      .load(need.id);
  }
}

@Resolver(() => MatchEntity)
export class PartnerProposalResolver {
  @ResolveField(() => OrganizationEntity, { nullable: true, description: 'The partner intermediary in a network that proposed this match, if one did' })
  async proposedByIntermediary(@Parent() match: MatchEntity, @Context() ctx: RequestContext): Promise<OrganizationEntity | null> {
    return match.proposedByIntermediaryId ? ctx.loaders.one(OrganizationEntity).load(match.proposedByIntermediaryId) : null;
  }
}

@Resolver(() => ProgramEntity)
export class ProgramSharesResolver {
  constructor(private readonly access: AccessService) {}

  @ResolveField(() => [ID], { description: 'The networks of yours this program (and so each of its needs) is shared with' })
  @ListSize(MAX_MY_NETWORKS)
  sharedWithNetworkIds(@Parent() program: ProgramEntity, @CurrentActor() actor: Actor, @Context() ctx: RequestContext): Promise<string[]> {
    return ctx.loaders
      .custom<string, string[]>('programNetworkShares', async (ids) => {
        const shares = await this.access.programNetworkShares(actor, ids);
        return ids.map((id) => shares.get(id) ?? []);
      })
      .load(program.id);
  }
}
