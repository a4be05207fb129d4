import { Module } from '@nestjs/common';

import { Clock } from '../common/clock';
import { MatchMeetingsResolver, MeetingsResolver } from './meetings.resolver';
import { MeetingsService } from './meetings.service';

@Module({
  providers: [MeetingsService, MeetingsResolver, MatchMeetingsResolver, Clock],
})
export class MeetingsModule {}
