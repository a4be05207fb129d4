import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { MatchesModule } from '../matches/matches.module';
import { NeedsModule } from '../needs/needs.module';
import { NeedShareEntity } from './need-share.entity';
import { NeedSharesResolver, NetworkSharingResolver, PartnerProposalResolver, ProgramSharesResolver, SharedNeedResolver } from './network-sharing.resolver';
import { NetworkSharingService } from './network-sharing.service';
import { ProgramShareEntity } from './program-share.entity';

@Module({
  imports: [TypeOrmModule.forFeature([NeedShareEntity, ProgramShareEntity]), NeedsModule, MatchesModule],
  providers: [NetworkSharingService, NetworkSharingResolver, SharedNeedResolver, NeedSharesResolver, PartnerProposalResolver, ProgramSharesResolver],
})
export class NetworkSharingModule {}
