import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QueueName } from '../queue/queue-names';
import { LifecycleProcessor } from './jobs/lifecycle.processor';
import { MatchLifecycleModule } from './match-lifecycle.module';

/** The worker side: the scheduled deadline sweep on the LIFECYCLE queue. */
@Module({
  imports: [MatchLifecycleModule, BullModule.registerQueue({ name: QueueName.LIFECYCLE })],
  providers: [LifecycleProcessor],
})
export class LifecycleWorkerModule {}
