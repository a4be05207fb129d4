import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { MatchingService } from './matching.service';
import { MatchingTriggers } from './matching.triggers';
import { MatchingProgressPublisher } from './matching-progress.publisher';
import { MatchingRunEntity } from './matching-run.entity';
import { MatchingRunLauncher } from './matching-run.launcher';
import { MatchingRunsResolver } from './matching-runs.resolver';

/** The API side of matching: starting and watching runs; proposals are listed as matches (MatchesResolver). Runs execute in the worker (MatchingWorkerModule). */
@Module({
  imports: [TypeOrmModule.forFeature([MatchingRunEntity])],
  providers: [MatchingRunLauncher, MatchingProgressPublisher, MatchingService, MatchingTriggers, MatchingRunsResolver],
  exports: [MatchingRunLauncher],
})
export class MatchingModule {}
