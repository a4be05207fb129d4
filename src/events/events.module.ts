import { Module } from '@nestjs/common';

import { MatchesModule } from '../matches/matches.module';
import { EventAgendaService } from './event-agenda.service';
import { EventsResolver } from './events.resolver';
import { EventsService } from './events.service';

@Module({
  imports: [MatchesModule],
  providers: [EventsService, EventAgendaService, EventsResolver],
})
export class EventsModule {}
