import { INestApplicationContext } from '@nestjs/common';

import { insertAffiliation, insertMembership, insertMentor, insertNeed, insertOrganization, insertSkills, insertVolunteer } from '../utils/fixtures';
import { intermediaryWithCurator, organizationWithAdmin, platformAdmin, Session, signUp } from '../utils/operations';
import { createTestApp, errorCode, errorFields, GqlResult, TestApp } from '../utils/test-app';
import { ADD_ATTENDEE, CREATE_EVENT, EVENT, eventInput, EventView, MY_AGENDA, RATE, SCHEDULE_EVENT, startEventsWorker, waitForSchedule } from './event-operations';

const OFFER = `mutation($meetingId: ID!) { offerFromEventMeeting(meetingId: $meetingId) { id status } }`;

interface AgendaView {
  meetings: {
    meetingId: string;
    startsAt: string;
    roomName: string;
    videoLink: string | null;
    counterpartName: string;
    counterpartSide: string;
    score: number;
    reasons: string;
    myRating: number | null;
  }[];
  ics: string;
}

describe('events with computed meeting schedules', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let curator: Session;
  let otherCurator: Session;
  let intermediaryId: string;
  let nonprofits: { id: string; admin: Session }[];
  let volunteers: Session[];
  let mentor: Session;
  let stranger: Session;
  let companyId: string;

  const ok = <T>(res: GqlResult<T>): T => {
    expect(res.errors).toBeUndefined();
    return res.data as T;
  };
  const createEvent = async (input: Record<string, unknown>, token = curator.token) => ok(await t.gql<{ createEvent: EventView }>(CREATE_EVENT, { input }, token)).createEvent;
  const add = (input: Record<string, unknown>, token = curator.token) => t.gql<{ addEventAttendee: { id: string } }>(ADD_ATTENDEE, { input }, token);
  const eventSeenBy = (token: string, eventId: string) => t.gql<{ event: EventView }>(EVENT, { eventId }, token);
  const agendaOf = async (token: string, eventId: string) => ok(await t.gql<{ myAgenda: AgendaView }>(MY_AGENDA, { eventId }, token)).myAgenda;

  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_URL: 'https://rally.example' });
    worker = await startEventsWorker(t);
    await insertSkills(t.dataSource, ['finance', 'web-design', 'fundraising']);
    const admin = await platformAdmin(t);
    ({ id: intermediaryId, curator } = await intermediaryWithCurator(t, admin, 'Japan Pro Bono Foundation'));
    ({ curator: otherCurator } = await intermediaryWithCurator(t, admin, 'Other Foundation'));
    companyId = await insertOrganization(t.dataSource, 'COMPANY');
    nonprofits = [await organizationWithAdmin(t, 'NONPROFIT', { name: 'Food Bank' }), await organizationWithAdmin(t, 'NONPROFIT', { name: 'Code School' })];
    await insertNeed(t, { nonprofitId: nonprofits[0].id, roles: [{ kind: 'VOLUNTEER', title: 'Treasurer', skills: [['finance', 3, 3]] }] });
    await insertNeed(t, { nonprofitId: nonprofits[1].id, roles: [{ kind: 'VOLUNTEER', title: 'Web designer', skills: [['web-design', 3, 3]] }] });
    volunteers = [];
    for (const skill of ['finance', 'web-design', 'fundraising']) {
      const v = await signUp(t, { name: `Volunteer ${skill}` });
      await insertVolunteer(t, { userId: v.userId, employerId: companyId, skills: [[skill, 4]] });
      volunteers.push(v);
    }
    mentor = await signUp(t, { name: 'Mentor' });
    await insertMentor(t, { userId: mentor.userId });
    stranger = await signUp(t, { name: 'Stranger' });
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
  });

  /** An event with both nonprofits and all volunteers, every one of them free in every slot. */
  async function fullEvent(slots = 2, rooms = 2): Promise<EventView> {
    const event = await createEvent(eventInput(intermediaryId, slots, rooms));
    const all = event.slots.map((s) => s.id);
    for (const np of nonprofits) ok(await add({ eventId: event.id, userId: np.admin.userId, side: 'NONPROFIT', organizationId: np.id, availableSlotIds: all }));
    for (const v of volunteers) ok(await add({ eventId: event.id, userId: v.userId, side: 'COMPANY_EMPLOYEE', availableSlotIds: all }));
    return event;
  }

  async function scheduled(event: EventView): Promise<EventView> {
    const queued = ok(await t.gql<{ scheduleEvent: { scheduleStatus: string; scheduleVersion: number } }>(SCHEDULE_EVENT, { eventId: event.id }, curator.token)).scheduleEvent;
    expect(queued.scheduleStatus).toBe('QUEUED');
    expect(await waitForSchedule(t, event.id, queued.scheduleVersion)).toBe('DONE');
    return ok(await eventSeenBy(curator.token, event.id)).event;
  }

  it('computes the schedule through the queue: best pairs by skill, each nonprofit met, the quality figures shown', async () => {
    const event = await scheduled(await fullEvent());
    expect(event.scheduleStatus).toBe('DONE');
    expect(event.attendeeCount).toBe(5);
    expect(event.scheduleQuality).toMatchObject({ unmetMinimums: 0, meetingsPerPerson: { min: expect.any(Number), max: expect.any(Number) } });
    // 2 rooms × 2 slots, 2 nonprofits each free once per slot: 4 meetings, no pair twice.
    expect(event.schedule).toHaveLength(4);
    const pairs = event.schedule.map((m) => `${m.hostOrganization}|${m.guestName}`);
    expect(new Set(pairs).size).toBe(4);
    const financeMeeting = event.schedule.find((m) => m.guestName === 'Volunteer finance' && m.score > 0.9);
    expect(financeMeeting).toBeDefined();
    expect(event.scheduleQuality?.totalScore).toBeCloseTo(
      event.schedule.reduce((sum, m) => sum + m.score, 0),
      6,
    );
  });

  it('shows an attendee their own agenda with the counterpart, room and an .ics; others get NOT_FOUND', async () => {
    const event = await scheduled(await fullEvent());
    const agenda = await agendaOf(volunteers[0].token, event.id);
    expect(agenda.meetings.length).toBeGreaterThan(0);
    expect(agenda.meetings[0]).toMatchObject({ counterpartSide: 'NONPROFIT', roomName: expect.stringMatching(/^Table/) });
    expect(agenda.meetings.some((m) => /Treasurer/.test(m.reasons))).toBe(true);
    expect(agenda.ics.match(/BEGIN:VEVENT/g)).toHaveLength(agenda.meetings.length);
    expect(agenda.ics).toContain('Pro Bono Rally Tokyo');
    const seen = ok(await eventSeenBy(volunteers[0].token, event.id)).event;
    expect(seen).toMatchObject({ attendeeCount: null, scheduleQuality: null, schedule: [] });
    for (const token of [stranger.token, otherCurator.token]) {
      expect(errorCode(await eventSeenBy(token, event.id))).toBe('NOT_FOUND');
      expect(errorCode(await t.gql(MY_AGENDA, { eventId: event.id }, token))).toBe('NOT_FOUND');
    }
    expect(errorCode(await t.gql(MY_AGENDA, { eventId: event.id }, curator.token))).toBe('NOT_FOUND');
  });

  it('lets each side rate its own meeting 1-5 and nobody else', async () => {
    const event = await scheduled(await fullEvent());
    const meeting = (await agendaOf(volunteers[1].token, event.id)).meetings[0];
    expect(
      ok(await t.gql<{ rateEventMeeting: { guestRating: number } }>(RATE, { meetingId: meeting.meetingId, rating: 5 }, volunteers[1].token)).rateEventMeeting.guestRating,
    ).toBe(5);
    expect((await agendaOf(volunteers[1].token, event.id)).meetings[0].myRating).toBe(5);
    const notMine = await t.gql(RATE, { meetingId: meeting.meetingId, rating: 1 }, stranger.token);
    expect(errorCode(notMine)).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(RATE, { meetingId: meeting.meetingId, rating: 1 }, curator.token))).toBe('NOT_FOUND');
    const outOfRange = await t.gql(RATE, { meetingId: meeting.meetingId, rating: 6 }, volunteers[1].token);
    expect(errorCode(outOfRange)).toBe('BAD_USER_INPUT');
    expect(errorFields(outOfRange)).toContain('rating');
    expect(errorCode(await t.gql(RATE, { meetingId: 'not-an-id', rating: 3 }, volunteers[1].token))).toBe('BAD_USER_INPUT');
  });

  it('replaces the previous schedule when asked again, and refuses a second request while one is running', async () => {
    const event = await fullEvent();
    const first = await scheduled(event);
    const again = await scheduled(event);
    expect(again.scheduleVersion).toBe(first.scheduleVersion + 1);
    const rows = (await t.dataSource.query(`SELECT count(*)::int AS n FROM event_meeting WHERE event_id = $1`, [event.id])) as { n: number }[];
    expect(rows[0].n).toBe(again.schedule.length);
    await t.dataSource.query(`UPDATE event SET schedule_status = 'RUNNING' WHERE id = $1`, [event.id]);
    expect(errorCode(await t.gql(SCHEDULE_EVENT, { eventId: event.id }, curator.token))).toBe('CONFLICT');
  });

  it('keeps events to the organizer’s curators: others cannot create, add to or schedule them', async () => {
    const event = await createEvent(eventInput(intermediaryId, 1, 1));
    expect(errorCode(await t.gql(CREATE_EVENT, { input: eventInput(intermediaryId, 1, 1) }, otherCurator.token))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(CREATE_EVENT, { input: eventInput(nonprofits[0].id, 1, 1) }, nonprofits[0].admin.token))).toBe('FORBIDDEN');
    expect(errorCode(await add({ eventId: event.id, userId: volunteers[0].userId, side: 'COMPANY_EMPLOYEE', availableSlotIds: [] }, otherCurator.token))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(SCHEDULE_EVENT, { eventId: event.id }, otherCurator.token))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(SCHEDULE_EVENT, { eventId: event.id }, stranger.token))).toBe('NOT_FOUND');
  });

  it('refuses hostile event input by field: huge or multi-line names, bad links, time zones, slot order, sizes', async () => {
    const refused = async (extra: Record<string, unknown>) => {
      const res = await t.gql(CREATE_EVENT, { input: eventInput(intermediaryId, 2, 2, extra) }, curator.token);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      return errorFields(res);
    };
    expect(await refused({ name: 'x'.repeat(100_000) })).toContain('name');
    expect(await refused({ name: 'two\nlines' })).toContain('name');
    expect(await refused({ timeZone: '<script>' })).toContain('timeZone');
    expect(await refused({ endsOn: '2027-03-09' })).toContain('endsOn');
    expect(await refused({ minMeetingsPerNonprofit: 11 })).toContain('minMeetingsPerNonprofit');
    expect(await refused({ rooms: [{ name: 'A', videoLink: 'javascript:alert(1)' }] })).toContain('rooms.0.videoLink');
    expect(await refused({ rooms: [{ name: 'A' }, { name: 'a' }] })).toContain('rooms');
    expect(await refused({ rooms: Array.from({ length: 201 }, (_, i) => ({ name: `R${i}` })) })).toContain('rooms');
    expect(await refused({ slots: [{ startsAt: '2027-03-10T02:00:00Z', endsAt: '2027-03-10T01:00:00Z' }] })).toContain('slots.0.endsAt');
    expect(await refused({ organizerId: 'not-an-id' })).toContain('organizerId');
    const html = await createEvent(eventInput(intermediaryId, 1, 1, { name: '<b>Rally</b>' }));
    expect(html.id).toBeDefined();
  });

  it('refuses attendees who do not fit their side, slots of other events, and the same person twice', async () => {
    const event = await createEvent(eventInput(intermediaryId, 2, 1));
    const other = await createEvent(eventInput(intermediaryId, 1, 1));
    const slot = event.slots[0].id;
    const fieldsOf = async (input: Record<string, unknown>) => {
      const res = await add({ eventId: event.id, availableSlotIds: [slot], ...input });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      return errorFields(res);
    };
    expect(await fieldsOf({ userId: stranger.userId, side: 'NONPROFIT', organizationId: nonprofits[0].id })).toContain('organizationId');
    expect(await fieldsOf({ userId: nonprofits[0].admin.userId, side: 'NONPROFIT' })).toContain('organizationId');
    expect(await fieldsOf({ userId: stranger.userId, side: 'COMPANY_EMPLOYEE' })).toContain('userId');
    expect(await fieldsOf({ userId: volunteers[0].userId, side: 'MENTOR' })).toContain('userId');
    expect(await fieldsOf({ userId: volunteers[0].userId, side: 'COMPANY_EMPLOYEE', availableSlotIds: [other.slots[0].id] })).toContain('availableSlotIds');
    ok(await add({ eventId: event.id, userId: mentor.userId, side: 'MENTOR', availableSlotIds: [slot] }));
    expect(errorCode(await add({ eventId: event.id, userId: mentor.userId, side: 'MENTOR', availableSlotIds: [] }))).toBe('CONFLICT');
    await insertMembership(t, { userId: stranger.userId, organizationId: intermediaryId, role: 'MEMBER' });
    ok(await add({ eventId: event.id, userId: stranger.userId, side: 'INTERMEDIARY', organizationId: intermediaryId, availableSlotIds: [slot] }));
  });

  it('holds the schedule rules in the database: one meeting per person and room per slot, no pair twice', async () => {
    const event = await scheduled(await fullEvent(2, 2));
    const [m] = (await t.dataSource.query(`SELECT * FROM event_meeting WHERE event_id = $1 LIMIT 1`, [event.id])) as Record<string, string>[];
    const copy = (overrides: Record<string, string>) => {
      const row = { ...m, ...overrides };
      return t.dataSource.query(`INSERT INTO event_meeting (event_id, slot_id, room_id, host_attendee_id, guest_attendee_id, score) VALUES ($1, $2, $3, $4, $5, 0.5)`, [
        row.event_id,
        row.slot_id,
        row.room_id,
        row.host_attendee_id,
        row.guest_attendee_id,
      ]);
    };
    const otherSlot = event.slots.find((s) => s.id !== m.slot_id)!.id;
    await expect(copy({})).rejects.toThrow(/UQ_event_meeting/);
    await expect(copy({ slot_id: otherSlot })).rejects.toThrow(/UQ_event_meeting_pair/);
    await expect(t.dataSource.query(`UPDATE event_meeting SET host_rating = 6 WHERE id = $1`, [m.id])).rejects.toThrow(/CHK_event_meeting_host_rating/);
  });

  it('turns a good meeting into an offer through the manual match, for the organizer’s curators only', async () => {
    const event = await scheduled(await fullEvent(2, 2));
    const good = event.schedule.find((m) => m.hostOrganization === 'Food Bank' && m.guestName === 'Volunteer finance');
    expect(good).toBeDefined();
    const offer = (token: string, meetingId: string) => t.gql<{ offerFromEventMeeting: { id: string; status: string } }>(OFFER, { meetingId }, token);
    expect(errorCode(await offer(otherCurator.token, good!.meetingId))).toBe('NOT_FOUND');
    // An attendee knows the event, so they are told they may not, rather than that it is not there.
    expect(errorCode(await offer(volunteers[0].token, good!.meetingId))).toBe('FORBIDDEN');
    // The manual match's own rule: only curators of the need pair by hand.
    expect(errorCode(await offer(curator.token, good!.meetingId))).toBe('FORBIDDEN');
    await insertAffiliation(t, { intermediaryId, organizationId: nonprofits[0].id, vetted: true });
    await insertAffiliation(t, { intermediaryId, organizationId: companyId, vetted: true });
    const match = ok(await offer(curator.token, good!.meetingId)).offerFromEventMeeting;
    expect(match.status).toBe('OFFERED');
    const [row] = (await t.dataSource.query(`SELECT r.title FROM match m JOIN need_role r ON r.id = m.role_id WHERE m.id = $1`, [match.id])) as { title: string }[];
    expect(row.title).toBe('Treasurer');
    expect(errorCode(await offer(curator.token, good!.meetingId))).toBe('CONFLICT');
    const [intro] = (await t.dataSource.query(`SELECT id FROM event_meeting WHERE event_id = $1 AND role_id IS NULL LIMIT 1`, [event.id])) as { id: string }[];
    expect(errorCode(await offer(curator.token, intro.id))).toBe('CONFLICT');
    expect(errorCode(await offer(curator.token, 'not-an-id'))).toBe('BAD_USER_INPUT');
  });
});
