import { Injectable } from '@nestjs/common';
import { Job, JobsOptions } from 'bullmq';

import { QueueJob } from '../../queue/queue-job';
import { QueueName } from '../../queue/queue-names';
import { MatchingScope, MatchingTrigger } from '../matching-run.entity';
import { MatchingRunLauncher } from '../matching-run.launcher';

/** The job scheduler's template carries no data: every firing re-optimizes all open roles. */
export type ReoptimizeMatchingJobData = Record<string, never>;

export const REOPTIMIZE_MATCHING_SCHEDULER_ID = 'matching-reoptimize';

/**
 * Fired by the BullMQ job scheduler. It only turns the firing into a SCHEDULED run of scope ALL;
 * the run id is derived from the firing's job id, so a firing handled twice launches one run.
 */
@Injectable()
export class ReoptimizeMatchingJob implements QueueJob<ReoptimizeMatchingJobData> {
  static readonly queue = QueueName.MATCHING;
  static readonly options: JobsOptions = { attempts: 3, backoff: { type: 'exponential', delay: 1000 } };

  constructor(private readonly launcher: MatchingRunLauncher) {}

  async handle(_: ReoptimizeMatchingJobData, job: Job<ReoptimizeMatchingJobData>): Promise<void> {
    await this.launcher.launchOnce(`scheduled:${job.id ?? job.name}`, { scope: MatchingScope.ALL, scopeId: null, trigger: MatchingTrigger.SCHEDULED, requestedById: null });
  }
}
