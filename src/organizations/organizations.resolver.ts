import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Actor } from '../common/access/actor';
import { CurrentActor } from '../common/auth/auth.decorators';
import { Connection } from '../common/pagination/pagination';
import { ParseUuidPipe } from '../common/validation/parse-uuid.pipe';
import { OrganizationsArgs, UpdateOrganizationInput } from './dtos/organization.inputs';
import { OrganizationEntity } from './organization.entity';
import { OrganizationsService } from './organizations.service';

const OrganizationConnection = Connection(OrganizationEntity, 'OrganizationConnection');

@Resolver(() => OrganizationEntity)
export class OrganizationsResolver {
  constructor(private readonly service: OrganizationsService) {}

  @Query(() => OrganizationConnection, { description: 'The directory of organizations' })
  organizations(@CurrentActor() actor: Actor, @Args() args: OrganizationsArgs) {
    return this.service.list(actor, args);
  }

  @Query(() => OrganizationEntity)
  organization(@Args('id', { type: () => ID }, ParseUuidPipe) id: string): Promise<OrganizationEntity> {
    return this.service.get(id);
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
}
