import { Module } from '@nestjs/common';

import { MatchMeetingsResolver, MeetingsResolver } from './meetings.resolver';
import { MeetingsService } from './meetings.service';

@Module({
  providers: [MeetingsService, MeetingsResolver, MatchMeetingsResolver],
})
export class MeetingsModule {}
