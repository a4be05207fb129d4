import { Injectable } from '@nestjs/common';
import { Job, JobsOptions } from 'bullmq';

import { QueueJob } from '../../queue/queue-job';
import { QueueName } from '../../queue/queue-names';
import { DeadlineRun, OfferDeadlinesService } from '../offer-deadlines.service';

export type SweepOfferDeadlinesJobData = Record<string, never>;

/** The scheduled sweep of match deadlines; one scheduler, so one id. */
export const SWEEP_OFFER_DEADLINES_SCHEDULER_ID = 'lifecycle-tick';
export const SWEEP_OFFER_DEADLINES_EVERY_MS = 5 * 60_000;

@Injectable()
export class SweepOfferDeadlinesJob implements QueueJob<SweepOfferDeadlinesJobData> {
  static readonly queue = QueueName.LIFECYCLE;
  static readonly options: JobsOptions = { removeOnComplete: 100, removeOnFail: 100 };

  constructor(private readonly deadlines: OfferDeadlinesService) {}

  handle(_: SweepOfferDeadlinesJobData, job: Job<SweepOfferDeadlinesJobData>): Promise<DeadlineRun> {
    return this.deadlines.run(new Date(job.processedOn ?? Date.now()));
  }
}
