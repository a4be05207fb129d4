import { Context, Info, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';

import { AccessService } from '../common/access/access.service';
import { SELF, viewerOf } from '../common/access/viewer';
import { RequestContext } from '../common/graphql/request-context';
import { UserEntity } from '../users/user.entity';
import { MentorProfileEntity } from './mentor-profile.entity';
import { VolunteerProfileEntity } from './volunteer-profile.entity';

// A User reached through a match or a membership must not show a profile that volunteerProfile(id) or mentorProfile(id) would refuse.
@Resolver(() => UserEntity)
export class UserProfilesResolver {
  constructor(private readonly access: AccessService) {}

  @ResolveField(() => VolunteerProfileEntity, { nullable: true, description: 'Null when you may not see it, as volunteerProfile(id) would refuse it' })
  async volunteerProfile(@Parent() user: UserEntity, @Context() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<VolunteerProfileEntity | null> {
    const viewer = viewerOf(ctx, info);
    const profile = await ctx.loaders.one(VolunteerProfileEntity, 'userId').load(user.id);
    return profile && (viewer === SELF || (await this.access.isVisible(viewer, ctx.loaders, 'volunteer_profile', profile.id))) ? profile : null;
  }

  @ResolveField(() => MentorProfileEntity, { nullable: true, description: 'Null when you may not see it, as mentorProfile(id) would refuse it' })
  async mentorProfile(@Parent() user: UserEntity, @Context() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<MentorProfileEntity | null> {
    const viewer = viewerOf(ctx, info);
    const profile = await ctx.loaders.one(MentorProfileEntity, 'userId').load(user.id);
    return profile && (viewer === SELF || (await this.access.isVisible(viewer, ctx.loaders, 'mentor_profile', profile.id))) ? profile : null;
  }
}
