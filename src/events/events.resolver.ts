import { Args, Context, Field, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Actor } from '../common/access/actor';
import { CurrentActor } from '../common/auth/auth.decorators';
import { AppError } from '../common/errors/app-error';
import { ListSize } from '../common/graphql/query-limits';
import { RequestContext } from '../common/graphql/request-context';
import { Connection } from '../common/pagination/pagination';
import { MatchEntity } from '../matches/match.entity';
import {
  AddEventAttendeeInput,
  CreateEventInput,
  EventAttendeeIdArgs,
  EventAttendeesArgs,
  EventIdArgs,
  EventMeetingIdArgs,
  EventsArgs,
  ImportEventAttendeesInput,
  MAX_EVENT_ROOMS,
  MAX_EVENT_SLOTS,
  RateEventMeetingArgs,
  SetEventAttendeeSlotsInput,
  UpdateEventInput,
} from './dtos/event.inputs';
import { AgendaItem, EventAttendeeView, ImportEventAttendeesResult, ScheduleGridItem, ScheduleQualityView } from './dtos/event.views';
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

const EventConnection = Connection(EventEntity, 'EventConnection');
const EventAttendeeConnection = Connection(EventAttendeeView, 'EventAttendeeConnection');

@Resolver(() => EventEntity)
export class EventsResolver {
  constructor(
    private readonly service: EventsService,
    private readonly agendas: EventAgendaService,
  ) {}

  @Query(() => EventEntity, { description: 'For curators of the organizer and attendees; NOT_FOUND for everyone else' })
  async event(@CurrentActor() actor: Actor, @Args() { eventId }: EventIdArgs): Promise<EventEntity> {
    return (await this.service.visible(actor, eventId)).event;
  }

  @Query(() => EventConnection, { description: 'Events you organize (as a curator of the organizer) or attend' })
  events(@CurrentActor() actor: Actor, @Args() args: EventsArgs) {
    return this.service.list(actor, args);
  }

  @Query(() => MyAgenda, { description: 'Your own meetings at an event you attend' })
  async myAgenda(@CurrentActor() actor: Actor, @Args() { eventId }: EventIdArgs): Promise<MyAgenda> {
    const { event, parts } = await this.service.visible(actor, eventId);
    if (!parts.attendeeId) throw AppError.notFound('Agenda');
    const meetings = await this.agendas.agenda(actor, parts.attendeeId);
    return { event, meetings, ics: this.agendas.ics(event, meetings) };
  }

  @Mutation(() => EventEntity, { description: 'A curator changes the event; the minimum of meetings is fixed once a schedule is queued or done' })
  updateEvent(@CurrentActor() actor: Actor, @Args('input') input: UpdateEventInput): Promise<EventEntity> {
    return this.service.update(actor, input);
  }

  @Mutation(() => EventAttendeeEntity, { description: 'A curator replaces the slots an attendee can attend; the next schedule respects them' })
  setEventAttendeeSlots(@CurrentActor() actor: Actor, @Args('input') input: SetEventAttendeeSlotsInput): Promise<EventAttendeeEntity> {
    return this.service.setAttendeeSlots(actor, input);
  }

  @Mutation(() => Boolean, { description: 'A curator removes an attendee and their meetings' })
  removeEventAttendee(@CurrentActor() actor: Actor, @Args() { attendeeId }: EventAttendeeIdArgs): Promise<boolean> {
    return this.service.removeAttendee(actor, attendeeId);
  }

  @Mutation(() => ImportEventAttendeesResult, { description: 'A curator adds people for one side by e-mail address, up to 500 at once' })
  importEventAttendees(@CurrentActor() actor: Actor, @Args('input') input: ImportEventAttendeesInput): Promise<ImportEventAttendeesResult> {
    return this.service.importAttendees(actor, input);
  }

  @Mutation(() => EventEntity, { description: 'A curator of the intermediary creates an event with its slots and rooms' })
  createEvent(@CurrentActor() actor: Actor, @Args('input') input: CreateEventInput): Promise<EventEntity> {
    return this.service.create(actor, input);
  }

  @Mutation(() => EventAttendeeEntity, { description: 'A curator adds a person for one side, with the slots they can attend' })
  addEventAttendee(@CurrentActor() actor: Actor, @Args('input') input: AddEventAttendeeInput): Promise<EventAttendeeEntity> {
    return this.service.addAttendee(actor, input);
  }

  @Mutation(() => EventEntity, { description: 'A curator queues a fresh schedule; watch scheduleStatus until DONE. It replaces the previous schedule' })
  scheduleEvent(@CurrentActor() actor: Actor, @Args() { eventId }: EventIdArgs): Promise<EventEntity> {
    return this.service.requestSchedule(actor, eventId);
  }

  @Mutation(() => EventMeetingEntity, { description: 'Either person of a meeting rates it 1-5' })
  rateEventMeeting(@CurrentActor() actor: Actor, @Args() args: RateEventMeetingArgs): Promise<EventMeetingEntity> {
    return this.service.rate(actor, args);
  }

  @Mutation(() => MatchEntity, {
    description:
      'A curator of the need, or the nonprofit member who hosted the meeting, turns a good meeting into an offer: a manual match of the guest to the role the meeting was for',
  })
  offerFromEventMeeting(@CurrentActor() actor: Actor, @Args() { meetingId }: EventMeetingIdArgs): Promise<MatchEntity> {
    return this.service.offerFromMeeting(actor, meetingId);
  }

  @ResolveField(() => [EventSlotEntity], { description: 'Earliest first' })
  @ListSize(MAX_EVENT_SLOTS)
  slots(@Parent() event: EventEntity, @Context() ctx: RequestContext): Promise<EventSlotEntity[]> {
    return ctx.loaders.many(EventSlotEntity, 'eventId', { startsAt: 'ASC', id: 'ASC' }, { limit: MAX_EVENT_SLOTS }).load(event.id);
  }

  @ResolveField(() => [EventRoomEntity], { description: 'By name' })
  @ListSize(MAX_EVENT_ROOMS)
  rooms(@Parent() event: EventEntity, @Context() ctx: RequestContext): Promise<EventRoomEntity[]> {
    return ctx.loaders.many(EventRoomEntity, 'eventId', { name: 'ASC', id: 'ASC' }, { limit: MAX_EVENT_ROOMS }).load(event.id);
  }

  @ResolveField(() => Int, { description: 'Curators only; null for attendees', nullable: true })
  attendeeCount(@CurrentActor() actor: Actor, @Parent() event: EventEntity): Promise<number | null> {
    return this.service.manages(actor, event) ? this.agendas.attendeeCount(event.id) : Promise.resolve(null);
  }

  @ResolveField(() => ScheduleQualityView, { nullable: true, description: 'Curators only; null until a schedule is computed' })
  scheduleQuality(@CurrentActor() actor: Actor, @Parent() event: EventEntity): ScheduleQualityView | null {
    return this.service.manages(actor, event) ? event.scheduleQuality : null;
  }

  @ResolveField(() => [ScheduleGridItem], { description: 'The whole schedule by slot and room; curators only (empty for attendees)' })
  @ListSize(MAX_EVENT_SLOTS * MAX_EVENT_ROOMS)
  schedule(@CurrentActor() actor: Actor, @Parent() event: EventEntity): Promise<ScheduleGridItem[]> {
    return this.service.manages(actor, event) ? this.agendas.grid(actor, event.id) : Promise.resolve([]);
  }

  @ResolveField(() => EventAttendeeConnection, { description: 'Curators only (FORBIDDEN for attendees); a stable order, so pages never skip anyone' })
  attendees(@CurrentActor() actor: Actor, @Parent() event: EventEntity, @Args() args: EventAttendeesArgs) {
    return this.service.attendees(actor, event.id, args);
  }
}
