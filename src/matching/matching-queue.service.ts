import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { JobsOptions, Queue } from 'bullmq';
import { QueueName } from '../queue/queue-names';
import { MatchingJobName } from './jobs/matching-job-names';
import type { ReoptimizeMatchingJobData } from './jobs/reoptimize-matching.job';
import type { RunMatchingJobData } from './jobs/run-matching.job';

const MATCHING_JOB_ATTEMPTS = 3;
const REOPTIMIZE_SCHEDULER_ID = 'matching-reoptimize';

const RUN_JOB_OPTIONS: JobsOptions = {
  attempts: MATCHING_JOB_ATTEMPTS,
  backoff: { type: 'exponential', delay: 1000 },
  // Finished jobs stay a day: a duplicate enqueue of the same run id within it stays a no-op.
  removeOnComplete: { age: 24 * 3600, count: 5000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

/** The one way work reaches the matching queue. */
@Injectable()
export class MatchingQueueService {
  constructor(@InjectQueue(QueueName.MATCHING) private readonly queue: Queue) {}

  /** Job id = run id: adding a run that is already queued, running or recently done changes nothing. */
  async enqueueRun(runId: string, delayMs = 0): Promise<void> {
    const data: RunMatchingJobData = { runId };
    await this.queue.add(MatchingJobName.RUN, data, { ...RUN_JOB_OPTIONS, jobId: runId, delay: delayMs });
  }

  /** Idempotent: every worker calls it at start; the scheduler exists once per queue. */
  async scheduleReoptimization(cron: string): Promise<void> {
    const data: ReoptimizeMatchingJobData = {};
    await this.queue.upsertJobScheduler(
      REOPTIMIZE_SCHEDULER_ID,
      { pattern: cron },
      { name: MatchingJobName.REOPTIMIZE, data, opts: { attempts: MATCHING_JOB_ATTEMPTS, backoff: { type: 'exponential', delay: 1000 } } },
    );
  }
}
