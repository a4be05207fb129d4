import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { MatchEntity } from '../matches/match.entity';
import { MatchingService } from './matching.service';
import { MatchingTriggers } from './matching.triggers';
import { MatchingProgressPublisher } from './matching-progress.publisher';
import { MatchingRunEntity } from './matching-run.entity';
import { MatchingRunLauncher } from './matching-run.launcher';
import { MatchingRunsResolver } from './matching-runs.resolver';
import { ProposalsResolver } from './proposals.resolver';
import { ProposalsService } from './proposals.service';

/** The API side of matching: starting and watching runs, reading proposals. Runs execute in the worker (MatchingWorkerModule). */
@Module({
  imports: [TypeOrmModule.forFeature([MatchingRunEntity, MatchEntity])],
  providers: [MatchingRunLauncher, MatchingProgressPublisher, MatchingService, MatchingTriggers, ProposalsService, MatchingRunsResolver, ProposalsResolver],
  exports: [MatchingRunLauncher],
})
export class MatchingModule {}
