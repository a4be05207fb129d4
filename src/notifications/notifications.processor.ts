import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { QueueName } from '../queue/queue-names';
import { SendNotificationEmailJobData } from './jobs/send-notification-email.job';
import { EmailOutcome, NotificationMailer } from './notification-mailer.service';

@Processor(QueueName.NOTIFICATIONS)
export class NotificationsProcessor extends WorkerHost {
  constructor(private readonly mailer: NotificationMailer) {
    super();
  }

  process(job: Job<SendNotificationEmailJobData>): Promise<EmailOutcome> {
    return this.mailer.send(job.data.notificationId);
  }
}
