import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { MatchesModule } from '../matches/matches.module';
import { MatchingService } from './matching.service';
import { MatchingTriggers } from './matching.triggers';
import { MatchingProgressPublisher } from './matching-progress.publisher';
import { MatchingRunEntity } from './matching-run.entity';
import { MatchingRunLauncher } from './matching-run.launcher';
import { MatchingRunsResolver } from './matching-runs.resolver';
import { ShortlistResolver } from './shortlist/shortlist.resolver';
import { ShortlistService } from './shortlist/shortlist.service';
import { ShortlistSwapService } from './shortlist/shortlist-swap.service';

/** The API side of matching: starting and watching runs, curators' shortlists and swaps; proposals are listed as matches (MatchesResolver). Runs execute in the worker (MatchingWorkerModule). */
@Module({
  imports: [TypeOrmModule.forFeature([MatchingRunEntity]), MatchesModule],
  providers: [MatchingRunLauncher, MatchingProgressPublisher, MatchingService, MatchingTriggers, MatchingRunsResolver, ShortlistService, ShortlistSwapService, ShortlistResolver],
  exports: [MatchingRunLauncher],
})
export class MatchingModule {}
