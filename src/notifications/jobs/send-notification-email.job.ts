import { Injectable } from '@nestjs/common';
import { JobsOptions } from 'bullmq';
import { QueueJob } from '../../queue/queue-job';
import { QueueName } from '../../queue/queue-names';
import { EmailOutcome, NotificationMailer } from '../notification-mailer.service';

export interface SendNotificationEmailJobData {
  notificationId: string;
}

/** Derived from the notification, so its email is never queued twice. */
export const sendNotificationEmailJobId = (notificationId: string) => `notification-email-${notificationId}`;

/** Emails one notification. */
@Injectable()
export class SendNotificationEmailJob implements QueueJob<SendNotificationEmailJobData> {
  static readonly queue = QueueName.NOTIFICATIONS;
  static readonly options: JobsOptions = {
    attempts: 5,
    backoff: { type: 'exponential', delay: 30_000 },
    removeOnComplete: { age: 7 * 86400 },
    removeOnFail: { age: 30 * 86400 },
  };

  constructor(private readonly mailer: NotificationMailer) {}

  handle(data: SendNotificationEmailJobData): Promise<EmailOutcome> {
    return this.mailer.send(data.notificationId);
  }
}
