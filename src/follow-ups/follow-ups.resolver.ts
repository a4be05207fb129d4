import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { AccessService, MatchParts } from '../common/access/access.service';
import { Actor } from '../common/access/actor';
import { CurrentActor } from '../common/auth/auth.decorators';
import { RequestContext } from '../common/graphql/request-context';
import { MatchEntity, MatchStatus } from '../matches/match.entity';
import { AnswerFollowUpArgs } from './dtos/follow-up.inputs';
import { FollowUpEntity } from './follow-up.entity';
import { FollowUpsService } from './follow-ups.service';

@Resolver(() => MatchEntity)
export class MatchFollowUpResolver {
  constructor(private readonly access: AccessService) {}

  @ResolveField(() => FollowUpEntity, { nullable: true, description: 'The follow-up question once asked; for the nonprofit’s members and the curators' })
  async followUp(@Parent() match: MatchEntity, @CurrentActor() actor: Actor, @Context() ctx: RequestContext): Promise<FollowUpEntity | null> {
    if (match.status !== MatchStatus.COMPLETED) return null;
    const parts = await ctx.loaders
      .custom<string, MatchParts | null>('followUpMatchParts', async (ids) => {
        const byId = await this.access.matchPartsOf(actor, ids);
        return ids.map((id) => byId.get(id) ?? null);
      })
      .load(match.id);
    if (!parts?.nonprofit && !parts?.curator) return null;
    return ctx.loaders.one(FollowUpEntity, 'matchId').load(match.id);
  }
}

@Resolver(() => FollowUpEntity)
export class FollowUpsResolver {
  constructor(private readonly followUps: FollowUpsService) {}

  @Mutation(() => FollowUpEntity, { description: 'The nonprofit answers, once, whether the work of a completed match is still in use' })
  answerFollowUp(@CurrentActor() actor: Actor, @Args() args: AnswerFollowUpArgs): Promise<FollowUpEntity> {
    return this.followUps.answer(actor, args);
  }
}
