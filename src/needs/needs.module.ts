import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { NeedEntity } from './need.entity';
import { NeedRoleEntity } from './need-role.entity';
import { NeedRolesResolver } from './need-roles.resolver';
import { NeedRolesService } from './need-roles.service';
import { NeedStatusModule } from './need-status';
import { NeedsResolver } from './needs.resolver';
import { NeedsService } from './needs.service';
import { NeedsPageReader } from './needs-page-reader';

@Module({
  imports: [TypeOrmModule.forFeature([NeedEntity, NeedRoleEntity]), NeedStatusModule],
  providers: [NeedsService, NeedRolesService, NeedsPageReader, NeedsResolver, NeedRolesResolver],
  exports: [NeedsService],
})
export class NeedsModule {}
