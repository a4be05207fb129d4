import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { NeedEntity } from './need.entity';
import { NeedRoleEntity } from './need-role.entity';
import { NeedRolesResolver } from './need-roles.resolver';
import { NeedRolesService } from './need-roles.service';
import { NeedStatusModule } from './need-status';
import { NeedsResolver } from './needs.resolver';
import { NeedsService } from './needs.service';

@Module({
  imports: [TypeOrmModule.forFeature([NeedEntity, NeedRoleEntity]), NeedStatusModule],
  providers: [NeedsService, NeedRolesService, NeedsResolver, NeedRolesResolver],
  exports: [NeedsService],
})
export class NeedsModule {}
