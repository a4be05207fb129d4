import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { Actor } from '../../common/access/actor';
import { CurrentActor } from '../../common/auth/auth.decorators';
import { ListSize } from '../../common/graphql/query-limits';
import { RequestContext } from '../../common/graphql/request-context';
import { MatchEntity } from '../../matches/match.entity';
import { NeedRoleEntity } from '../../needs/need-role.entity';
import { ProposeAlternativeInput } from './dtos/propose-alternative.input';
import { ShortlistEntryDto } from './dtos/shortlist-entry.dto';
import { MAX_SHORTLIST_SIZE, ShortlistService } from './shortlist.service';
import { ShortlistSwapService } from './shortlist-swap.service';

@Resolver(() => NeedRoleEntity)
export class ShortlistResolver {
  constructor(
    private readonly service: ShortlistService,
    private readonly swap: ShortlistSwapService,
  ) {}

  @Mutation(() => MatchEntity, {
    description: "Curators: offers a role's shortlisted candidate by hand, with the engine's reasons, optionally withdrawing a PROPOSED match of the role in the same step",
  })
  proposeAlternative(@CurrentActor() actor: Actor, @Args('input') input: ProposeAlternativeInput): Promise<MatchEntity> {
    return this.swap.proposeAlternative(actor, input);
  }

  @ResolveField(() => [ShortlistEntryDto], {
    description: "The latest matching run's best candidates for the role, best first; empty unless you curate the need",
  })
  @ListSize(MAX_SHORTLIST_SIZE)
  shortlist(@Parent() role: NeedRoleEntity, @CurrentActor() actor: Actor, @Context() ctx: RequestContext): Promise<ShortlistEntryDto[]> {
    return ctx.loaders.custom<NeedRoleEntity, ShortlistEntryDto[]>('roleShortlists', (roles) => this.service.byRoles(actor, roles)).load(role);
  }
}
