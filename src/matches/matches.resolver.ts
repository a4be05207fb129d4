import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { AccessService, Visibility } from '../common/access/access.service';
import { Actor } from '../common/access/actor';
import { CurrentActor } from '../common/auth/auth.decorators';
import { ListSize } from '../common/graphql/query-limits';
import { RequestContext } from '../common/graphql/request-context';
import { Connection } from '../common/pagination/pagination';
import { ParseUuidPipe } from '../common/validation/parse-uuid.pipe';
import { FundingOfferEntity } from '../funding-offers/funding-offer.entity';
import { NeedEntity } from '../needs/need.entity';
import { NeedRoleEntity } from '../needs/need-role.entity';
import { MentorProfileEntity } from '../profiles/mentor-profile.entity';
import { VolunteerProfileEntity } from '../profiles/volunteer-profile.entity';
import {
  ApproveSignOffArgs,
  CancelMatchArgs,
  CreateManualMatchInput,
  DeclineMatchArgs,
  DeclineSignOffArgs,
  MatchesArgs,
  MatchVersionArgs,
  MAX_PROPOSAL_DECISIONS,
  ProposalDecisionInput,
  ProposalDecisionResult,
  WithdrawMatchArgs,
} from './dtos/match.inputs';
import { MatchEntity } from './match.entity';
import { MatchEventEntity } from './match-event.entity';
import { availableActions, MatchAction, MatchRole, TransitionAction } from './match-transitions';
import { MatchesService } from './matches.service';

const MAX_MATCH_EVENTS_LISTED = 100;

const MatchConnection = Connection(MatchEntity, 'MatchConnection');

@Resolver(() => MatchEntity)
export class MatchesResolver {
  constructor(
    private readonly service: MatchesService,
    private readonly access: AccessService,
  ) {}

  @Query(() => MatchEntity)
  match(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseUuidPipe) id: string): Promise<MatchEntity> {
    return this.service.get(actor, id);
  }

  @Query(() => MatchConnection, {
    description:
      'The one list of matches: all of a need you curate; offers to your nonprofit, to you or your funder. Filter by the side you are on (the curation board: CURATOR; offers made to you: CANDIDATE), need, status and more; order NEWEST, SCORE or DEADLINE',
  })
  matches(@CurrentActor() actor: Actor, @Args() args: MatchesArgs) {
    return this.service.list(actor, args);
  }

  @ListSize(MAX_PROPOSAL_DECISIONS)
  @Mutation(() => [ProposalDecisionResult], { description: 'Curators offer proposals to both sides; one result per match' })
  approveProposals(@CurrentActor() actor: Actor, @Args('input') input: ProposalDecisionInput): Promise<ProposalDecisionResult[]> {
    return this.service.decideProposals(actor, MatchAction.APPROVE, input);
  }

  @ListSize(MAX_PROPOSAL_DECISIONS)
  @Mutation(() => [ProposalDecisionResult], { description: 'Curators turn proposals down; the pair is never proposed again' })
  rejectProposals(@CurrentActor() actor: Actor, @Args('input') input: ProposalDecisionInput): Promise<ProposalDecisionResult[]> {
    return this.service.decideProposals(actor, MatchAction.REJECT, input);
  }

  @Mutation(() => MatchEntity, { description: 'A curator pairs a role with a candidate by hand; it is offered to both sides at once' })
  createManualMatch(@CurrentActor() actor: Actor, @Args('input') input: CreateManualMatchInput): Promise<MatchEntity> {
    return this.service.createManual(actor, input);
  }

  @Mutation(() => MatchEntity, { description: 'The nonprofit or the candidate accepts an offer; the second acceptance confirms it' })
  acceptMatch(@CurrentActor() actor: Actor, @Args() { id, version }: MatchVersionArgs): Promise<MatchEntity> {
    return this.service.accept(actor, id, version);
  }

  @Mutation(() => MatchEntity, { description: 'The nonprofit or the candidate declines an offer; the pair is never proposed again' })
  declineMatch(@CurrentActor() actor: Actor, @Args() { id, version, reason, note }: DeclineMatchArgs): Promise<MatchEntity> {
    return this.service.decline(actor, id, version, reason, note);
  }

  @Mutation(() => MatchEntity, { description: 'A curator, or the nonprofit for an offer, takes it back before it is confirmed' })
  withdrawMatch(@CurrentActor() actor: Actor, @Args() { id, version, reason }: WithdrawMatchArgs): Promise<MatchEntity> {
    return this.service.withdraw(actor, id, version, reason);
  }

  @Mutation(() => MatchEntity, { description: 'Either side starts a confirmed engagement' })
  startMatch(@CurrentActor() actor: Actor, @Args() { id, version }: MatchVersionArgs): Promise<MatchEntity> {
    return this.service.start(actor, id, version);
  }

  @Mutation(() => MatchEntity, { description: 'The nonprofit marks an active engagement done; the candidate is free for another' })
  completeMatch(@CurrentActor() actor: Actor, @Args() { id, version }: MatchVersionArgs): Promise<MatchEntity> {
    return this.service.complete(actor, id, version);
  }

  @Mutation(() => MatchEntity, { description: 'A curator or the nonprofit ends an open match; a confirmed one gives its seat back' })
  cancelMatch(@CurrentActor() actor: Actor, @Args() { id, version, reason }: CancelMatchArgs): Promise<MatchEntity> {
    return this.service.cancel(actor, id, version, reason);
  }

  @Mutation(() => MatchEntity, { description: 'An admin of the volunteer’s employer approves the pro-bono time of a match awaiting it; the match is confirmed' })
  approveMatchSignOff(@CurrentActor() actor: Actor, @Args() { matchId, expectedVersion }: ApproveSignOffArgs): Promise<MatchEntity> {
    return this.service.approveSignOff(actor, matchId, expectedVersion ?? undefined);
  }

  @Mutation(() => MatchEntity, { description: 'An admin of the volunteer’s employer declines the pro-bono time, saying why; the match ends' })
  declineMatchSignOff(@CurrentActor() actor: Actor, @Args() { matchId, reason }: DeclineSignOffArgs): Promise<MatchEntity> {
    return this.service.declineSignOff(actor, matchId, reason);
  }

  @ResolveField(() => [MatchEventEntity], { description: `The history, oldest first, at most ${MAX_MATCH_EVENTS_LISTED} events` })
  @ListSize(MAX_MATCH_EVENTS_LISTED)
  async events(@Parent() match: MatchEntity, @Context() ctx: RequestContext): Promise<MatchEventEntity[]> {
    return ctx.loaders.many(MatchEventEntity, 'matchId', { createdAt: 'ASC' }, { limit: MAX_MATCH_EVENTS_LISTED }).load(match.id);
  }

  @ResolveField(() => [MatchAction], { description: 'What you may do to this match now' })
  async allowedActions(@Parent() match: MatchEntity, @CurrentActor() actor: Actor, @Context() ctx: RequestContext): Promise<TransitionAction[]> {
    const roles = await ctx.loaders
      .custom<string, MatchRole[]>('matchRoles', async (ids) => {
        const byId = await this.service.rolesOf(actor, ids);
        return ids.map((id) => byId.get(id) ?? []);
      })
      .load(match.id);
    return availableActions(match, roles);
  }

  @ResolveField(() => NeedEntity)
  need(@Parent() match: MatchEntity, @Context() ctx: RequestContext): Promise<NeedEntity | null> {
    return ctx.loaders.one(NeedEntity).load(match.needId);
  }

  @ResolveField(() => NeedRoleEntity)
  role(@Parent() match: MatchEntity, @Context() ctx: RequestContext): Promise<NeedRoleEntity | null> {
    return ctx.loaders.one(NeedRoleEntity).load(match.roleId);
  }

  // The candidate is shown only where its own query would show it: a match can be visible before its candidate is.
  @ResolveField(() => VolunteerProfileEntity, { nullable: true })
  async volunteerProfile(@Parent() match: MatchEntity, @CurrentActor() actor: Actor, @Context() ctx: RequestContext): Promise<VolunteerProfileEntity | null> {
    return (await this.visible(actor, ctx, 'volunteer_profile', match.volunteerProfileId))
      ? ctx.loaders.one(VolunteerProfileEntity).load(match.volunteerProfileId as string)
      : null;
  }

  @ResolveField(() => MentorProfileEntity, { nullable: true })
  async mentorProfile(@Parent() match: MatchEntity, @CurrentActor() actor: Actor, @Context() ctx: RequestContext): Promise<MentorProfileEntity | null> {
    return (await this.visible(actor, ctx, 'mentor_profile', match.mentorProfileId)) ? ctx.loaders.one(MentorProfileEntity).load(match.mentorProfileId as string) : null;
  }

  @ResolveField(() => FundingOfferEntity, { nullable: true })
  async fundingOffer(@Parent() match: MatchEntity, @CurrentActor() actor: Actor, @Context() ctx: RequestContext): Promise<FundingOfferEntity | null> {
    return (await this.visible(actor, ctx, 'funding_offer', match.fundingOfferId)) ? ctx.loaders.one(FundingOfferEntity).load(match.fundingOfferId as string) : null;
  }

  private async visible(actor: Actor, ctx: RequestContext, what: Visibility, id: string | null): Promise<boolean> {
    return id !== null && (await this.access.isVisible(actor, ctx.loaders, what, id));
  }
}
