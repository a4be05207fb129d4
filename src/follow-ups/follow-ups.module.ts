import { Module } from '@nestjs/common';

import { FollowUpTriggers } from './follow-up.triggers';
import { FollowUpsResolver, MatchFollowUpResolver } from './follow-ups.resolver';
import { FollowUpsService } from './follow-ups.service';

@Module({
  providers: [FollowUpsService, FollowUpTriggers, FollowUpsResolver, MatchFollowUpResolver],
})
export class FollowUpsModule {}
