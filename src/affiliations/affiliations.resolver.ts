import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Actor } from '../common/access/actor';
import { CurrentActor } from '../common/auth/auth.decorators';
import { RequestContext } from '../common/graphql/request-context';
import { Connection } from '../common/pagination/pagination';
import { ParseUuidPipe } from '../common/validation/parse-uuid.pipe';
import { OrganizationEntity } from '../organizations/organization.entity';
import { AffiliationEntity } from './affiliation.entity';
import { AffiliationsService } from './affiliations.service';
import { AffiliateOrganizationInput, AffiliationsArgs } from './dtos/affiliation.inputs';

const AffiliationConnection = Connection(AffiliationEntity, 'AffiliationConnection');

@Resolver(() => AffiliationEntity)
export class AffiliationsResolver {
  constructor(private readonly service: AffiliationsService) {}

  @Query(() => AffiliationConnection, { description: 'Affiliations of the organizations you belong to' })
  affiliations(@CurrentActor() actor: Actor, @Args() args: AffiliationsArgs) {
    return this.service.list(actor, args);
  }

  @Mutation(() => AffiliationEntity, { description: 'Curators add a nonprofit, company or funder to their intermediary' })
  affiliateOrganization(@CurrentActor() actor: Actor, @Args('input') input: AffiliateOrganizationInput): Promise<AffiliationEntity> {
    return this.service.affiliate(actor, input);
  }

  @Mutation(() => AffiliationEntity, { description: 'Curators mark an affiliated organization as checked' })
  setAffiliationVetted(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseUuidPipe) id: string, @Args('vetted') vetted: boolean): Promise<AffiliationEntity> {
    return this.service.setVetted(actor, id, vetted);
  }

  @Mutation(() => Boolean, { description: 'Admins of either side end an affiliation' })
  removeAffiliation(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseUuidPipe) id: string): Promise<boolean> {
    return this.service.remove(actor, id);
  }

  @ResolveField(() => OrganizationEntity)
  intermediary(@Parent() affiliation: AffiliationEntity, @Context() ctx: RequestContext): Promise<OrganizationEntity | null> {
    return ctx.loaders.one(OrganizationEntity).load(affiliation.intermediaryId);
  }

  @ResolveField(() => OrganizationEntity)
  organization(@Parent() affiliation: AffiliationEntity, @Context() ctx: RequestContext): Promise<OrganizationEntity | null> {
    return ctx.loaders.one(OrganizationEntity).load(affiliation.organizationId);
  }
}
