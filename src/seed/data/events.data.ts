import { OrganizationKind } from '../../common/domain/organization-kind.enum';
import { EventKind } from '../../events/event.entity';
import { EventSide } from '../../events/event-attendee.entity';
import { seedId } from '../seed-id';
import type { DemoWorld } from './demo-world.types';

interface EventSpec {
  key: string;
  organizerId: string;
  name: string;
  kind: EventKind;
  timeZone: string;
  day: string;
  /** UTC hour of the first slot; slots follow every hour, 45 minutes each. */
  firstHourUtc: number;
  slots: number;
  rooms: readonly { name: string; videoLink: string | null }[];
}

interface AttendeeSpec {
  userId: string;
  side: EventSide;
  organizationId: string | null;
}

/**
 * The two demo events, built from the people already in the world: the Tokyo rally day (about 100
 * company employees meeting the Asian network's intermediaries and the Japanese nonprofits, 6 slots)
 * and the European cohort's virtual meet-up (the 20 projects with the network's mentors and the
 * retailer's volunteers). Availability is a fixed pattern: most people miss one slot, as people do.
 */
export function addDemoEvents(
  world: DemoWorld,
  ids: {
    jpIntermediary: string;
    jpNonprofits: Record<string, string>;
    euIntermediary: string;
    euCohort: Record<string, string>;
    retailer: string;
    jpCompanies: Record<string, string>;
  },
): void {
  const firstMember = (organizationId: string) => world.memberships.find((m) => m.organizationId === organizationId)?.userId;
  const speakingFor = (organizationIds: readonly string[], side: EventSide): AttendeeSpec[] =>
    organizationIds.flatMap((organizationId) => {
      const userId = firstMember(organizationId);
      return userId ? [{ userId, side, organizationId }] : [];
    });
  const jpCompanies = new Set(Object.values(ids.jpCompanies));
  const asianIntermediaries = world.organizations.filter((o) => o.kind === OrganizationKind.INTERMEDIARY && o.id !== ids.euIntermediary && o.country !== 'US').map((o) => o.id);
  addEvent(
    world,
    {
      key: 'tokyo-rally',
      organizerId: ids.jpIntermediary,
      name: 'Pro Bono Rally Tokyo 2027',
      kind: EventKind.IN_PERSON,
      timeZone: 'Asia/Tokyo',
      day: '2027-03-13',
      firstHourUtc: 1,
      slots: 6,
      rooms: Array.from({ length: 30 }, (_, i) => ({ name: `Table ${String(i + 1).padStart(2, '0')}`, videoLink: null })),
    },
    [
      ...speakingFor(Object.values(ids.jpNonprofits), EventSide.NONPROFIT),
      ...speakingFor(asianIntermediaries, EventSide.INTERMEDIARY),
      ...world.volunteerProfiles
        .filter((v) => v.employerId && jpCompanies.has(v.employerId))
        .map((v) => ({ userId: v.userId, side: EventSide.COMPANY_EMPLOYEE, organizationId: null })),
    ],
  );
  addEvent(
    world,
    {
      key: 'eu-cohort-meetup',
      organizerId: ids.euIntermediary,
      name: 'Accelerator Matchmaking Day (virtual)',
      kind: EventKind.VIRTUAL,
      timeZone: 'Europe/Berlin',
      day: '2027-02-17',
      firstHourUtc: 8,
      slots: 4,
      rooms: Array.from({ length: 20 }, (_, i) => ({ name: `Room ${i + 1}`, videoLink: `https://meet.example.org/impulse-room-${i + 1}` })),
    },
    [
      ...speakingFor(Object.values(ids.euCohort), EventSide.NONPROFIT),
      ...world.mentorProfiles.filter((m) => m.country !== 'JP').map((m) => ({ userId: m.userId, side: EventSide.MENTOR, organizationId: null })),
      ...world.volunteerProfiles.filter((v) => v.employerId === ids.retailer).map((v) => ({ userId: v.userId, side: EventSide.COMPANY_EMPLOYEE, organizationId: null })),
    ],
  );
}

function addEvent(world: DemoWorld, spec: EventSpec, attendees: readonly AttendeeSpec[]): void {
  const eventId = seedId(`event:${spec.key}`);
  world.events.push({
    id: eventId,
    organizerId: spec.organizerId,
    name: spec.name,
    kind: spec.kind,
    timeZone: spec.timeZone,
    startsOn: spec.day,
    endsOn: spec.day,
    minMeetingsPerNonprofit: 2,
  });
  const start = Date.parse(`${spec.day}T${String(spec.firstHourUtc).padStart(2, '0')}:00:00Z`);
  const slotIds = Array.from({ length: spec.slots }, (_, i) => {
    const id = seedId(`event-slot:${spec.key}:${i}`);
    world.eventSlots.push({ id, eventId, startsAt: new Date(start + i * 3_600_000), endsAt: new Date(start + i * 3_600_000 + 45 * 60_000) });
    return id;
  });
  spec.rooms.forEach((room, i) => world.eventRooms.push({ id: seedId(`event-room:${spec.key}:${i}`), eventId, ...room }));
  const seen = new Set<string>();
  attendees.forEach((a, i) => {
    if (seen.has(a.userId)) return;
    seen.add(a.userId);
    const id = seedId(`event-attendee:${spec.key}:${a.userId}`);
    world.eventAttendees.push({ id, eventId, userId: a.userId, side: a.side, organizationId: a.organizationId });
    // Nonprofits stay all day; of everyone else, two in three miss one slot.
    const missed = a.side === EventSide.NONPROFIT || i % 3 === 0 ? -1 : i % spec.slots;
    slotIds.forEach((slotId, s) => s !== missed && world.eventAttendeeSlots.push({ attendeeId: id, slotId }));
  });
}
