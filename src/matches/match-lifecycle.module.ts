import { Module } from '@nestjs/common';

import { NeedStatusModule } from '../needs/need-status';
import { NotificationsModule } from '../notifications/notifications.module';
import { MatchLifecycleService } from './match-lifecycle.service';
import { MatchNotifier } from './match-notifier.service';
import { MatchWriter } from './match-writer';
import { OfferDeadlinesService } from './offer-deadlines.service';

/** The lifecycle without people: usable by the API, the worker and the matching runs alike. */
@Module({
  imports: [NotificationsModule, NeedStatusModule],
  providers: [MatchWriter, MatchLifecycleService, MatchNotifier, OfferDeadlinesService],
  exports: [MatchWriter, MatchLifecycleService, MatchNotifier, OfferDeadlinesService, NotificationsModule],
})
export class MatchLifecycleModule {}
