import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { Actor } from '../common/access/actor';
import { CurrentActor } from '../common/auth/auth.decorators';
import { RequestContext } from '../common/graphql/request-context';
import { NeedRoleEntity } from '../needs/need-role.entity';
import { CurationWaitDto } from './dtos/curation-wait.dto';
import { MatchesService } from './matches.service';

/** What a role's proposals wait for; lives with matches, which depend on needs and not the other way round. */
@Resolver(() => NeedRoleEntity)
export class CurationWaitResolver {
  constructor(private readonly matches: MatchesService) {}

  @ResolveField(() => CurationWaitDto, {
    nullable: true,
    description: "Proposals waiting for a curator's decision, for the need's nonprofit and curators; null when none wait or you are neither",
  })
  awaitingCuration(@Parent() role: NeedRoleEntity, @CurrentActor() actor: Actor, @Context() ctx: RequestContext): Promise<CurationWaitDto | null> {
    return ctx.loaders.custom<NeedRoleEntity, CurationWaitDto | null>('awaitingCuration', (roles) => this.matches.awaitingCuration(actor, roles)).load(role);
  }
}
