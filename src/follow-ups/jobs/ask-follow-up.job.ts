import { Injectable } from '@nestjs/common';
import { JobsOptions } from 'bullmq';

import { QueueJob } from '../../queue/queue-job';
import { QueueName } from '../../queue/queue-names';
import { AskOutcome, FollowUpsService } from '../follow-ups.service';

export interface AskFollowUpJobData {
  matchId: string;
}

/** One question per match, ever: the id is the match's. */
export const askFollowUpJobId = (matchId: string) => `follow-up-${matchId}`;

/** Asks a completed match's nonprofit whether the work is still in use. */
@Injectable()
export class AskFollowUpJob implements QueueJob<AskFollowUpJobData> {
  static readonly queue = QueueName.FOLLOW_UPS;
  static readonly options: JobsOptions = { attempts: 5, backoff: { type: 'exponential', delay: 60_000 }, removeOnComplete: { age: 30 * 86400 }, removeOnFail: { age: 30 * 86400 } };

  constructor(private readonly followUps: FollowUpsService) {}

  handle(data: AskFollowUpJobData): Promise<AskOutcome> {
    return this.followUps.ask(data.matchId);
  }
}
