import { Args, Context, Float, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { Actor } from '../common/access/actor';
import { CurrentActor } from '../common/auth/auth.decorators';
import { ListSize } from '../common/graphql/query-limits';
import { RequestContext } from '../common/graphql/request-context';
import { ParseUuidPipe } from '../common/validation/parse-uuid.pipe';
import { MatchEntity } from '../matches/match.entity';
import { DisputeHoursArgs, LogHoursInput } from './dtos/hours.inputs';
import { HoursService } from './hours.service';
import { HoursLogEntity, HoursStatus } from './hours-log.entity';

// A year of daily logs; the Engagements screen lists 20 engagements with their logs under the cost limit.
const MAX_HOURS_LOGS_LISTED = 366;

@Resolver(() => MatchEntity)
export class HoursResolver {
  constructor(private readonly hours: HoursService) {}

  @Mutation(() => HoursLogEntity, { description: 'The volunteer or mentor logs hours on a confirmed or active engagement' })
  logHours(@CurrentActor() actor: Actor, @Args('matchId', { type: () => ID }, ParseUuidPipe) matchId: string, @Args('input') input: LogHoursInput): Promise<HoursLogEntity> {
    return this.hours.log(actor, matchId, input);
  }

  @Mutation(() => HoursLogEntity, { description: 'The author corrects hours not yet confirmed; disputed hours go back to be reviewed' })
  updateHours(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseUuidPipe) id: string, @Args('input') input: LogHoursInput): Promise<HoursLogEntity> {
    return this.hours.update(actor, id, input);
  }

  @Mutation(() => ID, { description: 'The author removes hours not yet confirmed; returns the id of the removed entry' })
  deleteHours(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseUuidPipe) id: string): Promise<string> {
    return this.hours.delete(actor, id);
  }

  @Mutation(() => HoursLogEntity, { description: 'The nonprofit confirms logged (or disputed) hours' })
  confirmHours(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseUuidPipe) id: string): Promise<HoursLogEntity> {
    return this.hours.confirm(actor, id);
  }

  @Mutation(() => HoursLogEntity, { description: 'The nonprofit disputes logged hours, saying why' })
  disputeHours(@CurrentActor() actor: Actor, @Args() { id, reason }: DisputeHoursArgs): Promise<HoursLogEntity> {
    return this.hours.dispute(actor, id, reason);
  }

  @ResolveField(() => [HoursLogEntity], { description: `Hours logged on this engagement, by day, the first ${MAX_HOURS_LOGS_LISTED}` })
  @ListSize(MAX_HOURS_LOGS_LISTED)
  async hoursLogs(@Parent() match: MatchEntity, @Context() ctx: RequestContext): Promise<HoursLogEntity[]> {
    return ctx.loaders.many(HoursLogEntity, 'matchId', { workedOn: 'ASC', createdAt: 'ASC' }, { limit: MAX_HOURS_LOGS_LISTED }).load(match.id);
  }

  @ResolveField(() => Float, { description: 'Hours the nonprofit has confirmed' })
  async confirmedHours(@Parent() match: MatchEntity, @Context() ctx: RequestContext): Promise<number> {
    const confirmed = await ctx.loaders.many(HoursLogEntity, 'matchId', {}, { within: { column: 'status', values: [HoursStatus.CONFIRMED] } }).load(match.id);
    return confirmed.reduce((sum, l) => sum + l.hours, 0);
  }
}
