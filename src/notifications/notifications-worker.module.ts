import { Module } from '@nestjs/common';

import { InvitationMailer } from './invitation-mailer.service';
import { SendNotificationEmailJob } from './jobs/send-notification-email.job';
import { NotificationMailer } from './notification-mailer.service';
import { NotificationsModule } from './notifications.module';
import { NotificationsProcessor } from './notifications.processor';

/** The worker side: sends the notification and invitation emails queued on NOTIFICATIONS. */
@Module({
  imports: [NotificationsModule],
  providers: [NotificationMailer, InvitationMailer, SendNotificationEmailJob, NotificationsProcessor],
})
export class NotificationsWorkerModule {}
