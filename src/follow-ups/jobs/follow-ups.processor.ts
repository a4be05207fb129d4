import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job, UnrecoverableError } from 'bullmq';

import { QueueName } from '../../queue/queue-names';
import { AskFollowUpJob, AskFollowUpJobData } from './ask-follow-up.job';

@Processor(QueueName.FOLLOW_UPS)
export class FollowUpsProcessor extends WorkerHost {
  constructor(private readonly askFollowUp: AskFollowUpJob) {
    super();
  }

  process(job: Job<unknown>): Promise<unknown> {
    if (job.name !== AskFollowUpJob.name) throw new UnrecoverableError(`Unknown follow-ups job "${job.name}"`);
    return this.askFollowUp.handle(job.data as AskFollowUpJobData);
  }
}
