import { Module } from '@nestjs/common';
import { NotificationMailer } from './notification-mailer.service';
import { NotificationsModule } from './notifications.module';
import { NotificationsProcessor } from './notifications.processor';

/** The worker side: sends the emails queued on NOTIFICATIONS. */
@Module({
  imports: [NotificationsModule],
  providers: [NotificationMailer, NotificationsProcessor],
})
export class NotificationsWorkerModule {}
