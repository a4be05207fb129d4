import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';

import { QueueName } from '../../queue/queue-names';
import { EventScheduleService } from '../event-schedule.service';
import { ScheduleEventJob, ScheduleEventJobData } from './schedule-event.job';

/** One schedule at a time per worker: the solve is CPU-bound; scale by running more workers. */
@Processor(QueueName.EVENTS, { concurrency: 1 })
export class EventsProcessor extends WorkerHost {
  private readonly logger = new Logger(EventsProcessor.name);

  constructor(
    private readonly scheduleEvent: ScheduleEventJob,
    private readonly schedules: EventScheduleService,
  ) {
    super();
  }

  process(job: Job<unknown>): Promise<void> {
    if (job.name === ScheduleEventJob.name) return this.scheduleEvent.handle(job.data as ScheduleEventJobData);
    throw new UnrecoverableError(`Unknown events job "${job.name}"`);
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.error(`Events queue worker: ${error.message}`);
  }

  /** The last failed attempt marks the request FAILED, so the curator can ask again. */
  @OnWorkerEvent('failed')
  async onFailed(job: Job | undefined, error: Error): Promise<void> {
    if (job?.name !== ScheduleEventJob.name || job.attemptsMade < (job.opts.attempts ?? 1)) return;
    const { eventId, version } = job.data as ScheduleEventJobData;
    this.logger.error(`Schedule of event ${eventId} failed: ${error.message}`);
    await this.schedules.fail(eventId, version);
  }
}
