import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job, UnrecoverableError } from 'bullmq';
import { QueueName } from '../queue/queue-names';
import { SendNotificationEmailJob, SendNotificationEmailJobData } from './jobs/send-notification-email.job';

@Processor(QueueName.NOTIFICATIONS)
export class NotificationsProcessor extends WorkerHost {
  constructor(private readonly sendNotificationEmail: SendNotificationEmailJob) {
    super();
  }

  process(job: Job): Promise<unknown> {
    if (job.name !== SendNotificationEmailJob.name) throw new UnrecoverableError(`Unknown notifications job "${job.name}"`);
    return this.sendNotificationEmail.handle(job.data as SendNotificationEmailJobData);
  }
}
