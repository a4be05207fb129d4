import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { AccessService, EventParts } from '../common/access/access.service';
import { Actor } from '../common/access/actor';
import { UnitOfWork } from '../common/database/unit-of-work';
import { AppError } from '../common/errors/app-error';
import { Page, paginate, SortKey } from '../common/pagination/pagination';
import { MatchEntity } from '../matches/match.entity';
import { MatchesService } from '../matches/matches.service';
import { QueueService } from '../queue/queue.service';
import {
  AddEventAttendeeInput,
  CreateEventInput,
  EventAttendeesArgs,
  EventsArgs,
  EventsWhen,
  ImportEventAttendeesInput,
  RateEventMeetingArgs,
  SetEventAttendeeSlotsInput,
  UpdateEventInput,
} from './dtos/event.inputs';
import { EventAttendeeView, ImportEventAttendeesResult } from './dtos/event.views';
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

// Upcoming events soonest first, past ones latest first; `date` read as midnight UTC for the cursor.
const SOONEST_FIRST: SortKey = { name: 'soonest', expression: `({a}.starts_on::timestamp AT TIME ZONE 'UTC')`, type: 'timestamp', direction: 'ASC' };
const LATEST_FIRST: SortKey = { name: 'latest', expression: `({a}.ends_on::timestamp AT TIME ZONE 'UTC')`, type: 'timestamp', direction: 'DESC' };
// Attendees have no natural order that stays put while people are added; the id alone keeps pages stable.
const BY_ID: SortKey = { name: 'attendee', expression: '0::float8', type: 'number', direction: 'ASC' };

const ATTENDEE_VIEWS = `SELECT a.id, a.user_id AS "userId", u.name, a.side, a.organization_id AS "organizationId", o.name AS "organizationName",
    COALESCE(array_agg(s.slot_id ORDER BY es.starts_at) FILTER (WHERE s.slot_id IS NOT NULL), '{}') AS "availableSlotIds"
  FROM event_attendee a JOIN user_account u ON u.id = a.user_id LEFT JOIN organization o ON o.id = a.organization_id
  LEFT JOIN event_attendee_slot s ON s.attendee_id = a.id LEFT JOIN event_slot es ON es.id = s.slot_id
  WHERE a.id = ANY($1::uuid[]) GROUP BY a.id, u.name, o.name`;

// The profile table a person needs for each side without an organization (see SIDE_PROFILE).
const SIDE_PROFILE_KIND: Partial<Record<EventSide, 'VOLUNTEER' | 'MENTOR'>> = { [EventSide.COMPANY_EMPLOYEE]: 'VOLUNTEER', [EventSide.MENTOR]: 'MENTOR' };

interface ImportRow {
  email: string;
  user_id: string;
  attending: boolean;
  eligible: boolean;
  organization_id: string | null;
}

// Per address with an account: already at the event, and whether they fit the side ($3: the organization
// kind they speak for, $4: the organization named, else their only one of that kind; $5: the profile needed).
const IMPORT_PEOPLE = `SELECT u.email, u.id AS user_id,
    EXISTS (SELECT 1 FROM event_attendee a WHERE a.event_id = $2 AND a.user_id = u.id) AS attending,
    CASE WHEN $3::text IS NOT NULL THEN org.id IS NOT NULL
         WHEN $5::text = 'VOLUNTEER' THEN EXISTS (SELECT 1 FROM volunteer_profile vp WHERE vp.user_id = u.id AND vp.employer_id IS NOT NULL)
         ELSE EXISTS (SELECT 1 FROM mentor_profile mp WHERE mp.user_id = u.id) END AS eligible,
    org.id AS organization_id
  FROM user_account u
  LEFT JOIN LATERAL (
    SELECT CASE WHEN count(*) = 1 THEN min(o.id::text)::uuid END AS id FROM membership mb JOIN organization o ON o.id = mb.organization_id
     WHERE $3::text IS NOT NULL AND mb.user_id = u.id AND o.kind::text = $3::text AND ($4::uuid IS NULL OR o.id = $4::uuid)
  ) org ON true
  WHERE u.email = ANY($1::text[])`;

const IMPORT_BATCH = 1000;

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
    assertKnownTimeZone(input.timeZone);
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
      await assertSlotsOf(m, input.eventId, input.availableSlotIds);
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

  /** Events the actor organizes or attends: upcoming soonest first, past latest first, by each event's own time zone. */
  list(actor: Actor, { when, ...page }: EventsArgs): Promise<Page<EventEntity>> {
    const qb = this.dataSource.getRepository(EventEntity).createQueryBuilder('e');
    this.access.scopeEvents(actor, qb);
    qb.andWhere(`e.ends_on ${when === EventsWhen.UPCOMING ? '>=' : '<'} (now() AT TIME ZONE e.time_zone)::date`);
    return paginate(qb, page, when === EventsWhen.UPCOMING ? SOONEST_FIRST : LATEST_FIRST);
  }

  /**
   * Changes what is given. Slots are instants, so a new time zone only changes how the agenda reads;
   * dates must still hold every slot in the event's time zone. Once a schedule is queued, running or
   * done, the minimum of meetings per nonprofit is fixed: the schedule and its figures were computed
   * for it, and a silent change would make the shown quality lie.
   */
  update(actor: Actor, input: UpdateEventInput): Promise<EventEntity> {
    return this.unitOfWork.run(async ({ manager: m }) => {
      const event = await this.managedEvent(actor, input.eventId, m);
      const changes: Partial<EventEntity> = {};
      if (input.name !== undefined) changes.name = input.name;
      if (input.timeZone !== undefined) changes.timeZone = assertKnownTimeZone(input.timeZone);
      if (input.startsOn !== undefined) changes.startsOn = input.startsOn;
      if (input.endsOn !== undefined) changes.endsOn = input.endsOn;
      const next = { ...event, ...changes };
      if (next.endsOn < next.startsOn)
        throw AppError.badInput('The event must end on or after its first day.', [{ field: 'endsOn', message: 'endsOn must not be before startsOn' }]);
      if (input.minMeetingsPerNonprofit !== undefined && input.minMeetingsPerNonprofit !== event.minMeetingsPerNonprofit) {
        if (event.scheduleStatus !== EventScheduleStatus.NOT_SCHEDULED && event.scheduleStatus !== EventScheduleStatus.FAILED) {
          throw AppError.conflict('The schedule was computed for the current minimum of meetings; it cannot change any more.', { reason: 'SCHEDULE_EXISTS' });
        }
        changes.minMeetingsPerNonprofit = input.minMeetingsPerNonprofit;
      }
      if (changes.startsOn !== undefined || changes.endsOn !== undefined || changes.timeZone !== undefined) {
        const outside: unknown[] = await m.query(
          `SELECT 1 FROM event_slot WHERE event_id = $1 AND ((starts_at AT TIME ZONE $2)::date < $3::date OR (ends_at AT TIME ZONE $2)::date > $4::date) LIMIT 1`,
          [event.id, next.timeZone, next.startsOn, next.endsOn],
        );
        if (outside.length > 0) {
          throw AppError.badInput('Some slots fall outside the new dates.', [
            { field: changes.startsOn !== undefined ? 'startsOn' : 'endsOn', message: 'the dates must hold every slot of the event', code: 'SLOTS_OUTSIDE_DATES' },
          ]);
        }
      }
      if (Object.keys(changes).length > 0) await m.update(EventEntity, { id: event.id }, changes);
      return { ...event, ...changes };
    });
  }

  /** A page of the event's attendees for its curators, in a stable order (by id) so pages never skip anyone. */
  async attendees(actor: Actor, eventId: string, page: EventAttendeesArgs): Promise<Page<EventAttendeeView>> {
    await this.access.assertManagesEvent(actor, eventId);
    const qb = this.dataSource.getRepository(EventAttendeeEntity).createQueryBuilder('a').where('a.event_id = :eventId', { eventId });
    const found = await paginate(qb, page, BY_ID);
    const rows: EventAttendeeView[] = found.nodes.length ? await this.dataSource.query(ATTENDEE_VIEWS, [found.nodes.map((a) => a.id)]) : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return { ...found, nodes: found.nodes.map((a) => byId.get(a.id)).filter((v): v is EventAttendeeView => v !== undefined) };
  }

  /** Replaces the slots an attendee can attend; a computed schedule keeps its meetings until the next one. */
  setAttendeeSlots(actor: Actor, input: SetEventAttendeeSlotsInput): Promise<EventAttendeeEntity> {
    return this.unitOfWork.run(async ({ manager: m }) => {
      const attendee = await this.managedAttendee(actor, input.attendeeId, m);
      await assertSlotsOf(m, attendee.eventId, input.availableSlotIds);
      await m.delete(EventAttendeeSlotEntity, { attendeeId: attendee.id });
      await m.save([...new Set(input.availableSlotIds)].map((slotId) => m.create(EventAttendeeSlotEntity, { attendeeId: attendee.id, slotId })));
      return attendee;
    });
  }

  /** Removes an attendee with their meetings (a computed schedule then has a gap until the next one); true when done. */
  removeAttendee(actor: Actor, attendeeId: string): Promise<boolean> {
    return this.unitOfWork.run(async ({ manager: m }) => {
      const attendee = await this.managedAttendee(actor, attendeeId, m);
      await m.delete(EventAttendeeEntity, { id: attendee.id });
      return true;
    });
  }

  /**
   * Adds the people behind up to 500 addresses for one side, every address answered: added, no account,
   * already there, or not fitting the side. One transaction, so the answer is the state after it.
   */
  importAttendees(actor: Actor, input: ImportEventAttendeesInput): Promise<ImportEventAttendeesResult> {
    return this.unitOfWork.run(async ({ manager: m }) => {
      const event = await this.managedEvent(actor, input.eventId, m);
      const kind = SIDE_ORGANIZATION[input.side];
      if (!kind && input.organizationId) {
        throw AppError.badInput('Only nonprofit and intermediary attendees speak for an organization.', [
          { field: 'organizationId', message: 'organizationId must be left out for this side' },
        ]);
      }
      let slotIds: string[];
      if (input.availableSlotIds) {
        await assertSlotsOf(m, event.id, input.availableSlotIds);
        slotIds = [...new Set(input.availableSlotIds)];
      } else {
        slotIds = ((await m.query(`SELECT id FROM event_slot WHERE event_id = $1`, [event.id])) as { id: string }[]).map((r) => r.id);
      }
      const emails = [...new Set(input.emails)];
      const people: ImportRow[] = await m.query(IMPORT_PEOPLE, [emails, event.id, kind, input.organizationId ?? null, SIDE_PROFILE_KIND[input.side] ?? null]);
      const byEmail = new Map(people.map((p) => [p.email, p]));
      const result: ImportEventAttendeesResult = { added: [], notFound: [], alreadyAttending: [], notEligible: [] };
      const toAdd: { email: string; userId: string; organizationId: string | null }[] = [];
      for (const email of emails) {
        const person = byEmail.get(email);
        if (!person) result.notFound.push(email);
        else if (person.attending) result.alreadyAttending.push(email);
        else if (!person.eligible) result.notEligible.push(email);
        else toAdd.push({ email, userId: person.user_id, organizationId: person.organization_id });
      }
      if (toAdd.length === 0) return result;
      const inserted = (
        await m.insert(
          EventAttendeeEntity,
          toAdd.map((p) => ({ eventId: event.id, userId: p.userId, side: input.side, organizationId: p.organizationId })),
        )
      ).identifiers as { id: string }[];
      const slotRows = inserted.flatMap(({ id }) => slotIds.map((slotId) => ({ attendeeId: id, slotId })));
      for (let i = 0; i < slotRows.length; i += IMPORT_BATCH) await m.insert(EventAttendeeSlotEntity, slotRows.slice(i, i + IMPORT_BATCH));
      result.added = toAdd.map((p) => p.email);
      return result;
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
      const parts = meeting ? await this.access.eventPartsOf(actor, meeting.eventId, tx.manager) : null;
      if (!meeting || !parts) throw AppError.notFound('Event meeting');
      const event = await tx.manager.findOneByOrFail(EventEntity, { id: meeting.eventId });
      if (!meeting.roleId) throw AppError.conflict('This meeting was an introduction: the nonprofit has no open role the person fits.', { reason: 'NO_ROLE' });
      const rows: { column: 'volunteerProfileId' | 'mentorProfileId'; id: string }[] = await tx.manager.query(GUEST_PROFILE, [meeting.guestAttendeeId]);
      if (rows.length === 0) throw AppError.conflict('The person met has no profile an offer could go to.', { reason: 'NO_PROFILE' });
      return this.matches.pairByHand(tx, actor, { roleId: meeting.roleId, candidate: rows[0], reason: `Met at ${event.name}: ${meeting.reasons}`, eventMeetingId: meeting.id });
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
  manages(actor: Actor, event: EventEntity): boolean {
    return this.access.managesEvent(actor, event.organizerId);
  }

  private async managedAttendee(actor: Actor, attendeeId: string, m: EntityManager): Promise<EventAttendeeEntity> {
    const attendee = await m.findOneBy(EventAttendeeEntity, { id: attendeeId });
    if (!attendee) throw AppError.notFound('Event attendee');
    await this.managedEvent(actor, attendee.eventId, m);
    return attendee;
  }

  private async managedEvent(actor: Actor, eventId: string, m: EntityManager): Promise<EventEntity> {
    await this.access.assertManagesEvent(actor, eventId, m);
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
  // A person meets once per slot, which only means "one at a time" when the slots do not overlap.
  const order = input.slots.map((slot, i) => ({ slot, i })).sort((a, b) => a.slot.startsAt.getTime() - b.slot.startsAt.getTime());
  order.slice(1).forEach(({ slot, i }, k) => {
    const before = order[k];
    if (slot.startsAt < before.slot.endsAt) {
      throw AppError.badInput(`Slot ${i + 1} starts before slot ${before.i + 1} ends.`, [
        { field: `slots.${i}.startsAt`, message: `slots must not overlap: this slot starts before slot ${before.i + 1} ends`, code: 'SLOTS_OVERLAP' },
      ]);
    }
  });
}

// The shared validator checks the shape only; the lists and the dates check read dates in the event's zone in SQL, which fails on an unknown name.
function assertKnownTimeZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    throw AppError.badInput('This time zone is unknown.', [{ field: 'timeZone', message: 'timeZone must be an IANA time zone such as Asia/Tokyo' }]);
  }
}

async function assertSlotsOf(m: EntityManager, eventId: string, slotIds: readonly string[]): Promise<void> {
  const slots: unknown[] = await m.query(`SELECT id FROM event_slot WHERE event_id = $1 AND id = ANY($2::uuid[])`, [eventId, slotIds]);
  if (slots.length !== new Set(slotIds).size) {
    throw AppError.badInput('Some slots are not slots of this event.', [{ field: 'availableSlotIds', message: 'availableSlotIds must be slots of this event' }]);
  }
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
