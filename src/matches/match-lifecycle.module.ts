import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { MatchLifecycleService } from './match-lifecycle.service';
import { MatchNotifier } from './match-notifier.service';
import { OfferDeadlinesService } from './offer-deadlines.service';

/** The lifecycle without people: usable by the API, the worker and the matching runs alike. */
@Module({
  imports: [NotificationsModule],
  providers: [MatchLifecycleService, MatchNotifier, OfferDeadlinesService],
  exports: [MatchLifecycleService, MatchNotifier, OfferDeadlinesService, NotificationsModule],
})
export class MatchLifecycleModule {}
