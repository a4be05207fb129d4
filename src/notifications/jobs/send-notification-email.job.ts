import { Injectable } from '@nestjs/common';

import { EMAIL_JOB_OPTIONS, QueueJob } from '../../queue/queue-job';
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
  static readonly options = EMAIL_JOB_OPTIONS;

  constructor(private readonly mailer: NotificationMailer) {}

  handle(data: SendNotificationEmailJobData): Promise<EmailOutcome> {
    return this.mailer.send(data.notificationId);
  }
}
