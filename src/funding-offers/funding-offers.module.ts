import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { FundingOfferEntity } from './funding-offer.entity';
import { FundingOffersResolver } from './funding-offers.resolver';
import { FundingOffersService } from './funding-offers.service';

@Module({
  imports: [TypeOrmModule.forFeature([FundingOfferEntity])],
  providers: [FundingOffersService, FundingOffersResolver],
  exports: [FundingOffersService],
})
export class FundingOffersModule {}
