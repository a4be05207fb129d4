import { INestApplicationContext } from '@nestjs/common';

import { MAX_COST } from '../../src/common/graphql/query-limits';
import { insertAffiliation, insertMembership, insertMentor, insertNeed, insertOrganization, insertSkills, insertVolunteer } from '../utils/fixtures';
import { intermediaryWithCurator, organizationWithAdmin, platformAdmin, Session, signUp } from '../utils/operations';
import { createTestApp, errorCode, errorFields, GqlResult, TestApp } from '../utils/test-app';
import { ADD_ATTENDEE, CREATE_EVENT, eventInput, EventView, SCHEDULE_EVENT, startEventsWorker, waitForSchedule } from './event-operations';

const EVENTS = `query($when: EventsWhen, $first: Int, $after: String) { events(when: $when, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { id name startsOn endsOn } } }`;
const UPDATE = `mutation($input: UpdateEventInput!) { updateEvent(input: $input) { id name timeZone startsOn endsOn minMeetingsPerNonprofit } }`;
const ATTENDEES = `query($eventId: ID!, $first: Int, $after: String) { event(eventId: $eventId) { attendees(first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { id userId name side organizationId organizationName availableSlotIds } } } }`;
const SET_SLOTS = `mutation($input: SetEventAttendeeSlotsInput!) { setEventAttendeeSlots(input: $input) { id } }`;
const REMOVE = `mutation($attendeeId: ID!) { removeEventAttendee(attendeeId: $attendeeId) }`;
const IMPORT = `mutation($input: ImportEventAttendeesInput!) { importEventAttendees(input: $input) { added notFound alreadyAttending notEligible } }`;
const OFFER = `mutation($meetingId: ID!) { offerFromEventMeeting(meetingId: $meetingId) { id status } }`;
const AGENDA = `query($eventId: ID!) { myAgenda(eventId: $eventId) { meetings { meetingId counterpartName canOffer } } }`;
const GRID = `query($eventId: ID!) { event(eventId: $eventId) { scheduleQuality { totalScore greedyScore } schedule { meetingId hostOrganization guestName canOffer } } }`;

interface Attendee {
  id: string;
  userId: string;
  name: string;
  side: string;
  organizationId: string | null;
  organizationName: string | null;
  availableSlotIds: string[];
}
interface ImportResult {
  added: string[];
  notFound: string[];
  alreadyAttending: string[];
  notEligible: string[];
}

describe('managing events: lists, changes, attendees, imports and offers by the nonprofit host', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let curator: Session;
  let otherCurator: Session;
  let intermediaryId: string;
  let otherIntermediaryId: string;
  let nonprofit: { id: string; admin: Session };
  let otherNonprofit: { id: string; admin: Session };
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
  const emailOf = async (userId: string) => ((await t.dataSource.query(`SELECT email FROM user_account WHERE id = $1`, [userId])) as { email: string }[])[0].email;
  const attendeesOf = (eventId: string, token = curator.token, first = 20, after: string | null = null) =>
    t.gql<{ event: { attendees: { totalCount: number; pageInfo: { endCursor: string; hasNextPage: boolean }; nodes: Attendee[] } } }>(ATTENDEES, { eventId, first, after }, token);
  const importing = (input: Record<string, unknown>, token = curator.token) => t.gql<{ importEventAttendees: ImportResult }>(IMPORT, { input }, token);

  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_URL: 'https://rally.example' });
    worker = await startEventsWorker(t);
    await insertSkills(t.dataSource, ['finance', 'web-design']);
    const admin = await platformAdmin(t);
    ({ id: intermediaryId, curator } = await intermediaryWithCurator(t, admin, 'Japan Pro Bono Foundation'));
    ({ id: otherIntermediaryId, curator: otherCurator } = await intermediaryWithCurator(t, admin, 'Other Foundation'));
    companyId = await insertOrganization(t.dataSource, 'COMPANY');
    nonprofit = await organizationWithAdmin(t, 'NONPROFIT', { name: 'Food Bank' });
    otherNonprofit = await organizationWithAdmin(t, 'NONPROFIT', { name: 'Code School' });
    await insertNeed(t, { nonprofitId: nonprofit.id, roles: [{ kind: 'VOLUNTEER', title: 'Treasurer', skills: [['finance', 3, 3]] }] });
    await insertNeed(t, { nonprofitId: otherNonprofit.id, roles: [{ kind: 'VOLUNTEER', title: 'Web designer', skills: [['web-design', 3, 3]] }] });
    volunteers = [];
    for (const skill of ['finance', 'web-design']) {
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

  it('lists the events one organizes or attends, upcoming soonest first and past latest first, in the one page shape', async () => {
    const today = new Date();
    const day = (offset: number) => new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
    const at = (date: string) => ({ startsOn: date, endsOn: date, slots: [{ startsAt: `${date}T01:00:00Z`, endsAt: `${date}T02:00:00Z` }] });
    const later = await createEvent(eventInput(intermediaryId, 1, 1, { name: 'Later', ...at(day(40)) }));
    const soon = await createEvent(eventInput(intermediaryId, 1, 1, { name: 'Soon', ...at(day(10)) }));
    const past = await createEvent(eventInput(intermediaryId, 1, 1, { name: 'Past', ...at(day(-10)) }));
    const older = await createEvent(eventInput(intermediaryId, 1, 1, { name: 'Older', ...at(day(-40)) }));
    const foreign = await createEvent(eventInput(otherIntermediaryId, 1, 1, { name: 'Foreign', ...at(day(20)) }), otherCurator.token);
    type Events = { events: { totalCount: number; pageInfo: { endCursor: string; hasNextPage: boolean }; nodes: { id: string }[] } };
    const ids = async (when: string, token = curator.token) => ok(await t.gql<Events>(EVENTS, { when, first: 100 }, token)).events.nodes.map((n) => n.id);
    const upcoming = await ids('UPCOMING');
    expect(upcoming.indexOf(soon.id)).toBeLessThan(upcoming.indexOf(later.id));
    expect(upcoming).not.toContain(past.id);
    expect(upcoming).not.toContain(foreign.id);
    const pastIds = await ids('PAST');
    expect(pastIds.indexOf(past.id)).toBeLessThan(pastIds.indexOf(older.id));
    expect(pastIds).not.toContain(soon.id);
    // An attendee sees the event they attend, and nothing else of the organizer's.
    ok(await add({ eventId: soon.id, userId: volunteers[0].userId, side: 'COMPANY_EMPLOYEE', availableSlotIds: [] }));
    expect(await ids('UPCOMING', volunteers[0].token)).toEqual([soon.id]);
    expect(await ids('UPCOMING', stranger.token)).toEqual([]);
    // Pages follow each other without gaps.
    const first = ok(await t.gql<Events>(EVENTS, { when: 'UPCOMING', first: 1 }, curator.token)).events;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = ok(await t.gql<Events>(EVENTS, { when: 'UPCOMING', first: 1, after: first.pageInfo.endCursor }, curator.token)).events;
    expect(second.nodes[0].id).not.toBe(first.nodes[0].id);
    expect(errorCode(await t.gql(EVENTS, { when: 'SOMETIME' }, curator.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(EVENTS, { when: 'UPCOMING', after: 'bm90IGEgY3Vyc29y' }, curator.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(EVENTS, { when: 'UPCOMING', first: 101 }, curator.token))).toBe('BAD_USER_INPUT');
  });

  it('refuses overlapping slots and unknown time zones on create with typed errors naming the field', async () => {
    const res = await t.gql(
      CREATE_EVENT,
      {
        input: eventInput(intermediaryId, 1, 1, {
          slots: [
            { startsAt: '2027-03-10T01:00:00Z', endsAt: '2027-03-10T02:00:00Z' },
            { startsAt: '2027-03-10T01:30:00Z', endsAt: '2027-03-10T02:30:00Z' },
          ],
        }),
      },
      curator.token,
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(errorFields(res)).toContain('slots.1.startsAt');
    expect(JSON.stringify(res.errors)).toContain('SLOTS_OVERLAP');
    const touching = eventInput(intermediaryId, 1, 1, {
      slots: [
        { startsAt: '2027-03-10T01:00:00Z', endsAt: '2027-03-10T02:00:00Z' },
        { startsAt: '2027-03-10T02:00:00Z', endsAt: '2027-03-10T03:00:00Z' },
      ],
    });
    expect((await createEvent(touching)).slots).toHaveLength(2);
    // Shaped like a zone but unknown: the events list reads dates in it, so it never gets in.
    const unknownZone = await t.gql(CREATE_EVENT, { input: eventInput(intermediaryId, 1, 1, { timeZone: 'Mars/Olympus' }) }, curator.token);
    expect(errorCode(unknownZone)).toBe('BAD_USER_INPUT');
    expect(errorFields(unknownZone)).toContain('timeZone');
  });

  it('updates an event for its curators, keeps slots inside the dates, and fixes the minimum once scheduled', async () => {
    const event = await createEvent(eventInput(intermediaryId, 1, 1));
    const updated = ok(
      await t.gql<{ updateEvent: Record<string, unknown> }>(
        UPDATE,
        { input: { eventId: event.id, name: 'Renamed rally', endsOn: '2027-03-11', minMeetingsPerNonprofit: 2 } },
        curator.token,
      ),
    ).updateEvent;
    expect(updated).toMatchObject({ name: 'Renamed rally', timeZone: 'Asia/Tokyo', startsOn: '2027-03-10', endsOn: '2027-03-11', minMeetingsPerNonprofit: 2 });
    const refused = async (input: Record<string, unknown>, code = 'BAD_USER_INPUT', token = curator.token) => {
      const res = await t.gql(UPDATE, { input: { eventId: event.id, ...input } }, token);
      expect(errorCode(res)).toBe(code);
      return errorFields(res);
    };
    expect(await refused({ startsOn: '2027-03-11' })).toContain('startsOn');
    expect(await refused({ endsOn: '2027-03-01' })).toContain('endsOn');
    // 01:00 UTC is 10:00 in Tokyo but still the 9th in Los Angeles.
    expect(await refused({ timeZone: 'America/Los_Angeles' })).toContain('endsOn');
    expect(await refused({ name: 'x'.repeat(201) })).toContain('name');
    expect(await refused({ timeZone: 'Mars/Olympus' })).toContain('timeZone');
    expect(await refused({ minMeetingsPerNonprofit: -1 })).toContain('minMeetingsPerNonprofit');
    await refused({ name: 'Mine now' }, 'NOT_FOUND', otherCurator.token);
    await refused({ name: 'Mine now' }, 'NOT_FOUND', stranger.token);
    expect(errorCode(await t.gql(UPDATE, { input: { eventId: '00000000-0000-4000-8000-000000000000', name: 'x' } }, curator.token))).toBe('NOT_FOUND');
    ok(await add({ eventId: event.id, userId: volunteers[0].userId, side: 'COMPANY_EMPLOYEE', availableSlotIds: [] }));
    await refused({ name: 'By an attendee' }, 'FORBIDDEN', volunteers[0].token);
    const queued = ok(await t.gql<{ scheduleEvent: { scheduleVersion: number } }>(SCHEDULE_EVENT, { eventId: event.id }, curator.token)).scheduleEvent;
    expect(await waitForSchedule(t, event.id, queued.scheduleVersion)).toBe('DONE');
    const conflict = await t.gql(UPDATE, { input: { eventId: event.id, minMeetingsPerNonprofit: 3 } }, curator.token);
    expect(errorCode(conflict)).toBe('CONFLICT');
    expect(JSON.stringify(conflict.errors)).toContain('SCHEDULE_EXISTS');
    // The same minimum again, and the name, still change nothing the schedule depends on.
    ok(await t.gql(UPDATE, { input: { eventId: event.id, minMeetingsPerNonprofit: 2, name: 'After the schedule' } }, curator.token));
  });

  it('shows curators the attendees page by page with side, names and slots; attendees and others cannot', async () => {
    const event = await createEvent(eventInput(intermediaryId, 2, 1));
    ok(await add({ eventId: event.id, userId: nonprofit.admin.userId, side: 'NONPROFIT', organizationId: nonprofit.id, availableSlotIds: [event.slots[1].id] }));
    ok(await add({ eventId: event.id, userId: volunteers[0].userId, side: 'COMPANY_EMPLOYEE', availableSlotIds: event.slots.map((s) => s.id) }));
    ok(await add({ eventId: event.id, userId: mentor.userId, side: 'MENTOR', availableSlotIds: [] }));
    const all = ok(await attendeesOf(event.id)).event.attendees;
    expect(all.totalCount).toBe(3);
    const host = all.nodes.find((a) => a.side === 'NONPROFIT');
    expect(host).toMatchObject({ userId: nonprofit.admin.userId, organizationId: nonprofit.id, organizationName: 'Food Bank', availableSlotIds: [event.slots[1].id] });
    expect(all.nodes.find((a) => a.side === 'COMPANY_EMPLOYEE')).toMatchObject({
      name: 'Volunteer finance',
      organizationName: null,
      availableSlotIds: event.slots.map((s) => s.id),
    });
    const page1 = ok(await attendeesOf(event.id, curator.token, 2)).event.attendees;
    const page2 = ok(await attendeesOf(event.id, curator.token, 2, page1.pageInfo.endCursor)).event.attendees;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(new Set([...page1.nodes, ...page2.nodes].map((a) => a.id)).size).toBe(3);
    expect(errorCode(await attendeesOf(event.id, volunteers[0].token))).toBe('FORBIDDEN');
    expect(errorCode(await attendeesOf(event.id, otherCurator.token))).toBe('NOT_FOUND');
    expect(errorCode(await attendeesOf(event.id, stranger.token))).toBe('NOT_FOUND');
    expect(errorCode(await attendeesOf(event.id, curator.token, 501))).toBe('BAD_USER_INPUT');
  });

  it('bounds a huge nested query of events, their attendees and schedules by the cost limit', async () => {
    const huge = `{ events(first: 100) { nodes { attendees(first: 100) { nodes { id availableSlotIds } } slots { id } rooms { id } schedule { meetingId } } } }`;
    const res = await t.post({ query: huge }, curator.token);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors[0].message).toContain(`limit ${MAX_COST})`);
  });

  it('replaces an attendee’s slots and removes attendees, for the organizer’s curators only', async () => {
    const event = await createEvent(eventInput(intermediaryId, 2, 1));
    const other = await createEvent(eventInput(intermediaryId, 1, 1));
    const attendee = ok(await add({ eventId: event.id, userId: volunteers[1].userId, side: 'COMPANY_EMPLOYEE', availableSlotIds: [event.slots[0].id] })).addEventAttendee;
    const setSlots = (availableSlotIds: string[], token = curator.token, attendeeId = attendee.id) => t.gql(SET_SLOTS, { input: { attendeeId, availableSlotIds } }, token);
    ok(await setSlots([event.slots[1].id, event.slots[1].id]));
    expect(ok(await attendeesOf(event.id)).event.attendees.nodes[0].availableSlotIds).toEqual([event.slots[1].id]);
    ok(await setSlots([]));
    expect(ok(await attendeesOf(event.id)).event.attendees.nodes[0].availableSlotIds).toEqual([]);
    const foreignSlot = await setSlots([other.slots[0].id]);
    expect(errorCode(foreignSlot)).toBe('BAD_USER_INPUT');
    expect(errorFields(foreignSlot)).toContain('availableSlotIds');
    expect(errorFields(await setSlots(['not-an-id']))).toContain('availableSlotIds');
    expect(errorCode(await setSlots([], otherCurator.token))).toBe('NOT_FOUND');
    expect(errorCode(await setSlots([], volunteers[1].token))).toBe('FORBIDDEN');
    expect(errorCode(await setSlots([], curator.token, '00000000-0000-4000-8000-000000000000'))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(REMOVE, { attendeeId: attendee.id }, otherCurator.token))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(REMOVE, { attendeeId: attendee.id }, volunteers[1].token))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(REMOVE, { attendeeId: 'nope' }, curator.token))).toBe('BAD_USER_INPUT');
    expect(ok(await t.gql<{ removeEventAttendee: boolean }>(REMOVE, { attendeeId: attendee.id }, curator.token)).removeEventAttendee).toBe(true);
    expect(ok(await attendeesOf(event.id)).event.attendees.totalCount).toBe(0);
    expect(errorCode(await t.gql(REMOVE, { attendeeId: attendee.id }, curator.token))).toBe('NOT_FOUND');
  });

  it('imports attendees by e-mail, answering every address, and refuses hostile or oversized lists', async () => {
    const event = await createEvent(eventInput(intermediaryId, 2, 1));
    const [v0, v1, m, s, np] = await Promise.all([volunteers[0], volunteers[1], mentor, stranger, nonprofit.admin].map((p) => emailOf(p.userId)));
    ok(await add({ eventId: event.id, userId: volunteers[1].userId, side: 'COMPANY_EMPLOYEE', availableSlotIds: [] }));
    const result = ok(await importing({ eventId: event.id, side: 'COMPANY_EMPLOYEE', emails: [` ${v0.toUpperCase()} `, v0, v1, m, 'nobody@example.org'] })).importEventAttendees;
    expect(result).toEqual({ added: [v0], notFound: ['nobody@example.org'], alreadyAttending: [v1], notEligible: [m] });
    const imported = ok(await attendeesOf(event.id)).event.attendees.nodes.find((a) => a.userId === volunteers[0].userId);
    expect(imported?.availableSlotIds).toHaveLength(2);
    // Nonprofit staff speak for their only nonprofit; people with none do not fit.
    const hosts = ok(await importing({ eventId: event.id, side: 'NONPROFIT', emails: [np, s], availableSlotIds: [event.slots[0].id] })).importEventAttendees;
    expect(hosts).toMatchObject({ added: [np], notEligible: [s] });
    expect(ok(await attendeesOf(event.id)).event.attendees.nodes.find((a) => a.userId === nonprofit.admin.userId)).toMatchObject({
      organizationId: nonprofit.id,
      availableSlotIds: [event.slots[0].id],
    });
    const named = ok(
      await importing({ eventId: event.id, side: 'NONPROFIT', organizationId: otherNonprofit.id, emails: [await emailOf(otherNonprofit.admin.userId), m] }),
    ).importEventAttendees;
    expect(named).toMatchObject({ added: [await emailOf(otherNonprofit.admin.userId)], notEligible: [m] });
    const fields = async (input: Record<string, unknown>) => {
      const res = await importing({ eventId: event.id, side: 'MENTOR', emails: [m], ...input });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      return errorFields(res);
    };
    expect(await fields({ emails: Array.from({ length: 501 }, (_, i) => `p${i}@example.org`) })).toContain('emails');
    expect(await fields({ emails: [] })).toContain('emails');
    expect(await fields({ emails: ["x@example.org'; DROP TABLE event; --"] })).toContain('emails');
    expect(await fields({ emails: [`${'a'.repeat(400)}@example.org`] })).toContain('emails');
    expect(await fields({ emails: ['<script>@example.org'] })).toContain('emails');
    // GraphQL itself refuses a value outside the enum, before any field check.
    expect(errorCode(await importing({ eventId: event.id, side: 'EVERYONE', emails: [m] }))).toBe('BAD_USER_INPUT');
    expect(await fields({ organizationId: nonprofit.id })).toContain('organizationId');
    expect(await fields({ availableSlotIds: ['00000000-0000-4000-8000-000000000000'] })).toContain('availableSlotIds');
    const full = ok(await importing({ eventId: event.id, side: 'MENTOR', emails: [...Array.from({ length: 499 }, (_, i) => `p${i}@example.org`), m] })).importEventAttendees;
    expect(full).toMatchObject({ added: [m], alreadyAttending: [], notEligible: [] });
    expect(full.notFound).toHaveLength(499);
    expect(errorCode(await importing({ eventId: event.id, side: 'MENTOR', emails: [m] }, otherCurator.token))).toBe('NOT_FOUND');
    expect(errorCode(await importing({ eventId: event.id, side: 'MENTOR', emails: [m] }, volunteers[0].token))).toBe('FORBIDDEN');
    expect(errorCode(await importing({ eventId: event.id, side: 'MENTOR', emails: [m] }, stranger.token))).toBe('NOT_FOUND');
  });

  it('lets the nonprofit host turn its meeting into an offer for its own role, shows canOffer where that works, and the greedy score', async () => {
    const event = await createEvent(eventInput(intermediaryId, 2, 2));
    const all = event.slots.map((s) => s.id);
    for (const np of [nonprofit, otherNonprofit]) ok(await add({ eventId: event.id, userId: np.admin.userId, side: 'NONPROFIT', organizationId: np.id, availableSlotIds: all }));
    for (const v of volunteers) ok(await add({ eventId: event.id, userId: v.userId, side: 'COMPANY_EMPLOYEE', availableSlotIds: all }));
    const queued = ok(await t.gql<{ scheduleEvent: { scheduleVersion: number } }>(SCHEDULE_EVENT, { eventId: event.id }, curator.token)).scheduleEvent;
    expect(await waitForSchedule(t, event.id, queued.scheduleVersion)).toBe('DONE');
    type Grid = {
      event: { scheduleQuality: { totalScore: number; greedyScore: number }; schedule: { meetingId: string; hostOrganization: string; guestName: string; canOffer: boolean }[] };
    };
    const grid = ok(await t.gql<Grid>(GRID, { eventId: event.id }, curator.token)).event;
    expect(grid.scheduleQuality.greedyScore).toBeGreaterThan(0);
    expect(grid.scheduleQuality.totalScore).toBeGreaterThanOrEqual(grid.scheduleQuality.greedyScore - 1e-9);
    // The organizer's curator does not curate these needs yet: no offer button for them.
    expect(grid.schedule.every((m) => !m.canOffer)).toBe(true);
    type Agenda = { myAgenda: { meetings: { meetingId: string; counterpartName: string; canOffer: boolean }[] } };
    const hostAgenda = ok(await t.gql<Agenda>(AGENDA, { eventId: event.id }, nonprofit.admin.token)).myAgenda.meetings;
    const good = hostAgenda.find((m) => m.counterpartName === 'Volunteer finance');
    const intro = hostAgenda.find((m) => m.counterpartName === 'Volunteer web-design');
    expect(good?.canOffer).toBe(true);
    expect(intro?.canOffer).toBe(false);
    const guestAgenda = ok(await t.gql<Agenda>(AGENDA, { eventId: event.id }, volunteers[0].token)).myAgenda.meetings;
    expect(guestAgenda.every((m) => !m.canOffer)).toBe(true);
    const offer = (token: string, meetingId: string) => t.gql<{ offerFromEventMeeting: { id: string; status: string } }>(OFFER, { meetingId }, token);
    // The volunteer met cannot offer themselves the role, nor the other nonprofit's host someone else's role.
    expect(errorCode(await offer(volunteers[0].token, good!.meetingId))).toBe('FORBIDDEN');
    expect(errorCode(await offer(otherNonprofit.admin.token, good!.meetingId))).toBe('FORBIDDEN');
    expect(errorCode(await offer(stranger.token, good!.meetingId))).toBe('NOT_FOUND');
    // A colleague of the host who does not attend does not know the event.
    const colleague = await signUp(t, { name: 'Colleague' });
    await insertMembership(t, { userId: colleague.userId, organizationId: nonprofit.id, role: 'MEMBER' });
    expect(errorCode(await offer(colleague.token, good!.meetingId))).toBe('NOT_FOUND');
    const match = ok(await offer(nonprofit.admin.token, good!.meetingId)).offerFromEventMeeting;
    expect(match.status).toBe('OFFERED');
    const [row] = (await t.dataSource.query(
      `SELECT r.title, m.explanation, (SELECT count(*)::int FROM match_event e WHERE e.match_id = m.id AND e.action = 'CREATE_MANUAL') AS events FROM match m JOIN need_role r ON r.id = m.role_id WHERE m.id = $1`,
      [match.id],
    )) as { title: string; explanation: string; events: number }[];
    expect(row).toMatchObject({ title: 'Treasurer', events: 1, explanation: expect.stringMatching(/^Offered by the nonprofit: Met at Pro Bono Rally Tokyo/) });
    expect(errorCode(await offer(nonprofit.admin.token, good!.meetingId))).toBe('CONFLICT');
    const after = ok(await t.gql<Agenda>(AGENDA, { eventId: event.id }, nonprofit.admin.token)).myAgenda.meetings;
    expect(after.find((m) => m.meetingId === good!.meetingId)?.canOffer).toBe(false);
    expect(errorCode(await offer(nonprofit.admin.token, intro!.meetingId))).toBe('CONFLICT');
    expect(errorCode(await offer(nonprofit.admin.token, '00000000-0000-4000-8000-000000000000'))).toBe('NOT_FOUND');
    // Once the curator curates the other nonprofit and the company, the grid offers its role.
    await insertAffiliation(t, { intermediaryId, organizationId: otherNonprofit.id, vetted: true });
    await insertAffiliation(t, { intermediaryId, organizationId: companyId, vetted: true });
    const curated = ok(await t.gql<Grid>(GRID, { eventId: event.id }, curator.token)).event.schedule;
    const designMeeting = curated.find((m) => m.hostOrganization === 'Code School' && m.guestName === 'Volunteer web-design');
    expect(designMeeting?.canOffer).toBe(true);
    expect(curated.find((m) => m.meetingId === good!.meetingId)?.canOffer).toBe(false);
    expect(ok(await offer(curator.token, designMeeting!.meetingId)).offerFromEventMeeting.status).toBe('OFFERED');
  });
});
