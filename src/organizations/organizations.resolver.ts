import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { AccessService } from '../common/access/access.service';
import { Actor } from '../common/access/actor';
import { CurrentActor } from '../common/auth/auth.decorators';
import { capList, ListSize } from '../common/graphql/query-limits';
import { RequestContext } from '../common/graphql/request-context';
import { Connection } from '../common/pagination/pagination';
import { ParseUuidPipe } from '../common/validation/parse-uuid.pipe';
import { MembershipEntity } from '../memberships/membership.entity';
import { CreateOrganizationInput, OrganizationsArgs, UpdateOrganizationInput } from './dtos/organization.inputs';
import { OrganizationEntity } from './organization.entity';
import { OrganizationsService } from './organizations.service';

// Members nest (organization > members > organization …): the cap keeps each level's fan-out bounded.
const MAX_ORGANIZATION_MEMBERS_LISTED = 200;

const OrganizationConnection = Connection(OrganizationEntity, 'OrganizationConnection');

@Resolver(() => OrganizationEntity)
export class OrganizationsResolver {
  constructor(
    private readonly service: OrganizationsService,
    private readonly access: AccessService,
  ) {}

  @Query(() => OrganizationConnection, { description: 'The directory of organizations' })
  organizations(@CurrentActor() actor: Actor, @Args() args: OrganizationsArgs) {
    return this.service.list(actor, args);
  }

  @Query(() => OrganizationEntity)
  organization(@Args('id', { type: () => ID }, ParseUuidPipe) id: string): Promise<OrganizationEntity> {
    return this.service.get(id);
  }

  @Mutation(() => OrganizationEntity, { description: 'Registers an organization; you become its admin' })
  createOrganization(@CurrentActor() actor: Actor, @Args('input') input: CreateOrganizationInput): Promise<OrganizationEntity> {
    return this.service.create(actor, input);
  }

  @Mutation(() => OrganizationEntity)
  updateOrganization(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, ParseUuidPipe) id: string,
    @Args('input') input: UpdateOrganizationInput,
  ): Promise<OrganizationEntity> {
    return this.service.update(actor, id, input);
  }

  @Mutation(() => OrganizationEntity, { description: 'Platform admins mark an organization as checked' })
  setOrganizationVerified(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, ParseUuidPipe) id: string,
    @Args('verified') verified: boolean,
  ): Promise<OrganizationEntity> {
    return this.service.setVerified(actor, id, verified);
  }

  @ResolveField(() => [MembershipEntity], { description: `Members, earliest first, at most ${MAX_ORGANIZATION_MEMBERS_LISTED}; visible to the organization and platform admins` })
  @ListSize(MAX_ORGANIZATION_MEMBERS_LISTED)
  async members(@Parent() org: OrganizationEntity, @CurrentActor() actor: Actor, @Context() ctx: RequestContext): Promise<MembershipEntity[]> {
    if (!this.access.canSeeMembership(actor, { organizationId: org.id })) return [];
    return capList(await ctx.loaders.many(MembershipEntity, 'organizationId', { createdAt: 'ASC' }).load(org.id), MAX_ORGANIZATION_MEMBERS_LISTED);
  }
}
