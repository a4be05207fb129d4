import { Args, Context, Float, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { AccessService } from '../common/access/access.service';
import { Actor } from '../common/access/actor';
import { CurrentActor } from '../common/auth/auth.decorators';
import { AppError } from '../common/errors/app-error';
import { RequestContext } from '../common/graphql/request-context';
import { Connection } from '../common/pagination/pagination';
import { ParseUuidPipe } from '../common/validation/parse-uuid.pipe';
import { OrganizationEntity } from '../organizations/organization.entity';
import { CreateFundingOfferInput, FundingOffersArgs, UpdateFundingOfferInput } from './dtos/funding-offer.inputs';
import { FundingOfferEntity } from './funding-offer.entity';
import { FundingOffersService } from './funding-offers.service';

const FundingOfferConnection = Connection(FundingOfferEntity, 'FundingOfferConnection');

@Resolver(() => FundingOfferEntity)
export class FundingOffersResolver {
  constructor(
    private readonly service: FundingOffersService,
    private readonly access: AccessService,
  ) {}

  @Query(() => FundingOfferEntity, {
    description:
      'A funding offer; seen by the funder’s members, curators whose intermediary or network curates the funder or who curate a need it is matched on, and nonprofits it was offered to',
  })
  fundingOffer(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseUuidPipe) id: string): Promise<FundingOfferEntity> {
    return this.service.get(actor, id);
  }

  @Query(() => FundingOfferConnection, {
    description:
      'Offers you may see: the funder’s members, curators whose intermediary or network curates the funder or who curate a need it is matched on, and nonprofits it was offered to',
  })
  fundingOffers(@CurrentActor() actor: Actor, @Args() args: FundingOffersArgs) {
    return this.service.list(actor, args);
  }

  @Mutation(() => FundingOfferEntity, { description: 'Publishes a funding offer for a funder you are a member of' })
  createFundingOffer(@CurrentActor() actor: Actor, @Args('input') input: CreateFundingOfferInput): Promise<FundingOfferEntity> {
    return this.service.create(actor, input);
  }

  @Mutation(() => FundingOfferEntity)
  updateFundingOffer(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, ParseUuidPipe) id: string,
    @Args('input') input: UpdateFundingOfferInput,
  ): Promise<FundingOfferEntity> {
    return this.service.update(actor, id, input);
  }

  @Mutation(() => FundingOfferEntity, { description: 'Pauses or resumes matching for an offer' })
  setFundingOfferActive(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseUuidPipe) id: string, @Args('active') active: boolean): Promise<FundingOfferEntity> {
    return this.service.setActive(actor, id, active);
  }

  @ResolveField(() => OrganizationEntity)
  async funder(@Parent() offer: FundingOfferEntity, @Context() ctx: RequestContext): Promise<OrganizationEntity> {
    const funder = await ctx.loaders.one(OrganizationEntity).load(offer.funderId);
    if (!funder) throw AppError.notFound('Funder');
    return funder;
  }

  @ResolveField(() => Float, {
    nullable: true,
    description: "The budget; shown to the funder's members, curators of the funder's intermediaries and platform admins, null for others",
  })
  async budgetTotal(@Parent() offer: FundingOfferEntity, @CurrentActor() actor: Actor, @Context() ctx: RequestContext): Promise<number | null> {
    return (await this.access.isVisible(actor, ctx.loaders, 'budget', offer.id)) ? offer.budgetTotal : null;
  }

  @ResolveField(() => Float, { nullable: true, description: 'What is left of the budget; shown as budgetTotal is' })
  async budgetLeft(@Parent() offer: FundingOfferEntity, @CurrentActor() actor: Actor, @Context() ctx: RequestContext): Promise<number | null> {
    return (await this.access.isVisible(actor, ctx.loaders, 'budget', offer.id)) ? offer.budgetLeft : null;
  }
}
