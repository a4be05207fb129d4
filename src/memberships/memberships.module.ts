import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { OrganizationsModule } from '../organizations/organizations.module';
import { UsersModule } from '../users/users.module';
import { InvitationEntity } from './invitation.entity';
import { OrganizationMembersResolver, UserMembershipsResolver } from './membership-fields.resolver';
import { InvitationsResolver, MembershipsResolver, MemberUsersResolver } from './memberships.resolver';
import { MembershipsService } from './memberships.service';

@Module({
  imports: [TypeOrmModule.forFeature([InvitationEntity]), OrganizationsModule, UsersModule],
  providers: [MembershipsService, MembershipsResolver, MemberUsersResolver, InvitationsResolver, UserMembershipsResolver, OrganizationMembersResolver],
})
export class MembershipsModule {}
