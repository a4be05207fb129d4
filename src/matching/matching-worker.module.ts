import { BeforeApplicationShutdown, Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AppConfig } from '../config/app-config';
import { MatchLifecycleModule } from '../matches/match-lifecycle.module';
import { QueueService } from '../queue/queue.service';
import { MatchingProcessor } from './jobs/matching.processor';
import { REOPTIMIZE_MATCHING_SCHEDULER_ID, ReoptimizeMatchingJob } from './jobs/reoptimize-matching.job';
import { RunMatchingJob } from './jobs/run-matching.job';
import { MatchingTriggers } from './matching.triggers';
import { MatchingInputLoader } from './matching-input.loader';
import { MatchingProgressPublisher } from './matching-progress.publisher';
import { MatchingRunEntity } from './matching-run.entity';
import { MatchingRunLauncher } from './matching-run.launcher';
import { MatchingRunService } from './matching-run.service';
import { ProposalWriter } from './proposal.writer';
import { ShortlistWriter } from './shortlist/shortlist.writer';

/** The worker side of matching: the processor, the run itself, the nightly re-optimization and the event triggers. */
@Module({
  imports: [TypeOrmModule.forFeature([MatchingRunEntity]), MatchLifecycleModule],
  providers: [
    MatchingRunLauncher,
    MatchingInputLoader,
    ProposalWriter,
    ShortlistWriter,
    MatchingProgressPublisher,
    MatchingRunService,
    RunMatchingJob,
    ReoptimizeMatchingJob,
    MatchingProcessor,
    // The worker relays undispatched domain events, so it reacts to them as the API does.
    MatchingTriggers,
  ],
})
export class MatchingWorkerModule implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(MatchingWorkerModule.name);

  constructor(
    private readonly queue: QueueService,
    private readonly processor: MatchingProcessor,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.schedule(ReoptimizeMatchingJob, REOPTIMIZE_MATCHING_SCHEDULER_ID, { pattern: this.config.MATCHING_SCHEDULE }, {});
  }

  /**
   * Drains before anything closes: the running job finishes and is acknowledged while the
   * database and Redis connections (closed in onApplicationShutdown) are still open.
   */
  async beforeApplicationShutdown(signal?: string): Promise<void> {
    this.logger.log(`Stopping the matching worker${signal ? ` on ${signal}` : ''}: finishing the current run`);
    await this.processor.worker.close();
  }
}
