import { Injectable } from '@nestjs/common';
import { MatchingScope, MatchingTrigger } from '../matching-run.entity';
import { MatchingRunLauncher } from '../matching-run.launcher';

/** The job scheduler's template carries no data: every firing re-optimizes all open roles. */
export type ReoptimizeMatchingJobData = Record<string, never>;

/**
 * Fired by the BullMQ job scheduler. It only turns the firing into a SCHEDULED run of scope ALL;
 * the run id is derived from the firing's job id, so a firing handled twice launches one run.
 */
@Injectable()
export class ReoptimizeMatchingJob {
  constructor(private readonly launcher: MatchingRunLauncher) {}

  async handle(firingJobId: string): Promise<void> {
    await this.launcher.launchOnce(`scheduled:${firingJobId}`, { scope: MatchingScope.ALL, scopeId: null, trigger: MatchingTrigger.SCHEDULED, requestedById: null });
  }
}
