import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { MentorProfileEntity } from './mentor-profile.entity';
import { MentorProfilesResolver } from './mentor-profiles.resolver';
import { MentorProfilesService } from './mentor-profiles.service';
import { UserProfilesResolver } from './user-profiles.resolver';
import { VolunteerProfileEntity } from './volunteer-profile.entity';
import { VolunteerProfilesResolver } from './volunteer-profiles.resolver';
import { VolunteerProfilesService } from './volunteer-profiles.service';

@Module({
  imports: [TypeOrmModule.forFeature([VolunteerProfileEntity, MentorProfileEntity])],
  providers: [VolunteerProfilesService, VolunteerProfilesResolver, MentorProfilesService, MentorProfilesResolver, UserProfilesResolver],
  exports: [VolunteerProfilesService, MentorProfilesService],
})
export class ProfilesModule {}
