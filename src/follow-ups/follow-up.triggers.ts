import { Injectable, OnModuleInit } from '@nestjs/common';

import { DomainEvents } from '../common/events/domain-events';
import { AppConfig } from '../config/app-config';
import { QueueService } from '../queue/queue.service';
import { AskFollowUpJob, askFollowUpJobId } from './jobs/ask-follow-up.job';

/**
 * A completed match queues its follow-up question, delayed by FOLLOW_UP_DELAY_SECONDS. The API
 * dispatches the event after commit and the worker's relay retries it; both add the same job id, so
 * the question is queued once.
 */
@Injectable()
export class FollowUpTriggers implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly queue: QueueService,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.events.on('match.completed', ({ matchId }) =>
      this.queue.add(AskFollowUpJob, { matchId }, { jobId: askFollowUpJobId(matchId), delay: this.config.FOLLOW_UP_DELAY_SECONDS * 1000 }),
    );
  }
}
