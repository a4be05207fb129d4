import { Args, Context, Info, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';

import { AccessService } from '../common/access/access.service';
import { Actor } from '../common/access/actor';
import { CurrentActor } from '../common/auth/auth.decorators';
import { AppError } from '../common/errors/app-error';
import { capList, ListSize } from '../common/graphql/query-limits';
import { RequestContext } from '../common/graphql/request-context';
import { MembershipEntity } from '../memberships/membership.entity';
import { MentorProfileEntity } from '../profiles/mentor-profile.entity';
import { VolunteerProfileEntity } from '../profiles/volunteer-profile.entity';
import { UpdateMeInput } from './dtos/update-me.input';
import { UserEntity } from './user.entity';
import { UsersService } from './users.service';

const SELF = 'SELF';
const MAX_USER_MEMBERSHIPS_LISTED = 50;

// Each nested field answers what the top-level rule answers: a User can be reached through a match, a
// profile or a membership, and must not show there what volunteerProfile(id) or organization(id) would refuse.
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
    const viewer = this.viewer(ctx, info);
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

  @ResolveField(() => [MembershipEntity], {
    description: `The person's memberships in organizations you are a member of (all of them for the person and platform admins), earliest first, at most ${MAX_USER_MEMBERSHIPS_LISTED}`,
  })
  @ListSize(MAX_USER_MEMBERSHIPS_LISTED)
  async memberships(@Parent() user: UserEntity, @Context() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<MembershipEntity[]> {
    const viewer = this.viewer(ctx, info);
    const all = await ctx.loaders.many(MembershipEntity, 'userId', { createdAt: 'ASC' }).load(user.id);
    return capList(viewer === SELF ? all : all.filter((mb) => this.access.canSeeMembership(viewer, mb)), MAX_USER_MEMBERSHIPS_LISTED);
  }

  @ResolveField(() => VolunteerProfileEntity, { nullable: true, description: 'Null when you may not see it, as volunteerProfile(id) would refuse it' })
  async volunteerProfile(@Parent() user: UserEntity, @Context() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<VolunteerProfileEntity | null> {
    const viewer = this.viewer(ctx, info);
    const profile = await ctx.loaders.one(VolunteerProfileEntity, 'userId').load(user.id);
    return profile && (viewer === SELF || (await this.access.isVisible(viewer, ctx.loaders, 'volunteer_profile', profile.id))) ? profile : null;
  }

  @ResolveField(() => MentorProfileEntity, { nullable: true, description: 'Null when you may not see it, as mentorProfile(id) would refuse it' })
  async mentorProfile(@Parent() user: UserEntity, @Context() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<MentorProfileEntity | null> {
    const viewer = this.viewer(ctx, info);
    const profile = await ctx.loaders.one(MentorProfileEntity, 'userId').load(user.id);
    return profile && (viewer === SELF || (await this.access.isVisible(viewer, ctx.loaders, 'mentor_profile', profile.id))) ? profile : null;
  }

  private mayReadSettings(user: UserEntity, ctx: RequestContext, info: GraphQLResolveInfo): boolean {
    const viewer = this.viewer(ctx, info);
    return viewer === SELF || viewer.userId === user.id || viewer.isPlatformAdmin;
  }

  // signUp, signIn and refreshSession answer before the caller holds a token; the user of an
  // AuthPayload is always the caller themself, who sees all of their own account.
  private viewer(ctx: RequestContext, info: GraphQLResolveInfo): Actor | typeof SELF {
    if (info.path.prev?.typename === 'AuthPayload') return SELF;
    if (!ctx.actor) throw AppError.unauthenticated();
    return ctx.actor;
  }
}
