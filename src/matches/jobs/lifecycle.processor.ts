import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job, UnrecoverableError } from 'bullmq';

import { QueueName } from '../../queue/queue-names';
import { SweepOfferDeadlinesJob, SweepOfferDeadlinesJobData } from './sweep-offer-deadlines.job';

@Processor(QueueName.LIFECYCLE)
export class LifecycleProcessor extends WorkerHost {
  constructor(private readonly sweepOfferDeadlines: SweepOfferDeadlinesJob) {
    super();
  }

  process(job: Job<unknown>): Promise<unknown> {
    if (job.name !== SweepOfferDeadlinesJob.name) throw new UnrecoverableError(`Unknown lifecycle job "${job.name}"`);
    return this.sweepOfferDeadlines.handle(job.data as SweepOfferDeadlinesJobData, job as Job<SweepOfferDeadlinesJobData>);
  }
}
