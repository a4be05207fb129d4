import { Module } from '@nestjs/common';

import { CurationWaitResolver } from './curation-wait.resolver';
import { MatchLifecycleModule } from './match-lifecycle.module';
import { MatchesResolver } from './matches.resolver';
import { MatchesService } from './matches.service';

@Module({
  imports: [MatchLifecycleModule],
  providers: [MatchesService, MatchesResolver, CurationWaitResolver],
  exports: [MatchesService, MatchLifecycleModule],
})
export class MatchesModule {}
