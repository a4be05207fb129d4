import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Actor } from '../common/access/actor';
import { CurrentActor } from '../common/auth/auth.decorators';
import { ListSize } from '../common/graphql/query-limits';
import { RequestContext } from '../common/graphql/request-context';
import { Connection } from '../common/pagination/pagination';
import { ParseUuidPipe } from '../common/validation/parse-uuid.pipe';
import { UserEntity } from '../users/user.entity';
import { MentorProfileInput, MentorProfilesArgs } from './dtos/mentor-profile.inputs';
import { MAX_PROFILE_SKILLS } from './dtos/profile-common.inputs';
import { ProfileSkillDto } from './dtos/profile-skill.dto';
import { MentorProfileEntity } from './mentor-profile.entity';
import { MentorProfilesService } from './mentor-profiles.service';
import { MentorSkillEntity } from './mentor-skill.entity';
import { loadProfileUser, toProfileSkills } from './profile-loaders';

const MentorProfileConnection = Connection(MentorProfileEntity, 'MentorProfileConnection');

@Resolver(() => MentorProfileEntity)
export class MentorProfilesResolver {
  constructor(private readonly service: MentorProfilesService) {}

  @Query(() => MentorProfileEntity, { nullable: true, description: 'The signed-in user’s mentor profile, if they have one' })
  myMentorProfile(@CurrentActor() actor: Actor): Promise<MentorProfileEntity | null> {
    return this.service.mine(actor);
  }

  @Query(() => MentorProfileEntity, {
    description:
      'A mentor profile; seen by yourself, curators of intermediaries you are affiliated with (through your organizations or a match on a need they curate), and nonprofits you were offered to',
  })
  mentorProfile(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseUuidPipe) id: string): Promise<MentorProfileEntity> {
    return this.service.get(actor, id);
  }

  @Query(() => MentorProfileConnection, {
    description:
      'Mentors you may see: yourself, curators of intermediaries you are affiliated with (through your organizations or a match on a need they curate), and nonprofits you were offered to',
  })
  mentorProfiles(@CurrentActor() actor: Actor, @Args() args: MentorProfilesArgs) {
    return this.service.list(actor, args);
  }

  @Mutation(() => MentorProfileEntity, { description: 'Creates or replaces your mentor profile and its expertise' })
  upsertMentorProfile(@CurrentActor() actor: Actor, @Args('input') input: MentorProfileInput): Promise<MentorProfileEntity> {
    return this.service.upsert(actor, input);
  }

  @ResolveField(() => [ProfileSkillDto])
  @ListSize(MAX_PROFILE_SKILLS)
  async expertise(@Parent() profile: MentorProfileEntity, @Context() ctx: RequestContext): Promise<ProfileSkillDto[]> {
    return toProfileSkills(await ctx.loaders.many(MentorSkillEntity, 'profileId').load(profile.id), ctx.loaders);
  }

  @ResolveField(() => UserEntity)
  user(@Parent() profile: MentorProfileEntity, @Context() ctx: RequestContext): Promise<UserEntity> {
    return loadProfileUser(profile.userId, ctx.loaders);
  }
}
