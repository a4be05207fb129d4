import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { OnApplicationBootstrap } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { QueueName } from '../../queue/queue-names';
import { DeadlineRun, OfferDeadlinesService } from '../offer-deadlines.service';
import { LIFECYCLE_TICK_EVERY_MS, LIFECYCLE_TICK_JOB, LIFECYCLE_TICK_SCHEDULER_ID, LifecycleTickJobData } from './lifecycle-tick.job';

@Processor(QueueName.LIFECYCLE)
export class LifecycleProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly deadlines: OfferDeadlinesService,
    @InjectQueue(QueueName.LIFECYCLE) private readonly queue: Queue<LifecycleTickJobData>,
  ) {
    super();
  }

  /** Idempotent: every worker upserts the same scheduler, and BullMQ keeps one. */
  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      LIFECYCLE_TICK_SCHEDULER_ID,
      { every: LIFECYCLE_TICK_EVERY_MS },
      { name: LIFECYCLE_TICK_JOB, data: {}, opts: { removeOnComplete: 100, removeOnFail: 100 } },
    );
  }

  process(job: Job<LifecycleTickJobData>): Promise<DeadlineRun> {
    return this.deadlines.run(new Date(job.processedOn ?? Date.now()));
  }
}
