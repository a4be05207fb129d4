import { Injectable } from '@nestjs/common';
import { JobsOptions } from 'bullmq';

import { QueueJob } from '../../queue/queue-job';
import { QueueName } from '../../queue/queue-names';
import { EventScheduleService } from '../event-schedule.service';

export interface ScheduleEventJobData {
  eventId: string;
  version: number;
}

/** Computes one requested schedule of an event; the job id is the event and the request's version. */
@Injectable()
export class ScheduleEventJob implements QueueJob<ScheduleEventJobData> {
  static readonly queue = QueueName.EVENTS;
  static readonly options: JobsOptions = {
    attempts: 3,
    backoff: { type: 'exponential', delay: 1000 },
    removeOnComplete: { age: 24 * 3600, count: 1000 },
    removeOnFail: { age: 7 * 24 * 3600 },
  };

  constructor(private readonly schedules: EventScheduleService) {}

  handle(data: ScheduleEventJobData): Promise<void> {
    return this.schedules.compute(data.eventId, data.version);
  }
}
