import { Args, Context, Info, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';

import { AccessService } from '../common/access/access.service';
import { Actor } from '../common/access/actor';
import { SELF, viewerOf } from '../common/access/viewer';
import { CurrentActor } from '../common/auth/auth.decorators';
import { RequestContext } from '../common/graphql/request-context';
import { UpdateMeInput } from './dtos/update-me.input';
import { UserEntity } from './user.entity';
import { UsersService } from './users.service';

// Each nested field answers what the top-level rule answers: a User can be reached through a match, a
// profile or a membership, and must not show there what volunteerProfile(id) or organization(id) would refuse.
// The fields of other features' tables (memberships, profiles) are resolved by those features.
@Resolver(() => UserEntity)
export class UsersResolver {
  constructor(
    private readonly users: UsersService,
    private readonly access: AccessService,
  ) {}

  @Mutation(() => UserEntity, { description: 'Updates the signed-in user: name, language, muted notifications' })
  updateMe(@CurrentActor() actor: Actor, @Args('input') input: UpdateMeInput): Promise<UserEntity> {
    return this.users.updateMe(actor.userId, input);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Shown to the person, admins of their organizations, the other side of a match from CONFIRMED on, and platform admins; null for everyone else (curators included)',
  })
  async email(@Parent() user: UserEntity, @Context() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<string | null> {
    const viewer = viewerOf(ctx, info);
    return viewer === SELF || (await this.access.isVisible(viewer, ctx.loaders, 'email', user.id)) ? user.email : null;
  }

  // Account settings, not profile: another tenant reaching a User through a match must not learn them.
  @ResolveField(() => Boolean, { description: 'Shown to the person and platform admins; false for everyone else' })
  isPlatformAdmin(@Parent() user: UserEntity, @Context() ctx: RequestContext, @Info() info: GraphQLResolveInfo): boolean {
    return this.mayReadSettings(user, ctx, info) && user.isPlatformAdmin;
  }

  @ResolveField(() => [String], { description: 'Shown to the person and platform admins; empty for everyone else' })
  mutedNotificationKinds(@Parent() user: UserEntity, @Context() ctx: RequestContext, @Info() info: GraphQLResolveInfo): string[] {
    return this.mayReadSettings(user, ctx, info) ? user.mutedNotificationKinds : [];
  }

  private mayReadSettings(user: UserEntity, ctx: RequestContext, info: GraphQLResolveInfo): boolean {
    const viewer = viewerOf(ctx, info);
    return viewer === SELF || viewer.userId === user.id || viewer.isPlatformAdmin;
  }
}
