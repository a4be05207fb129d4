import { Args, Context, Field, ID, Mutation, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { AccessService, MatchParts } from '../common/access/access.service';
import { Actor } from '../common/access/actor';
import { CurrentActor } from '../common/auth/auth.decorators';
import { AppError } from '../common/errors/app-error';
import { ListSize } from '../common/graphql/query-limits';
import { RequestContext } from '../common/graphql/request-context';
import { MatchEntity } from '../matches/match.entity';
import { NeedEntity } from '../needs/need.entity';
import { UserEntity } from '../users/user.entity';
import { PickMeetingTimeArgs, ProposeMeetingTimesInput, WithdrawMeetingProposalArgs } from './dtos/meeting.inputs';
import { MAX_MEETING_SLOTS, MeetingEntity, MeetingSlotEntity, MeetingStatus } from './meeting.entity';
import { mayPick, MeetingsService } from './meetings.service';

// Open and chosen proposals, newest first: at most one open per kind, and a few chosen ones over an engagement.
const MAX_MEETINGS_LISTED = 20;

@ObjectType({ description: 'Who proposed a meeting: their name only' })
export class MeetingPerson {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

/** The parts the actor plays on each match, batched per request. */
function partsLoader(ctx: RequestContext, access: AccessService, actor: Actor) {
  return ctx.loaders.custom<string, MatchParts | null>('meetingMatchParts', async (ids) => {
    const parts = await access.matchPartsOf(actor, ids);
    return ids.map((id) => parts.get(id) ?? null);
  });
}

const takesPart = (parts: MatchParts | null): parts is MatchParts => !!parts && (parts.curator || parts.nonprofit || parts.candidate);

@Resolver(() => MatchEntity)
export class MatchMeetingsResolver {
  constructor(private readonly access: AccessService) {}

  @ResolveField(() => [MeetingEntity], {
    description: `Scoping calls and kick-offs, open or chosen, newest first, at most ${MAX_MEETINGS_LISTED}; only for the two sides and the curators`,
  })
  @ListSize(MAX_MEETINGS_LISTED)
  async meetings(@Parent() match: MatchEntity, @CurrentActor() actor: Actor, @Context() ctx: RequestContext): Promise<MeetingEntity[]> {
    const parts = await partsLoader(ctx, this.access, actor).load(match.id);
    if (!takesPart(parts) || (!parts.curator && !match.offeredAt)) return [];
    return ctx.loaders
      .many(MeetingEntity, 'matchId', { createdAt: 'DESC' }, { limit: MAX_MEETINGS_LISTED, within: { column: 'status', values: [MeetingStatus.OPEN, MeetingStatus.CHOSEN] } })
      .load(match.id);
  }
}

@Resolver(() => MeetingEntity)
export class MeetingsResolver {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly access: AccessService,
  ) {}

  @Mutation(() => MeetingEntity, { description: 'Either side (or a curator) of a confirmed or active match proposes 1-5 times; the other side picks one' })
  proposeMeetingTimes(@CurrentActor() actor: Actor, @Args('input') input: ProposeMeetingTimesInput): Promise<MeetingEntity> {
    return this.meetings.propose(actor, input);
  }

  @Mutation(() => MeetingEntity, { description: 'The other side picks one of the proposed times; the proposal closes. Of two picks at once, the second gets CONFLICT' })
  pickMeetingTime(@CurrentActor() actor: Actor, @Args() args: PickMeetingTimeArgs): Promise<MeetingEntity> {
    return this.meetings.pick(actor, args);
  }

  @Mutation(() => MeetingEntity, { description: 'The author takes back an open proposal' })
  withdrawMeetingProposal(@CurrentActor() actor: Actor, @Args() { meetingId }: WithdrawMeetingProposalArgs): Promise<MeetingEntity> {
    return this.meetings.withdraw(actor, meetingId);
  }

  @ResolveField(() => [MeetingSlotEntity], { description: 'The proposed times, earliest first' })
  @ListSize(MAX_MEETING_SLOTS)
  slots(@Parent() meeting: MeetingEntity, @Context() ctx: RequestContext): Promise<MeetingSlotEntity[]> {
    return ctx.loaders.many(MeetingSlotEntity, 'meetingId', { startsAt: 'ASC' }, { limit: MAX_MEETING_SLOTS }).load(meeting.id);
  }

  @ResolveField(() => MeetingSlotEntity, { nullable: true })
  chosenSlot(@Parent() meeting: MeetingEntity, @Context() ctx: RequestContext): Promise<MeetingSlotEntity | null> | null {
    return meeting.chosenSlotId ? ctx.loaders.one(MeetingSlotEntity).load(meeting.chosenSlotId) : null;
  }

  @ResolveField(() => MeetingPerson, { nullable: true, description: 'Null once the account is gone' })
  async proposedBy(@Parent() meeting: MeetingEntity, @Context() ctx: RequestContext): Promise<MeetingPerson | null> {
    if (!meeting.proposedById) return null;
    const user = await ctx.loaders.one(UserEntity).load(meeting.proposedById);
    return user ? { id: user.id, name: user.name } : null;
  }

  @ResolveField(() => Boolean, { description: 'Whether you may pick one of the times now' })
  async canPick(@Parent() meeting: MeetingEntity, @CurrentActor() actor: Actor, @Context() ctx: RequestContext): Promise<boolean> {
    if (meeting.status !== MeetingStatus.OPEN) return false;
    const parts = await partsLoader(ctx, this.access, actor).load(meeting.matchId);
    return takesPart(parts) && mayPick(parts, meeting, actor.userId);
  }

  @ResolveField(() => Boolean, { description: 'Whether you may withdraw or replace the proposal now' })
  canWithdraw(@Parent() meeting: MeetingEntity, @CurrentActor() actor: Actor): boolean {
    return meeting.status === MeetingStatus.OPEN && meeting.proposedById === actor.userId;
  }

  @ResolveField(() => String, { nullable: true, description: 'The chosen time as an iCalendar (.ics, RFC 5545) file; null until a time is chosen' })
  async ics(@Parent() meeting: MeetingEntity, @CurrentActor() actor: Actor, @Context() ctx: RequestContext): Promise<string | null> {
    if (meeting.status !== MeetingStatus.CHOSEN || !meeting.chosenSlotId) return null;
    const parts = await partsLoader(ctx, this.access, actor).load(meeting.matchId);
    if (!takesPart(parts)) throw AppError.notFound('Meeting');
    const match = await ctx.loaders.one(MatchEntity).load(meeting.matchId);
    const need = match && (await ctx.loaders.one(NeedEntity).load(match.needId));
    const slot = await ctx.loaders.one(MeetingSlotEntity).load(meeting.chosenSlotId);
    return this.meetings.ics(meeting, slot, need?.title ?? '');
  }
}
