import { Module } from '@nestjs/common';

import { MatchesModule } from '../matches/matches.module';
import { InterestNotifierModule } from './interest-notifier.module';
import { InterestsResolver } from './interests.resolver';
import { InterestsService } from './interests.service';

@Module({
  imports: [MatchesModule, InterestNotifierModule],
  providers: [InterestsService, InterestsResolver],
  exports: [InterestsService],
})
export class InterestsModule {}
