import { Context, Info, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';

import { AccessService } from '../common/access/access.service';
import { Actor } from '../common/access/actor';
import { SELF, viewerOf } from '../common/access/viewer';
import { CurrentActor } from '../common/auth/auth.decorators';
import { ListSize } from '../common/graphql/query-limits';
import { RequestContext } from '../common/graphql/request-context';
import { OrganizationEntity } from '../organizations/organization.entity';
import { UserEntity } from '../users/user.entity';
import { MembershipEntity } from './membership.entity';

const MAX_USER_MEMBERSHIPS_LISTED = 50;
// Members nest (organization > members > organization …): the cap keeps each level's fan-out bounded.
const MAX_ORGANIZATION_MEMBERS_LISTED = 200;

@Resolver(() => UserEntity)
export class UserMembershipsResolver {
  constructor(private readonly access: AccessService) {}

  @ResolveField(() => [MembershipEntity], {
    description: `The person's memberships in organizations you are a member of (all of them for the person and platform admins), earliest first, at most ${MAX_USER_MEMBERSHIPS_LISTED}`,
  })
  @ListSize(MAX_USER_MEMBERSHIPS_LISTED)
  async memberships(@Parent() user: UserEntity, @Context() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<MembershipEntity[]> {
    const viewer = viewerOf(ctx, info);
    const limit = MAX_USER_MEMBERSHIPS_LISTED;
    if (viewer === SELF || viewer.userId === user.id || viewer.isPlatformAdmin) {
      return ctx.loaders.many(MembershipEntity, 'userId', { createdAt: 'ASC' }, { limit }).load(user.id);
    }
    // Others see only memberships in their own organizations: filtered in SQL, before the cap.
    const within = { column: 'organizationId' as const, values: viewer.memberships.map((m) => m.organizationId) };
    const visible = await ctx.loaders.many(MembershipEntity, 'userId', { createdAt: 'ASC' }, { limit, within }).load(user.id);
    return visible.filter((mb) => this.access.canSeeMembership(viewer, mb));
  }
}

@Resolver(() => OrganizationEntity)
export class OrganizationMembersResolver {
  constructor(private readonly access: AccessService) {}

  @ResolveField(() => [MembershipEntity], { description: `Members, earliest first, at most ${MAX_ORGANIZATION_MEMBERS_LISTED}; visible to the organization and platform admins` })
  @ListSize(MAX_ORGANIZATION_MEMBERS_LISTED)
  async members(@Parent() org: OrganizationEntity, @CurrentActor() actor: Actor, @Context() ctx: RequestContext): Promise<MembershipEntity[]> {
    if (!this.access.canSeeMembership(actor, { organizationId: org.id })) return [];
    return ctx.loaders.many(MembershipEntity, 'organizationId', { createdAt: 'ASC' }, { limit: MAX_ORGANIZATION_MEMBERS_LISTED }).load(org.id);
  }
}
