import { INestApplicationContext } from '@nestjs/common';

import { EventsWorkerModule } from '../../src/events/events-worker.module';
import { startWorker } from '../matching/matching-worker';
import { TestApp } from '../utils/test-app';
import { waitFor } from '../utils/wait';

export const EVENT_FIELDS = 'id name kind timeZone scheduleStatus scheduleVersion attendeeCount slots { id startsAt endsAt } rooms { id name videoLink }';
export const QUALITY_FIELDS = 'scheduleQuality { totalScore meetingsPerPerson { min mean max } unmetMinimums greedyScore }';
export const CREATE_EVENT = `mutation($input: CreateEventInput!) { createEvent(input: $input) { ${EVENT_FIELDS} } }`;
export const ADD_ATTENDEE = `mutation($input: AddEventAttendeeInput!) { addEventAttendee(input: $input) { id side eventId } }`;
export const SCHEDULE_EVENT = `mutation($eventId: ID!) { scheduleEvent(eventId: $eventId) { id scheduleStatus scheduleVersion } }`;
export const EVENT = `query($eventId: ID!) { event(eventId: $eventId) { ${EVENT_FIELDS} ${QUALITY_FIELDS} schedule { meetingId slotId roomId hostName hostOrganization guestName score } } }`;
export const MY_AGENDA = `query($eventId: ID!) { myAgenda(eventId: $eventId) { meetings { meetingId startsAt roomName videoLink counterpartName counterpartOrganization counterpartSide score reasons myRating } ics } }`;
export const RATE = `mutation($meetingId: ID!, $rating: Int!) { rateEventMeeting(meetingId: $meetingId, rating: $rating) { id hostRating guestRating } }`;

export interface EventView {
  id: string;
  scheduleStatus: string;
  scheduleVersion: number;
  attendeeCount: number | null;
  slots: { id: string; startsAt: string }[];
  rooms: { id: string; name: string }[];
  scheduleQuality: { totalScore: number; meetingsPerPerson: { min: number; mean: number; max: number }; unmetMinimums: number; greedyScore: number | null } | null;
  schedule: { meetingId: string; slotId: string; roomId: string; hostName: string; hostOrganization: string; guestName: string; score: number }[];
}

const HOUR = 3_600_000;

/** A createEvent input with `slots` one-hour slots from a fixed day and `rooms` rooms. */
export function eventInput(organizerId: string, slots: number, rooms: number, extra: Record<string, unknown> = {}) {
  const day = Date.parse('2027-03-10T01:00:00Z');
  return {
    organizerId,
    name: 'Pro Bono Rally Tokyo',
    kind: 'IN_PERSON',
    timeZone: 'Asia/Tokyo',
    startsOn: '2027-03-10',
    endsOn: '2027-03-10',
    minMeetingsPerNonprofit: 1,
    slots: Array.from({ length: slots }, (_, i) => ({ startsAt: new Date(day + i * HOUR).toISOString(), endsAt: new Date(day + i * HOUR + 0.75 * HOUR).toISOString() })),
    rooms: Array.from({ length: rooms }, (_, i) => ({ name: `Table ${i + 1}` })),
    ...extra,
  };
}

/** The events worker inside the test process (with the matching one it shares its module with). */
export const startEventsWorker = (t: TestApp): Promise<INestApplicationContext> => startWorker(t.config, [EventsWorkerModule]);

export async function waitForSchedule(t: TestApp, eventId: string, version: number, timeoutMs = 30_000): Promise<string> {
  return waitFor(
    `schedule ${version} of event ${eventId}`,
    async () => {
      const [row] = (await t.dataSource.query(`SELECT schedule_status, schedule_version FROM event WHERE id = $1`, [eventId])) as {
        schedule_status: string;
        schedule_version: number;
      }[];
      return row.schedule_version === version && ['DONE', 'FAILED'].includes(row.schedule_status) ? row.schedule_status : undefined;
    },
    timeoutMs,
  );
}
