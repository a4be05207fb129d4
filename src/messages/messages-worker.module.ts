import { Module } from '@nestjs/common';

import { AccessModule } from '../common/access/access.module';
import { MatchLifecycleModule } from '../matches/match-lifecycle.module';
import { MessagesProcessor } from './jobs/messages.processor';
import { SendMessageDigestJob } from './jobs/send-message-digest.job';
import { MessageDigestService } from './message-digest.service';

/** The worker side: the digest emails of unread messages, queued on MESSAGES. */
@Module({
  imports: [AccessModule, MatchLifecycleModule],
  providers: [MessageDigestService, SendMessageDigestJob, MessagesProcessor],
})
export class MessagesWorkerModule {}
