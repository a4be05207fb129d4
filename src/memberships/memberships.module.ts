import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QueueName } from '../queue/queue-names';
import { InvitationEntity } from './invitation.entity';
import { InvitationsResolver, MembershipsResolver, MemberUsersResolver } from './memberships.resolver';
import { MembershipsService } from './memberships.service';

@Module({
  // Invitation emails travel with the other emails, on the notifications queue.
  imports: [TypeOrmModule.forFeature([InvitationEntity]), BullModule.registerQueue({ name: QueueName.NOTIFICATIONS })],
  providers: [MembershipsService, MembershipsResolver, MemberUsersResolver, InvitationsResolver],
})
export class MembershipsModule {}
