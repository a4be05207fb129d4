import { Module } from '@nestjs/common';

import { CompanyResolver } from './company.resolver';
import { CompanyService } from './company.service';

@Module({
  providers: [CompanyService, CompanyResolver],
})
export class CompanyModule {}
