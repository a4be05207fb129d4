import { Module } from '@nestjs/common';

import { OrganizationsModule } from '../organizations/organizations.module';
import { CompanyResolver } from './company.resolver';
import { CompanyService } from './company.service';

@Module({
  imports: [OrganizationsModule],
  providers: [CompanyService, CompanyResolver],
})
export class CompanyModule {}
