import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job, UnrecoverableError } from 'bullmq';

import { QueueName } from '../../queue/queue-names';
import { SendMessageDigestJob, SendMessageDigestJobData } from './send-message-digest.job';

@Processor(QueueName.MESSAGES)
export class MessagesProcessor extends WorkerHost {
  constructor(private readonly sendMessageDigest: SendMessageDigestJob) {
    super();
  }

  process(job: Job<unknown>): Promise<unknown> {
    if (job.name !== SendMessageDigestJob.name) throw new UnrecoverableError(`Unknown messages job "${job.name}"`);
    return this.sendMessageDigest.handle(job.data as SendMessageDigestJobData);
  }
}
