import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { OrganizationsModule } from '../organizations/organizations.module';
import { NetworkEntity } from './network.entity';
import { NetworkMemberEntity } from './network-member.entity';
import { NetworksResolver } from './networks.resolver';
import { NetworksService } from './networks.service';

@Module({
  imports: [TypeOrmModule.forFeature([NetworkEntity, NetworkMemberEntity]), OrganizationsModule],
  providers: [NetworksService, NetworksResolver],
})
export class NetworksModule {}
