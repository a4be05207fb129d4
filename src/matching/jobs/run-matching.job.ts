import { Injectable } from '@nestjs/common';
import { Job, JobsOptions } from 'bullmq';

import { QueueJob } from '../../queue/queue-job';
import { QueueName } from '../../queue/queue-names';
import { MatchingRunService } from '../matching-run.service';

export interface RunMatchingJobData {
  runId: string;
}

/** Executes one MatchingRun; the job id is the run id, so a run is queued at most once. */
@Injectable()
export class RunMatchingJob implements QueueJob<RunMatchingJobData> {
  static readonly queue = QueueName.MATCHING;
  static readonly options: JobsOptions = {
    attempts: 3,
    backoff: { type: 'exponential', delay: 1000 },
    // Finished jobs stay a day: a duplicate enqueue of the same run id within it stays a no-op.
    removeOnComplete: { age: 24 * 3600, count: 5000 },
    removeOnFail: { age: 7 * 24 * 3600 },
  };

  constructor(private readonly runs: MatchingRunService) {}

  handle(data: RunMatchingJobData, job: Job<RunMatchingJobData>): Promise<void> {
    return this.runs.execute(data.runId, { finalAttempt: job.attemptsMade + 1 >= (job.opts.attempts ?? 1) });
  }
}
