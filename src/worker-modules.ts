import { EventsWorkerModule } from './events/events-worker.module';
import { FollowUpsWorkerModule } from './follow-ups/follow-ups-worker.module';
import { InterestNotifierModule } from './interests/interest-notifier.module';
import { LifecycleWorkerModule } from './matches/lifecycle-worker.module';
import { MatchingWorkerModule } from './matching/matching-worker.module';
import { MessagesWorkerModule } from './messages/messages-worker.module';
import { NotificationsWorkerModule } from './notifications/notifications-worker.module';
import { DomainEventsWorkerModule } from './queue/domain-events-worker.module';

/** The modules whose queue processors the worker process runs. */
export const WORKER_MODULES = [
  DomainEventsWorkerModule,
  EventsWorkerModule,
  FollowUpsWorkerModule,
  InterestNotifierModule,
  LifecycleWorkerModule,
  MatchingWorkerModule,
  MessagesWorkerModule,
  NotificationsWorkerModule,
];
