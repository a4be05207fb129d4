import { Module } from '@nestjs/common';

import { NotificationsModule } from '../notifications/notifications.module';
import { InterestNotifier } from './interest-notifier.service';

/** The reaction to `interest.raised`, loaded by the API and by the worker that relays undispatched events. */
@Module({
  imports: [NotificationsModule],
  providers: [InterestNotifier],
})
export class InterestNotifierModule {}
