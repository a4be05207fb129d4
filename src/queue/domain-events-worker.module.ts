import { BullModule, InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Module, OnApplicationBootstrap } from '@nestjs/common';
import { Job, Queue } from 'bullmq';

import { DomainEvents } from '../common/events/domain-events';
import { QueueName } from './queue-names';

/** The periodic relay of undispatched domain events; one scheduler, so one id. */
export const RELAY_DOMAIN_EVENTS_JOB = 'relay-domain-events';
export const RELAY_DOMAIN_EVENTS_SCHEDULER_ID = 'relay-domain-events';
export const RELAY_DOMAIN_EVENTS_EVERY_MS = 60_000;

export type RelayDomainEventsJobData = Record<string, never>;

@Processor(QueueName.DOMAIN_EVENTS)
export class DomainEventsProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly events: DomainEvents,
    @InjectQueue(QueueName.DOMAIN_EVENTS) private readonly queue: Queue<RelayDomainEventsJobData>,
  ) {
    super();
  }

  /** Idempotent: every worker upserts the same scheduler, and BullMQ keeps one. */
  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      RELAY_DOMAIN_EVENTS_SCHEDULER_ID,
      { every: RELAY_DOMAIN_EVENTS_EVERY_MS },
      { name: RELAY_DOMAIN_EVENTS_JOB, data: {}, opts: { removeOnComplete: 100, removeOnFail: 100 } },
    );
  }

  process(job: Job<RelayDomainEventsJobData>): Promise<number> {
    return this.events.relay(new Date(job.processedOn ?? Date.now()));
  }
}

/** The worker side of domain events: the handlers live in the feature modules the worker loads. */
@Module({
  imports: [BullModule.registerQueue({ name: QueueName.DOMAIN_EVENTS })],
  providers: [DomainEventsProcessor],
})
export class DomainEventsWorkerModule {}
