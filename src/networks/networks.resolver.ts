import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Actor } from '../common/access/actor';
import { CurrentActor } from '../common/auth/auth.decorators';
import { ListSize } from '../common/graphql/query-limits';
import { RequestContext } from '../common/graphql/request-context';
import { Connection } from '../common/pagination/pagination';
import { ParseUuidPipe } from '../common/validation/parse-uuid.pipe';
import { OrganizationEntity } from '../organizations/organization.entity';
import { CreateNetworkInput, NetworkMemberArgs, NetworksArgs, UpdateNetworkInput } from './dtos/network.inputs';
import { NetworkEntity } from './network.entity';
import { NetworkMemberEntity } from './network-member.entity';
import { NetworksService } from './networks.service';

const MAX_NETWORK_MEMBERS_LISTED = 200;

const NetworkConnection = Connection(NetworkEntity, 'NetworkConnection');

@Resolver(() => NetworkEntity)
export class NetworksResolver {
  constructor(private readonly service: NetworksService) {}

  @Query(() => NetworkConnection, { description: 'Networks of intermediaries' })
  networks(@Args() args: NetworksArgs) {
    return this.service.list(args);
  }

  @Query(() => NetworkEntity)
  network(@Args('id', { type: () => ID }, ParseUuidPipe) id: string): Promise<NetworkEntity> {
    return this.service.get(id);
  }

  @Mutation(() => NetworkEntity, { description: 'Platform admins create a network' })
  createNetwork(@CurrentActor() actor: Actor, @Args('input') input: CreateNetworkInput): Promise<NetworkEntity> {
    return this.service.create(actor, input);
  }

  @Mutation(() => NetworkEntity, { description: 'Platform admins rename or describe a network' })
  updateNetwork(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseUuidPipe) id: string, @Args('input') input: UpdateNetworkInput): Promise<NetworkEntity> {
    return this.service.update(actor, id, input);
  }

  @Mutation(() => NetworkEntity, { description: 'Platform admins add an intermediary to a network' })
  addNetworkMember(@CurrentActor() actor: Actor, @Args() args: NetworkMemberArgs): Promise<NetworkEntity> {
    return this.service.addMember(actor, args);
  }

  @Mutation(() => NetworkEntity, { description: 'Platform admins take an intermediary out of a network' })
  removeNetworkMember(@CurrentActor() actor: Actor, @Args() args: NetworkMemberArgs): Promise<NetworkEntity> {
    return this.service.removeMember(actor, args);
  }

  @ResolveField(() => [OrganizationEntity], { description: `The intermediaries in the network, earliest first, at most ${MAX_NETWORK_MEMBERS_LISTED}` })
  @ListSize(MAX_NETWORK_MEMBERS_LISTED)
  async members(@Parent() network: NetworkEntity, @Context() ctx: RequestContext): Promise<OrganizationEntity[]> {
    const members = await ctx.loaders.many(NetworkMemberEntity, 'networkId', { createdAt: 'ASC', id: 'ASC' }, { limit: MAX_NETWORK_MEMBERS_LISTED }).load(network.id);
    const organizations = await ctx.loaders.one(OrganizationEntity).loadMany(members.map((m) => m.organizationId));
    return organizations.filter((o): o is OrganizationEntity => o !== null && !(o instanceof Error));
  }
}
