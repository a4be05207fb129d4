import { Injectable } from '@nestjs/common';
import { MatchingRunService } from '../matching-run.service';

export interface RunMatchingJobData {
  runId: string;
}

/** Executes one MatchingRun; the job id is the run id, so a run is queued at most once. */
@Injectable()
export class RunMatchingJob {
  constructor(private readonly runs: MatchingRunService) {}

  handle(data: RunMatchingJobData, finalAttempt: boolean): Promise<void> {
    return this.runs.execute(data.runId, { finalAttempt });
  }
}
