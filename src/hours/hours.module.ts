import { Module } from '@nestjs/common';

import { MatchLifecycleModule } from '../matches/match-lifecycle.module';
import { HoursResolver } from './hours.resolver';
import { HoursService } from './hours.service';

@Module({
  imports: [MatchLifecycleModule],
  providers: [HoursService, HoursResolver],
})
export class HoursModule {}
