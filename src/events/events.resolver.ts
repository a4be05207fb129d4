import { Args, Field, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Actor } from '../common/access/actor';
import { CurrentActor } from '../common/auth/auth.decorators';
import { AppError } from '../common/errors/app-error';
import { ListSize } from '../common/graphql/query-limits';
import { MatchEntity } from '../matches/match.entity';
import { AddEventAttendeeInput, CreateEventInput, EventIdArgs, EventMeetingIdArgs, MAX_EVENT_ROOMS, MAX_EVENT_SLOTS, RateEventMeetingArgs } from './dtos/event.inputs';
import { AgendaItem, ScheduleGridItem, ScheduleQualityView } from './dtos/event.views';
import { EventEntity } from './event.entity';
import { EventAgendaService } from './event-agenda.service';
import { EventAttendeeEntity } from './event-attendee.entity';
import { EventMeetingEntity } from './event-meeting.entity';
import { EventRoomEntity, EventSlotEntity } from './event-slot.entity';
import { EventsService } from './events.service';

@ObjectType({ description: 'Your meetings at an event, and the same as an .ics calendar file' })
export class MyAgenda {
  @Field(() => EventEntity)
  event: EventEntity;

  @Field(() => [AgendaItem], { description: 'Earliest first; at most one per slot' })
  @ListSize(MAX_EVENT_SLOTS)
  meetings: AgendaItem[];

  @Field()
  ics: string;
}

@Resolver(() => EventEntity)
export class EventsResolver {
  constructor(
    private readonly events: EventsService,
    private readonly agendas: EventAgendaService,
  ) {}

  @Query(() => EventEntity, { description: 'For curators of the organizer and attendees; NOT_FOUND for everyone else' })
  async event(@CurrentActor() actor: Actor, @Args() { eventId }: EventIdArgs): Promise<EventEntity> {
    return (await this.events.visible(actor, eventId)).event;
  }

  @Query(() => MyAgenda, { description: 'Your own meetings at an event you attend' })
  async myAgenda(@CurrentActor() actor: Actor, @Args() { eventId }: EventIdArgs): Promise<MyAgenda> {
    const { event, parts } = await this.events.visible(actor, eventId);
    if (!parts.attendeeId) throw AppError.notFound('Agenda');
    const meetings = await this.agendas.agenda(parts.attendeeId);
    return { event, meetings, ics: this.agendas.ics(event, meetings) };
  }

  @Mutation(() => EventEntity, { description: 'A curator of the intermediary creates an event with its slots and rooms' })
  createEvent(@CurrentActor() actor: Actor, @Args('input') input: CreateEventInput): Promise<EventEntity> {
    return this.events.create(actor, input);
  }

  @Mutation(() => EventAttendeeEntity, { description: 'A curator adds a person for one side, with the slots they can attend' })
  addEventAttendee(@CurrentActor() actor: Actor, @Args('input') input: AddEventAttendeeInput): Promise<EventAttendeeEntity> {
    return this.events.addAttendee(actor, input);
  }

  @Mutation(() => EventEntity, { description: 'A curator queues a fresh schedule; watch scheduleStatus until DONE. It replaces the previous schedule' })
  scheduleEvent(@CurrentActor() actor: Actor, @Args() { eventId }: EventIdArgs): Promise<EventEntity> {
    return this.events.requestSchedule(actor, eventId);
  }

  @Mutation(() => EventMeetingEntity, { description: 'Either person of a meeting rates it 1-5' })
  rateEventMeeting(@CurrentActor() actor: Actor, @Args() args: RateEventMeetingArgs): Promise<EventMeetingEntity> {
    return this.events.rate(actor, args);
  }

  @Mutation(() => MatchEntity, { description: 'A curator turns a good meeting into an offer: a manual match of the guest to the nonprofit role the meeting was for' })
  offerFromEventMeeting(@CurrentActor() actor: Actor, @Args() { meetingId }: EventMeetingIdArgs): Promise<MatchEntity> {
    return this.events.offerFromMeeting(actor, meetingId);
  }

  @ResolveField(() => [EventSlotEntity], { description: 'Earliest first' })
  @ListSize(MAX_EVENT_SLOTS)
  slots(@Parent() event: EventEntity): Promise<EventSlotEntity[]> {
    return this.agendas.slots(event.id);
  }

  @ResolveField(() => [EventRoomEntity], { description: 'By name' })
  @ListSize(MAX_EVENT_ROOMS)
  rooms(@Parent() event: EventEntity): Promise<EventRoomEntity[]> {
    return this.agendas.rooms(event.id);
  }

  @ResolveField(() => Int, { description: 'Curators only; null for attendees', nullable: true })
  async attendeeCount(@CurrentActor() actor: Actor, @Parent() event: EventEntity): Promise<number | null> {
    return (await this.events.manages(actor, event)) ? this.agendas.attendeeCount(event.id) : null;
  }

  @ResolveField(() => ScheduleQualityView, { nullable: true, description: 'Curators only; null until a schedule is computed' })
  async scheduleQuality(@CurrentActor() actor: Actor, @Parent() event: EventEntity): Promise<ScheduleQualityView | null> {
    return (await this.events.manages(actor, event)) ? event.scheduleQuality : null;
  }

  @ResolveField(() => [ScheduleGridItem], { description: 'The whole schedule by slot and room; curators only (empty for attendees)' })
  @ListSize(MAX_EVENT_SLOTS * MAX_EVENT_ROOMS)
  async schedule(@CurrentActor() actor: Actor, @Parent() event: EventEntity): Promise<ScheduleGridItem[]> {
    return (await this.events.manages(actor, event)) ? this.agendas.grid(event.id) : [];
  }
}
