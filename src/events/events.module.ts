import { Module } from '@nestjs/common';

import { EventAgendaService } from './event-agenda.service';
import { EventsResolver } from './events.resolver';
import { EventsService } from './events.service';

@Module({
  providers: [EventsService, EventAgendaService, EventsResolver],
})
export class EventsModule {}
