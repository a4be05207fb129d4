import { Module } from '@nestjs/common';

import { CurationWaitResolver } from './curation-wait.resolver';
import { MatchLifecycleModule } from './match-lifecycle.module';
import { MatchContactsResolver, MatchEventActorResolver } from './match-people.resolver';
import { MatchesResolver } from './matches.resolver';
import { MatchesService } from './matches.service';

@Module({
  imports: [MatchLifecycleModule],
  providers: [MatchesService, MatchesResolver, CurationWaitResolver, MatchContactsResolver, MatchEventActorResolver],
  exports: [MatchesService, MatchLifecycleModule],
})
export class MatchesModule {}
