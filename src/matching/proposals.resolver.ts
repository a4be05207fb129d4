import { Args, Query, Resolver } from '@nestjs/graphql';

import { Actor } from '../common/access/actor';
import { CurrentActor } from '../common/auth/auth.decorators';
import { Connection } from '../common/pagination/pagination';
import { MatchEntity } from '../matches/match.entity';
import { MyProposalsArgs, ProposalsArgs } from './dtos/matching.inputs';
import { ProposalsService } from './proposals.service';

const ProposalConnection = Connection(MatchEntity, 'ProposalConnection');

/**
 * The matching side of the Match type: lists of proposals. A match's role, need, volunteerProfile,
 * mentorProfile and fundingOffer fields (through the request's loaders) and its history are
 * resolved once, by MatchesResolver.
 */
@Resolver(() => MatchEntity)
export class ProposalsResolver {
  constructor(private readonly service: ProposalsService) {}

  @Query(() => ProposalConnection, { description: 'Proposals of needs you curate, or offered to your organization' })
  proposals(@CurrentActor() actor: Actor, @Args() args: ProposalsArgs) {
    return this.service.list(actor, args);
  }

  @Query(() => ProposalConnection, { description: 'Matches offered to you: your volunteer and mentor profiles, your funders’ offers' })
  myProposals(@CurrentActor() actor: Actor, @Args() args: MyProposalsArgs) {
    return this.service.mine(actor, args);
  }
}
