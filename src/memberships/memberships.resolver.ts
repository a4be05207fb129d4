import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { AddressRateLimitGuard } from '../auth/address-rate-limit.guard';
import { AuthPayload } from '../auth/dtos/auth.inputs';
import { AccessService } from '../common/access/access.service';
import { Actor } from '../common/access/actor';
import { CurrentActor, Public } from '../common/auth/auth.decorators';
import { MembershipRole } from '../common/domain/membership-role.enum';
import { ListSize } from '../common/graphql/query-limits';
import { RequestContext } from '../common/graphql/request-context';
import { ParseUuidPipe } from '../common/validation/parse-uuid.pipe';
import { CreateOrganizationInput } from '../organizations/dtos/organization.inputs';
import { OrganizationEntity } from '../organizations/organization.entity';
import { UserEntity } from '../users/user.entity';
import { SignUpWithInvitationInput } from './dtos/invitation-sign-up.input';
import { AcceptInvitationArgs, ImportInvitationsArgs, InvitationImportResult, InvitationPayload, InviteMemberInput, MemberUserDto } from './dtos/membership.inputs';
import { InvitationEntity } from './invitation.entity';
import { MembershipEntity } from './membership.entity';
import { MAX_PENDING_INVITATIONS_LISTED, MembershipsService } from './memberships.service';

@Resolver(() => MembershipEntity)
export class MembershipsResolver {
  constructor(
    private readonly service: MembershipsService,
    private readonly access: AccessService,
  ) {}

  @Mutation(() => OrganizationEntity, { description: 'Registers an organization; you become its admin' })
  createOrganization(@CurrentActor() actor: Actor, @Args('input') input: CreateOrganizationInput): Promise<OrganizationEntity> {
    return this.service.foundOrganization(actor, input);
  }

  @Mutation(() => InvitationPayload, { description: 'Organization admins invite someone by email; inviting again replaces the pending invitation' })
  inviteMember(@CurrentActor() actor: Actor, @Args('input') input: InviteMemberInput): Promise<InvitationPayload> {
    return this.service.invite(actor, input);
  }

  @Mutation(() => InvitationImportResult, { description: 'Organization admins invite many people at once from a CSV list; each row gets a result and an email' })
  importInvitations(@CurrentActor() actor: Actor, @Args() args: ImportInvitationsArgs): Promise<InvitationImportResult> {
    return this.service.importInvitations(actor, args);
  }

  @Public()
  @UseGuards(AddressRateLimitGuard)
  @Mutation(() => AuthPayload, {
    description: 'Someone invited without an account creates it for the invited email with a new password, joins the organization and is signed in',
  })
  signUpWithInvitation(@Args('input') input: SignUpWithInvitationInput): Promise<AuthPayload> {
    return this.service.signUpWithInvitation(input);
  }

  @Mutation(() => MembershipEntity, { description: 'The invited person joins the organization' })
  acceptInvitation(@CurrentActor() actor: Actor, @Args() { token }: AcceptInvitationArgs): Promise<MembershipEntity> {
    return this.service.accept(actor, token);
  }

  @Query(() => [InvitationEntity], { description: `Pending invitations of an organization, newest first, at most ${MAX_PENDING_INVITATIONS_LISTED}; for its admins` })
  @ListSize(MAX_PENDING_INVITATIONS_LISTED)
  invitations(@CurrentActor() actor: Actor, @Args('organizationId', { type: () => ID }, ParseUuidPipe) organizationId: string): Promise<InvitationEntity[]> {
    return this.service.pendingInvitations(actor, organizationId);
  }

  @Mutation(() => Boolean, { description: 'Withdraws a pending invitation; its link stops working' })
  revokeInvitation(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseUuidPipe) id: string): Promise<boolean> {
    return this.service.revokeInvitation(actor, id);
  }

  @Mutation(() => MembershipEntity, { description: 'Organization admins change the role of a member; the last admin cannot step down' })
  changeMemberRole(
    @CurrentActor() actor: Actor,
    @Args('membershipId', { type: () => ID }, ParseUuidPipe) membershipId: string,
    @Args('role', { type: () => MembershipRole }) role: MembershipRole,
  ): Promise<MembershipEntity> {
    return this.service.changeRole(actor, membershipId, role);
  }

  @Mutation(() => Boolean, { description: 'Organization admins remove a member; the last admin cannot be removed' })
  removeMember(@CurrentActor() actor: Actor, @Args('membershipId', { type: () => ID }, ParseUuidPipe) membershipId: string): Promise<boolean> {
    return this.service.remove(actor, membershipId);
  }

  @Mutation(() => Boolean, { description: 'Leaves an organization; its last admin must first make someone else admin' })
  leaveOrganization(@CurrentActor() actor: Actor, @Args('organizationId', { type: () => ID }, ParseUuidPipe) organizationId: string): Promise<boolean> {
    return this.service.leave(actor, organizationId);
  }

  @ResolveField(() => MemberUserDto, { nullable: true, description: 'The person; visible to members of the same organization and platform admins' })
  user(@Parent() membership: MembershipEntity, @CurrentActor() actor: Actor, @Context() ctx: RequestContext): Promise<UserEntity | null> | null {
    return this.access.canSeeMembership(actor, membership) ? ctx.loaders.one(UserEntity).load(membership.userId) : null;
  }

  @ResolveField(() => OrganizationEntity)
  organization(@Parent() membership: MembershipEntity, @Context() ctx: RequestContext): Promise<OrganizationEntity | null> {
    return ctx.loaders.one(OrganizationEntity).load(membership.organizationId);
  }
}

@Resolver(() => MemberUserDto)
export class MemberUsersResolver {
  constructor(private readonly access: AccessService) {}

  @ResolveField(() => String, {
    nullable: true,
    description: 'Shown to the person, admins of their organizations, the other side of a match from CONFIRMED on, and platform admins; null for colleagues',
  })
  async email(@Parent() user: UserEntity, @CurrentActor() actor: Actor, @Context() ctx: RequestContext): Promise<string | null> {
    return (await this.access.isVisible(actor, ctx.loaders, 'email', user.id)) ? user.email : null;
  }
}

@Resolver(() => InvitationEntity)
export class InvitationsResolver {
  @ResolveField(() => OrganizationEntity)
  organization(@Parent() invitation: InvitationEntity, @Context() ctx: RequestContext): Promise<OrganizationEntity | null> {
    return ctx.loaders.one(OrganizationEntity).load(invitation.organizationId);
  }
}
