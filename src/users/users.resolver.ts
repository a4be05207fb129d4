import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '../common/access/actor';
import { CurrentActor } from '../common/auth/auth.decorators';
import { capList, ListSize } from '../common/graphql/query-limits';
import { RequestContext } from '../common/graphql/request-context';
import { MembershipEntity } from '../memberships/membership.entity';
import { MentorProfileEntity } from '../profiles/mentor-profile.entity';
import { VolunteerProfileEntity } from '../profiles/volunteer-profile.entity';
import { UpdateMeInput } from './dtos/update-me.input';
import { UserEntity } from './user.entity';
import { UsersService } from './users.service';

const MAX_USER_MEMBERSHIPS_LISTED = 50;

@Resolver(() => UserEntity)
export class UsersResolver {
  constructor(private readonly users: UsersService) {}

  @Mutation(() => UserEntity, { description: 'Updates the signed-in user: name, language, muted notifications' })
  updateMe(@CurrentActor() actor: Actor, @Args('input') input: UpdateMeInput): Promise<UserEntity> {
    return this.users.updateMe(actor.userId, input);
  }

  @ResolveField(() => [MembershipEntity], { description: `Organizations this person belongs to, earliest first, at most ${MAX_USER_MEMBERSHIPS_LISTED}` })
  @ListSize(MAX_USER_MEMBERSHIPS_LISTED)
  async memberships(@Parent() user: UserEntity, @Context() ctx: RequestContext): Promise<MembershipEntity[]> {
    return capList(await ctx.loaders.many(MembershipEntity, 'userId', { createdAt: 'ASC' }).load(user.id), MAX_USER_MEMBERSHIPS_LISTED);
  }

  @ResolveField(() => VolunteerProfileEntity, { nullable: true })
  volunteerProfile(@Parent() user: UserEntity, @Context() ctx: RequestContext): Promise<VolunteerProfileEntity | null> {
    return ctx.loaders.one(VolunteerProfileEntity, 'userId').load(user.id);
  }

  @ResolveField(() => MentorProfileEntity, { nullable: true })
  mentorProfile(@Parent() user: UserEntity, @Context() ctx: RequestContext): Promise<MentorProfileEntity | null> {
    return ctx.loaders.one(MentorProfileEntity, 'userId').load(user.id);
  }
}
