import { Module, OnApplicationBootstrap } from '@nestjs/common';

import { QueueService } from '../queue/queue.service';
import { LifecycleProcessor } from './jobs/lifecycle.processor';
import { SWEEP_OFFER_DEADLINES_EVERY_MS, SWEEP_OFFER_DEADLINES_SCHEDULER_ID, SweepOfferDeadlinesJob } from './jobs/sweep-offer-deadlines.job';
import { MatchLifecycleModule } from './match-lifecycle.module';

/** The worker side: the scheduled deadline sweep on the LIFECYCLE queue. */
@Module({
  imports: [MatchLifecycleModule],
  providers: [SweepOfferDeadlinesJob, LifecycleProcessor],
})
export class LifecycleWorkerModule implements OnApplicationBootstrap {
  constructor(private readonly queue: QueueService) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.schedule(SweepOfferDeadlinesJob, SWEEP_OFFER_DEADLINES_SCHEDULER_ID, { every: SWEEP_OFFER_DEADLINES_EVERY_MS }, {});
  }
}
