import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InvitationEntity } from './invitation.entity';
import { InvitationsResolver, MembershipsResolver } from './memberships.resolver';
import { MembershipsService } from './memberships.service';

@Module({
  imports: [TypeOrmModule.forFeature([InvitationEntity])],
  providers: [MembershipsService, MembershipsResolver, InvitationsResolver],
})
export class MembershipsModule {}
