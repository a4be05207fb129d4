import { Module } from '@nestjs/common';
import { SendNotificationEmailJob } from './jobs/send-notification-email.job';
import { NotificationMailer } from './notification-mailer.service';
import { NotificationsModule } from './notifications.module';
import { NotificationsProcessor } from './notifications.processor';

/** The worker side: sends the emails queued on NOTIFICATIONS. */
@Module({
  imports: [NotificationsModule],
  providers: [NotificationMailer, SendNotificationEmailJob, NotificationsProcessor],
})
export class NotificationsWorkerModule {}
