import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';

import { QueueName } from '../../queue/queue-names';
import { MatchingRunService } from '../matching-run.service';
import { ReoptimizeMatchingJob, ReoptimizeMatchingJobData } from './reoptimize-matching.job';
import { RunMatchingJob, RunMatchingJobData } from './run-matching.job';

/*
 * One run at a time per worker: a run is CPU-bound (on its own thread) and memory-heavy; scale by
 * running more workers. The lock is renewed every lockDuration / 2 while the event loop is free
 * (the solve runs on a worker thread, so it is); a worker killed mid-run loses its lock after
 * lockDuration, and within another stalledInterval a live worker takes the run back.
 */
@Processor(QueueName.MATCHING, { concurrency: 1, lockDuration: 20_000, stalledInterval: 10_000, maxStalledCount: 2 })
export class MatchingProcessor extends WorkerHost {
  private readonly logger = new Logger(MatchingProcessor.name);

  constructor(
    private readonly runMatching: RunMatchingJob,
    private readonly reoptimizeMatching: ReoptimizeMatchingJob,
    private readonly runs: MatchingRunService,
  ) {
    super();
  }

  process(job: Job<unknown>): Promise<void> {
    switch (job.name) {
      case RunMatchingJob.name:
        return this.runMatching.handle(job.data as RunMatchingJobData, job as Job<RunMatchingJobData>);
      case ReoptimizeMatchingJob.name:
        return this.reoptimizeMatching.handle(job.data as ReoptimizeMatchingJobData, job as Job<ReoptimizeMatchingJobData>);
      default:
        throw new UnrecoverableError(`Unknown matching job "${job.name}"`);
    }
  }

  /** BullMQ reports lost locks and connection trouble as 'error' events; unheard, they would crash the worker. */
  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.error(`Matching queue worker: ${error.message}`);
  }

  /** A job BullMQ fails without our code having recorded it (stalled too often) must still end its run. */
  @OnWorkerEvent('failed')
  async onFailed(job: Job | undefined, error: Error): Promise<void> {
    if (job?.name !== RunMatchingJob.name) return;
    const exhausted = job.attemptsMade >= (job.opts.attempts ?? 1) || error instanceof UnrecoverableError || /stalled/i.test(error.message);
    if (!exhausted) return;
    try {
      await this.runs.failIfUnfinished((job.data as RunMatchingJobData).runId, error.message);
    } catch (e) {
      this.logger.error(`Could not mark matching run ${(job.data as RunMatchingJobData).runId} failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}
