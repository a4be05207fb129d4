import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { OrganizationsModule } from '../organizations/organizations.module';
import { ProgramEntity } from './program.entity';
import { ProgramParticipantEntity } from './program-participant.entity';
import { ProgramParticipantsResolver, ProgramsResolver } from './programs.resolver';
import { ProgramsService } from './programs.service';

@Module({
  imports: [TypeOrmModule.forFeature([ProgramEntity, ProgramParticipantEntity]), OrganizationsModule],
  providers: [ProgramsService, ProgramsResolver, ProgramParticipantsResolver],
})
export class ProgramsModule {}
