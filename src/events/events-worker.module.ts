import { Module } from '@nestjs/common';

import { EventScheduleService } from './event-schedule.service';
import { EventsProcessor } from './jobs/events.processor';
import { ScheduleEventJob } from './jobs/schedule-event.job';

/** The worker side of events: the schedule job and its processor. */
@Module({
  providers: [EventScheduleService, ScheduleEventJob, EventsProcessor],
})
export class EventsWorkerModule {}
