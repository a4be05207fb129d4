import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { Actor } from '../common/access/actor';
import { CurrentActor } from '../common/auth/auth.decorators';
import { ListSize } from '../common/graphql/query-limits';
import { RequestContext } from '../common/graphql/request-context';
import { ParseUuidPipe } from '../common/validation/parse-uuid.pipe';
import { MatchEntity } from '../matches/match.entity';
import { LeaveFeedbackInput } from './dtos/feedback.inputs';
import { FeedbackEntity } from './feedback.entity';
import { FeedbackService } from './feedback.service';

@Resolver(() => MatchEntity)
export class FeedbackResolver {
  constructor(private readonly service: FeedbackService) {}

  @Mutation(() => FeedbackEntity, { description: 'Rate the other side of a completed engagement, once per side' })
  leaveFeedback(
    @CurrentActor() actor: Actor,
    @Args('matchId', { type: () => ID }, ParseUuidPipe) matchId: string,
    @Args('input') input: LeaveFeedbackInput,
  ): Promise<FeedbackEntity> {
    return this.service.leave(actor, matchId, input);
  }

  // Whoever may see the match (its curators and both sides, see AccessService.scopeMatches) sees its feedback.
  @ResolveField(() => [FeedbackEntity], { description: 'Feedback both sides left after completion' })
  // One per direction (UQ_feedback_match_direction).
  @ListSize(2)
  feedback(@Parent() match: MatchEntity, @Context() ctx: RequestContext): Promise<FeedbackEntity[]> {
    return ctx.loaders.many(FeedbackEntity, 'matchId', { createdAt: 'ASC' }).load(match.id);
  }
}
