import { Args, ID, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';

import { Actor } from '../common/access/actor';
import { CurrentActor } from '../common/auth/auth.decorators';
import { RequestContext } from '../common/graphql/request-context';
import { Connection } from '../common/pagination/pagination';
import { ParseUuidPipe } from '../common/validation/parse-uuid.pipe';
import { MatchingRunsArgs, StartMatchingRunInput } from './dtos/matching.inputs';
import { MatchingService } from './matching.service';
import { MatchingRunEntity } from './matching-run.entity';

const MatchingRunConnection = Connection(MatchingRunEntity, 'MatchingRunConnection');

@Resolver(() => MatchingRunEntity)
export class MatchingRunsResolver {
  constructor(private readonly matching: MatchingService) {}

  @Mutation(() => MatchingRunEntity, {
    description: 'Queues a matching run; joins one of the same scope that has not started yet',
  })
  startMatchingRun(@CurrentActor() actor: Actor, @Args('input') input: StartMatchingRunInput): Promise<MatchingRunEntity> {
    return this.matching.start(actor, input);
  }

  @Query(() => MatchingRunEntity)
  matchingRun(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseUuidPipe) id: string): Promise<MatchingRunEntity> {
    return this.matching.get(actor, id);
  }

  @Query(() => MatchingRunConnection, { description: 'Runs you could start or started; platform admins see all' })
  matchingRuns(@CurrentActor() actor: Actor, @Args() args: MatchingRunsArgs) {
    return this.matching.list(actor, args);
  }

  @Subscription(() => MatchingRunEntity, {
    description: 'The run as it is now, then each change of its status and progress until it finishes',
    filter: (_run: MatchingRunEntity, _args: unknown, ctx: RequestContext) => ctx.isSessionLive(),
    resolve: (run: MatchingRunEntity) => run,
  })
  matchingRunProgress(@CurrentActor() actor: Actor, @Args('runId', { type: () => ID }, ParseUuidPipe) runId: string): Promise<AsyncIterableIterator<MatchingRunEntity>> {
    return this.matching.follow(actor, runId);
  }
}
