import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { InvitationEntity } from './invitation.entity';
import { InvitationsResolver, MembershipsResolver, MemberUsersResolver } from './memberships.resolver';
import { MembershipsService } from './memberships.service';

@Module({
  imports: [TypeOrmModule.forFeature([InvitationEntity])],
  providers: [MembershipsService, MembershipsResolver, MemberUsersResolver, InvitationsResolver],
})
export class MembershipsModule {}
