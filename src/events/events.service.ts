import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { AccessService, EventParts } from '../common/access/access.service';
import { Actor } from '../common/access/actor';
import { UnitOfWork } from '../common/database/unit-of-work';
import { AppError } from '../common/errors/app-error';
import { MatchEntity } from '../matches/match.entity';
import { MatchesService } from '../matches/matches.service';
import { QueueService } from '../queue/queue.service';
import { AddEventAttendeeInput, CreateEventInput, RateEventMeetingArgs } from './dtos/event.inputs';
import { EventEntity, EventScheduleStatus } from './event.entity';
import { EventAttendeeEntity, EventAttendeeSlotEntity, EventSide } from './event-attendee.entity';
import { EventMeetingEntity } from './event-meeting.entity';
import { EventRoomEntity, EventSlotEntity } from './event-slot.entity';
import { ScheduleEventJob } from './jobs/schedule-event.job';

// The organization kind an attendee of each side speaks for (null: they speak for themselves).
const SIDE_ORGANIZATION: Record<EventSide, string | null> = {
  [EventSide.NONPROFIT]: 'NONPROFIT',
  [EventSide.INTERMEDIARY]: 'INTERMEDIARY',
  [EventSide.COMPANY_EMPLOYEE]: null,
  [EventSide.MENTOR]: null,
};

// The profile a person needs for each side: what their pair scores are made of.
const SIDE_PROFILE: Partial<Record<EventSide, string>> = {
  [EventSide.COMPANY_EMPLOYEE]: 'SELECT 1 FROM volunteer_profile WHERE user_id = $1 AND employer_id IS NOT NULL',
  [EventSide.MENTOR]: 'SELECT 1 FROM mentor_profile WHERE user_id = $1',
};

// The guest's profile for their side: employees are offered as volunteers, mentors as mentors.
const GUEST_PROFILE = `SELECT 'volunteerProfileId' AS column, vp.id FROM event_attendee a JOIN volunteer_profile vp ON vp.user_id = a.user_id WHERE a.id = $1 AND a.side = 'COMPANY_EMPLOYEE'
  UNION ALL SELECT 'mentorProfileId', mp.id FROM event_attendee a JOIN mentor_profile mp ON mp.user_id = a.user_id WHERE a.id = $1 AND a.side = 'MENTOR'`;

/**
 * Events: curators of the organizing intermediary create them, add attendees and ask for a
 * schedule (a queued job computes it); attendees read their agenda and rate their meetings.
 */
@Injectable()
export class EventsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly access: AccessService,
    private readonly queue: QueueService,
    private readonly dataSource: DataSource,
    private readonly matches: MatchesService,
  ) {}

  create(actor: Actor, input: CreateEventInput): Promise<EventEntity> {
    this.access.assertCurator(actor, input.organizerId);
    assertSlotsInOrder(input);
    assertDistinctRooms(input);
    return this.unitOfWork.run(async ({ manager: m }) => {
      const { organizerId, name, kind, timeZone, startsOn, endsOn, minMeetingsPerNonprofit } = input;
      const event = await m.save(m.create(EventEntity, { organizerId, name, kind, timeZone, startsOn, endsOn, minMeetingsPerNonprofit }));
      await m.save(input.slots.map((s) => m.create(EventSlotEntity, { eventId: event.id, startsAt: s.startsAt, endsAt: s.endsAt })));
      await m.save(input.rooms.map((r) => m.create(EventRoomEntity, { eventId: event.id, name: r.name, videoLink: r.videoLink ?? null })));
      return event;
    });
  }

  addAttendee(actor: Actor, input: AddEventAttendeeInput): Promise<EventAttendeeEntity> {
    return this.unitOfWork.run(async ({ manager: m }) => {
      await this.managedEvent(actor, input.eventId, m);
      await assertCanAttend(m, input);
      const slots: unknown[] = await m.query(`SELECT id FROM event_slot WHERE event_id = $1 AND id = ANY($2::uuid[])`, [input.eventId, input.availableSlotIds]);
      if (slots.length !== new Set(input.availableSlotIds).size) {
        throw AppError.badInput('Some slots are not slots of this event.', [{ field: 'availableSlotIds', message: 'availableSlotIds must be slots of this event' }]);
      }
      if (await m.existsBy(EventAttendeeEntity, { eventId: input.eventId, userId: input.userId })) {
        throw AppError.conflict('This person already attends the event.', { reason: 'ALREADY_ATTENDING' });
      }
      const attendee = await m.save(
        m.create(EventAttendeeEntity, { eventId: input.eventId, userId: input.userId, side: input.side, organizationId: input.organizationId ?? null }),
      );
      await m.save([...new Set(input.availableSlotIds)].map((slotId) => m.create(EventAttendeeSlotEntity, { attendeeId: attendee.id, slotId })));
      return attendee;
    });
  }

  /** Queues a fresh schedule; the job id names the event and this request's version, so a retry never queues twice. */
  async requestSchedule(actor: Actor, eventId: string): Promise<EventEntity> {
    return this.unitOfWork.run(async (tx) => {
      const m = tx.manager;
      const event = await this.managedEvent(actor, eventId, m);
      if (event.scheduleStatus === EventScheduleStatus.QUEUED || event.scheduleStatus === EventScheduleStatus.RUNNING) {
        throw AppError.conflict('A schedule for this event is already being computed.', { reason: 'SCHEDULE_RUNNING' });
      }
      event.scheduleVersion += 1;
      event.scheduleStatus = EventScheduleStatus.QUEUED;
      await m.update(EventEntity, { id: event.id }, { scheduleVersion: event.scheduleVersion, scheduleStatus: event.scheduleStatus });
      const data = { eventId: event.id, version: event.scheduleVersion };
      tx.afterCommit(() => this.queue.add(ScheduleEventJob, data, { jobId: `event-schedule-${event.id}-${event.scheduleVersion}` }));
      return event;
    });
  }

  /** Each side rates its own meeting; a second rating replaces the first. */
  rate(actor: Actor, { meetingId, rating }: RateEventMeetingArgs): Promise<EventMeetingEntity> {
    return this.unitOfWork.run(async ({ manager: m }) => {
      const meeting = await m.findOne(EventMeetingEntity, { where: { id: meetingId }, lock: { mode: 'pessimistic_write' } });
      const parts = meeting ? await this.access.eventPartsOf(actor, meeting.eventId, m) : null;
      if (!meeting || !parts?.attendeeId || ![meeting.hostAttendeeId, meeting.guestAttendeeId].includes(parts.attendeeId)) throw AppError.notFound('Event meeting');
      const column = meeting.hostAttendeeId === parts.attendeeId ? 'hostRating' : 'guestRating';
      meeting[column] = rating;
      await m.update(EventMeetingEntity, { id: meeting.id }, { [column]: rating });
      return meeting;
    });
  }

  /**
   * A good meeting becomes an offer: the curator's manual match of the guest to the nonprofit role the
   * meeting was scheduled for, through the matches' one hand-pairing path (with all its checks).
   */
  offerFromMeeting(actor: Actor, meetingId: string): Promise<MatchEntity> {
    return this.unitOfWork.run(async (tx) => {
      const meeting = await tx.manager.findOneBy(EventMeetingEntity, { id: meetingId });
      if (!meeting) throw AppError.notFound('Event meeting');
      const event = await this.managedEvent(actor, meeting.eventId, tx.manager);
      if (!meeting.roleId) throw AppError.conflict('This meeting was an introduction: the nonprofit has no open role the person fits.', { reason: 'NO_ROLE' });
      const rows: { column: 'volunteerProfileId' | 'mentorProfileId'; id: string }[] = await tx.manager.query(GUEST_PROFILE, [meeting.guestAttendeeId]);
      if (rows.length === 0) throw AppError.conflict('The person met has no profile an offer could go to.', { reason: 'NO_PROFILE' });
      return this.matches.pairByHand(tx, actor, { roleId: meeting.roleId, candidate: rows[0], reason: `Met at ${event.name}: ${meeting.reasons}` });
    });
  }

  /** The event, for its curators and attendees; NOT_FOUND for everyone else. */
  async visible(actor: Actor, eventId: string): Promise<{ event: EventEntity; parts: EventParts }> {
    const parts = await this.access.eventPartsOf(actor, eventId);
    const event = parts ? await this.dataSource.manager.findOneBy(EventEntity, { id: eventId }) : null;
    if (!parts || !event) throw AppError.notFound('Event');
    return { event, parts };
  }

  /** Whether the actor manages the event (its organizer's curator); for the curator-only fields. */
  async manages(actor: Actor, event: EventEntity): Promise<boolean> {
    return (await this.access.eventPartsOf(actor, event.id))?.curator ?? false;
  }

  private async managedEvent(actor: Actor, eventId: string, m: EntityManager): Promise<EventEntity> {
    const parts = await this.access.eventPartsOf(actor, eventId, m);
    if (!parts) throw AppError.notFound('Event');
    this.access.assertCurator(actor, parts.organizerId);
    const event = await m.findOne(EventEntity, { where: { id: eventId }, lock: { mode: 'pessimistic_write' } });
    if (!event) throw AppError.notFound('Event');
    return event;
  }
}

function assertSlotsInOrder(input: CreateEventInput): void {
  input.slots.forEach((slot, i) => {
    if (slot.endsAt <= slot.startsAt) throw AppError.badInput('A slot must end after it starts.', [{ field: `slots.${i}.endsAt`, message: 'endsAt must be after startsAt' }]);
  });
  const starts = input.slots.map((s) => s.startsAt.getTime());
  if (new Set(starts).size !== starts.length) throw AppError.badInput('Two slots start at the same time.', [{ field: 'slots', message: 'slots must start at different times' }]);
}

function assertDistinctRooms(input: CreateEventInput): void {
  const names = input.rooms.map((r) => r.name.toLowerCase());
  if (new Set(names).size !== names.length) throw AppError.badInput('Two rooms have the same name.', [{ field: 'rooms', message: 'rooms must have different names' }]);
}

/** The person exists, has the profile their side needs, and belongs to the organization they speak for. */
async function assertCanAttend(m: EntityManager, input: AddEventAttendeeInput): Promise<void> {
  const kind = SIDE_ORGANIZATION[input.side];
  const problem = (message: string) => AppError.badInput(message, [{ field: kind && !input.organizationId ? 'organizationId' : 'userId', message }]);
  if (kind) {
    if (!input.organizationId) throw problem(`organizationId is required for a ${input.side} attendee`);
    const member: unknown[] = await m.query(`SELECT 1 FROM membership mb JOIN organization o ON o.id = mb.organization_id WHERE mb.user_id = $1 AND o.id = $2 AND o.kind = $3`, [
      input.userId,
      input.organizationId,
      kind,
    ]);
    if (member.length === 0)
      throw AppError.badInput(`The person is not a member of that ${kind.toLowerCase()}.`, [
        { field: 'organizationId', message: `userId must be a member of this ${kind.toLowerCase()}` },
      ]);
    return;
  }
  if (input.organizationId)
    throw AppError.badInput('Only nonprofit and intermediary attendees speak for an organization.', [
      { field: 'organizationId', message: 'organizationId must be left out for this side' },
    ]);
  const profile: unknown[] = await m.query(SIDE_PROFILE[input.side] ?? 'SELECT 1 WHERE false', [input.userId]);
  if (profile.length === 0) throw problem(input.side === EventSide.MENTOR ? 'The person has no mentor profile.' : 'The person has no volunteer profile with an employer.');
}
