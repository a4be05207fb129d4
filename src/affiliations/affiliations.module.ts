import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { OrganizationsModule } from '../organizations/organizations.module';
import { AffiliationEntity } from './affiliation.entity';
import { AffiliationsResolver } from './affiliations.resolver';
import { AffiliationsService } from './affiliations.service';

@Module({
  imports: [TypeOrmModule.forFeature([AffiliationEntity]), OrganizationsModule],
  providers: [AffiliationsService, AffiliationsResolver],
})
export class AffiliationsModule {}
