import { Module } from '@nestjs/common';

import { MatchLifecycleModule } from '../matches/match-lifecycle.module';
import { FollowUpTriggers } from './follow-up.triggers';
import { FollowUpsResolver, MatchFollowUpResolver } from './follow-ups.resolver';
import { FollowUpsService } from './follow-ups.service';

@Module({
  imports: [MatchLifecycleModule],
  providers: [FollowUpsService, FollowUpTriggers, FollowUpsResolver, MatchFollowUpResolver],
})
export class FollowUpsModule {}
