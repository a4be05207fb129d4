import { Args, Query, Resolver } from '@nestjs/graphql';

import { Actor } from '../common/access/actor';
import { CurrentActor } from '../common/auth/auth.decorators';
import { ImpactArgs, ImpactReport } from './dtos/impact.types';
import { ImpactService } from './impact.service';
import { impactToCsv } from './impact-csv';

@Resolver(() => ImpactReport)
export class ImpactResolver {
  constructor(private readonly service: ImpactService) {}

  @Query(() => ImpactReport, { description: 'Matches, hours and their value for one scope you may see, with breakdowns by focus area, country and month' })
  impact(@CurrentActor() actor: Actor, @Args() args: ImpactArgs): Promise<ImpactReport> {
    return this.service.report(actor, args);
  }

  // GraphQL rather than a REST route: it shares the API's sign-in, errors and limits, and the client saves the text as a file.
  @Query(() => String, { description: 'The same report as CSV text (RFC 4180): a total row, then one row per focus area, country and month' })
  async impactCsv(@CurrentActor() actor: Actor, @Args() args: ImpactArgs): Promise<string> {
    return impactToCsv(await this.service.report(actor, args));
  }
}
