import { Module } from '@nestjs/common';

import { ImpactResolver } from './impact.resolver';
import { ImpactService } from './impact.service';

@Module({
  providers: [ImpactService, ImpactResolver],
})
export class ImpactModule {}
