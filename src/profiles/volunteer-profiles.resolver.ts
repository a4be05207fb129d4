import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Actor } from '../common/access/actor';
import { CurrentActor } from '../common/auth/auth.decorators';
import { ListSize } from '../common/graphql/query-limits';
import { RequestContext } from '../common/graphql/request-context';
import { Connection } from '../common/pagination/pagination';
import { ParseUuidPipe } from '../common/validation/parse-uuid.pipe';
import { OrganizationEntity } from '../organizations/organization.entity';
import { UserEntity } from '../users/user.entity';
import { MAX_PROFILE_SKILLS } from './dtos/profile-common.inputs';
import { ProfileSkillDto } from './dtos/profile-skill.dto';
import { VolunteerProfileInput, VolunteerProfilesArgs } from './dtos/volunteer-profile.inputs';
import { loadProfileUser, toProfileSkills } from './profile-loaders';
import { VolunteerProfileEntity } from './volunteer-profile.entity';
import { VolunteerProfilesService } from './volunteer-profiles.service';
import { VolunteerSkillEntity } from './volunteer-skill.entity';

const VolunteerProfileConnection = Connection(VolunteerProfileEntity, 'VolunteerProfileConnection');

@Resolver(() => VolunteerProfileEntity)
export class VolunteerProfilesResolver {
  constructor(private readonly service: VolunteerProfilesService) {}

  @Query(() => VolunteerProfileEntity, { nullable: true, description: 'The signed-in user’s volunteer profile, if they have one' })
  myVolunteerProfile(@CurrentActor() actor: Actor): Promise<VolunteerProfileEntity | null> {
    return this.service.mine(actor);
  }

  @Query(() => VolunteerProfileEntity, {
    description:
      'A volunteer profile; seen by yourself, curators of intermediaries you are affiliated with (through your organizations or a match on a need they curate), and nonprofits you were offered to',
  })
  volunteerProfile(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseUuidPipe) id: string): Promise<VolunteerProfileEntity> {
    return this.service.get(actor, id);
  }

  @Query(() => VolunteerProfileConnection, {
    description:
      'Volunteers you may see: yourself, curators of intermediaries you are affiliated with (through your organizations or a match on a need they curate), and nonprofits you were offered to',
  })
  volunteerProfiles(@CurrentActor() actor: Actor, @Args() args: VolunteerProfilesArgs) {
    return this.service.list(actor, args);
  }

  @Mutation(() => VolunteerProfileEntity, { description: 'Creates or replaces your volunteer profile and its skills' })
  upsertVolunteerProfile(@CurrentActor() actor: Actor, @Args('input') input: VolunteerProfileInput): Promise<VolunteerProfileEntity> {
    return this.service.upsert(actor, input);
  }

  @ResolveField(() => [ProfileSkillDto])
  @ListSize(MAX_PROFILE_SKILLS)
  async skills(@Parent() profile: VolunteerProfileEntity, @Context() ctx: RequestContext): Promise<ProfileSkillDto[]> {
    return toProfileSkills(await ctx.loaders.many(VolunteerSkillEntity, 'profileId').load(profile.id), ctx.loaders);
  }

  @ResolveField(() => UserEntity)
  user(@Parent() profile: VolunteerProfileEntity, @Context() ctx: RequestContext): Promise<UserEntity> {
    return loadProfileUser(profile.userId, ctx.loaders);
  }

  @ResolveField(() => OrganizationEntity, { nullable: true })
  employer(@Parent() profile: VolunteerProfileEntity, @Context() ctx: RequestContext): Promise<OrganizationEntity | null> {
    return profile.employerId ? ctx.loaders.one(OrganizationEntity).load(profile.employerId) : Promise.resolve(null);
  }
}
