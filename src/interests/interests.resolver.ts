import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { AccessService } from '../common/access/access.service';
import { Actor } from '../common/access/actor';
import { CurrentActor } from '../common/auth/auth.decorators';
import { RequestContext } from '../common/graphql/request-context';
import { Connection } from '../common/pagination/pagination';
import { ParseUuidPipe } from '../common/validation/parse-uuid.pipe';
import { NeedEntity } from '../needs/need.entity';
import { NeedRoleEntity, RoleKind } from '../needs/need-role.entity';
import { MentorProfileEntity } from '../profiles/mentor-profile.entity';
import { VolunteerProfileEntity } from '../profiles/volunteer-profile.entity';
import { UserEntity } from '../users/user.entity';
import { DeclineInterestArgs, InterestsArgs, RaiseInterestInput } from './dtos/interest.inputs';
import { InterestEntity } from './interest.entity';
import { InterestsService } from './interests.service';

const InterestConnection = Connection(InterestEntity, 'InterestConnection');

@Resolver(() => InterestEntity)
export class InterestsResolver {
  constructor(
    private readonly service: InterestsService,
    private readonly access: AccessService,
  ) {}

  @Query(() => InterestConnection, {
    description: 'The one list of interests: the queue of the needs you curate or whose nonprofit you belong to, and your own (filter mine); newest first',
  })
  interests(@CurrentActor() actor: Actor, @Args() args: InterestsArgs) {
    return this.service.list(actor, args);
  }

  @Mutation(() => InterestEntity, { description: 'A volunteer or mentor raises their hand for an open role of their kind, with a short note' })
  raiseInterest(@CurrentActor() actor: Actor, @Args('input') input: RaiseInterestInput): Promise<InterestEntity> {
    return this.service.raise(actor, input);
  }

  @Mutation(() => InterestEntity, { description: 'Its author takes a raised interest back' })
  withdrawInterest(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseUuidPipe) id: string): Promise<InterestEntity> {
    return this.service.withdraw(actor, id);
  }

  @Mutation(() => InterestEntity, { description: 'A curator of the need or its nonprofit turns a raised interest down' })
  declineInterest(@CurrentActor() actor: Actor, @Args() { id, reason }: DeclineInterestArgs): Promise<InterestEntity> {
    return this.service.decline(actor, id, reason);
  }

  @Mutation(() => InterestEntity, { description: 'A curator of the need turns a raised interest into a match offered to both sides, in one step' })
  offerFromInterest(@CurrentActor() actor: Actor, @Args('interestId', { type: () => ID }, ParseUuidPipe) interestId: string): Promise<InterestEntity> {
    return this.service.offer(actor, interestId);
  }

  @ResolveField(() => NeedEntity)
  need(@Parent() interest: InterestEntity, @Context() ctx: RequestContext): Promise<NeedEntity | null> {
    return ctx.loaders.one(NeedEntity).load(interest.needId);
  }

  @ResolveField(() => NeedRoleEntity)
  role(@Parent() interest: InterestEntity, @Context() ctx: RequestContext): Promise<NeedRoleEntity | null> {
    return ctx.loaders.one(NeedRoleEntity).load(interest.roleId);
  }

  @ResolveField(() => String, { description: 'The name of the person who raised it' })
  async candidateName(@Parent() interest: InterestEntity, @Context() ctx: RequestContext): Promise<string> {
    return (await ctx.loaders.one(UserEntity).load(interest.userId))?.name ?? '';
  }

  @ResolveField(() => VolunteerProfileEntity, { nullable: true, description: 'Null for mentors, and once the interest is withdrawn for anyone but its author' })
  async volunteerProfile(@Parent() interest: InterestEntity, @CurrentActor() actor: Actor, @Context() ctx: RequestContext): Promise<VolunteerProfileEntity | null> {
    if (interest.candidateKind !== RoleKind.VOLUNTEER || !(await this.access.isVisible(actor, ctx.loaders, 'volunteer_profile', interest.candidateId))) return null;
    return ctx.loaders.one(VolunteerProfileEntity).load(interest.candidateId);
  }

  @ResolveField(() => MentorProfileEntity, { nullable: true, description: 'Null for volunteers, and once the interest is withdrawn for anyone but its author' })
  async mentorProfile(@Parent() interest: InterestEntity, @CurrentActor() actor: Actor, @Context() ctx: RequestContext): Promise<MentorProfileEntity | null> {
    if (interest.candidateKind !== RoleKind.MENTOR || !(await this.access.isVisible(actor, ctx.loaders, 'mentor_profile', interest.candidateId))) return null;
    return ctx.loaders.one(MentorProfileEntity).load(interest.candidateId);
  }
}
