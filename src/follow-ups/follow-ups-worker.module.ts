import { Module } from '@nestjs/common';

import { AccessModule } from '../common/access/access.module';
import { MatchLifecycleModule } from '../matches/match-lifecycle.module';
import { FollowUpTriggers } from './follow-up.triggers';
import { FollowUpsService } from './follow-ups.service';
import { AskFollowUpJob } from './jobs/ask-follow-up.job';
import { FollowUpsProcessor } from './jobs/follow-ups.processor';

/** The worker side: the delayed question, and the relay's retries of completion events. */
@Module({
  imports: [AccessModule, MatchLifecycleModule],
  providers: [FollowUpsService, FollowUpTriggers, AskFollowUpJob, FollowUpsProcessor],
})
export class FollowUpsWorkerModule {}
