import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessService } from '../common/access/access.service';
import { Actor } from '../common/access/actor';
import { CurrentActor } from '../common/auth/auth.decorators';
import { RequestContext } from '../common/graphql/request-context';
import { MembershipEntity } from '../memberships/membership.entity';
import { MentorProfileEntity } from '../profiles/mentor-profile.entity';
import { VolunteerProfileEntity } from '../profiles/volunteer-profile.entity';
import { UpdateMeInput } from './dtos/update-me.input';
import { UserEntity } from './user.entity';
import { UsersService } from './users.service';

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
    description:
      'Shown to the person, admins of their organizations, the other side of a match from CONFIRMED on, and platform admins; null for everyone else (curators included)',
  })
  async email(@Parent() user: UserEntity, @CurrentActor() actor: Actor, @Context() ctx: RequestContext): Promise<string | null> {
    return (await this.access.isVisible(actor, ctx.loaders, 'email', user.id)) ? user.email : null;
  }

  @ResolveField(() => [MembershipEntity], { description: "The person's memberships in organizations you are a member of (all of them for the person and platform admins)" })
  async memberships(@Parent() user: UserEntity, @CurrentActor() actor: Actor, @Context() ctx: RequestContext): Promise<MembershipEntity[]> {
    const all = await ctx.loaders.many(MembershipEntity, 'userId', { createdAt: 'ASC' }).load(user.id);
    return all.filter((mb) => this.access.canSeeMembership(actor, mb));
  }

  @ResolveField(() => VolunteerProfileEntity, { nullable: true, description: 'Null when you may not see it, as volunteerProfile(id) would refuse it' })
  async volunteerProfile(@Parent() user: UserEntity, @CurrentActor() actor: Actor, @Context() ctx: RequestContext): Promise<VolunteerProfileEntity | null> {
    const profile = await ctx.loaders.one(VolunteerProfileEntity, 'userId').load(user.id);
    return profile && (await this.access.isVisible(actor, ctx.loaders, 'volunteer_profile', profile.id)) ? profile : null;
  }

  @ResolveField(() => MentorProfileEntity, { nullable: true, description: 'Null when you may not see it, as mentorProfile(id) would refuse it' })
  async mentorProfile(@Parent() user: UserEntity, @CurrentActor() actor: Actor, @Context() ctx: RequestContext): Promise<MentorProfileEntity | null> {
    const profile = await ctx.loaders.one(MentorProfileEntity, 'userId').load(user.id);
    return profile && (await this.access.isVisible(actor, ctx.loaders, 'mentor_profile', profile.id)) ? profile : null;
  }
}
