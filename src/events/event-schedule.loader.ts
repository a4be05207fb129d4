import { EntityManager } from 'typeorm';

import { EventSide } from './event-attendee.entity';
import { pairScore, WantedSkillLevel } from './scheduler/pair-score';
import type { ScheduleProblem } from './scheduler/schedule.types';

export interface LoadedSchedule {
  problem: ScheduleProblem;
  slotIds: string[];
  roomIds: string[];
  hostIds: string[];
  guestIds: string[];
  /** Why each pair (by `host:guest`) would meet, plain text, and the role it fits (null: an introduction). */
  fits: Map<string, { reason: string; roleId: string | null }>;
}

interface AttendeeRow {
  id: string;
  user_id: string;
  side: EventSide;
  organization_id: string | null;
  slot_ids: string[];
}

interface RoleRow {
  id: string;
  nonprofit_id: string;
  kind: 'VOLUNTEER' | 'MENTOR';
  title: string;
  skills: WantedSkillLevel[];
}

// Open roles with a free seat on live needs: what a nonprofit hopes to find at the event.
const OPEN_ROLES = `SELECT r.id, n.nonprofit_id, r.kind, r.title,
    COALESCE(json_agg(json_build_object('skillId', rs.skill_id, 'level', rs.level, 'weight', rs.weight)) FILTER (WHERE rs.skill_id IS NOT NULL), '[]') AS skills
  FROM need n JOIN need_role r ON r.need_id = n.id LEFT JOIN need_role_skill rs ON rs.role_id = r.id
  WHERE n.nonprofit_id = ANY($1::uuid[]) AND n.status IN ('OPEN', 'STAFFED', 'IN_PROGRESS') AND r.kind IN ('VOLUNTEER', 'MENTOR') AND r.seats_filled < r.seats
  GROUP BY n.nonprofit_id, r.id ORDER BY r.id`;

const GUEST_SKILLS = `SELECT vp.user_id, 'VOLUNTEER' AS kind, vs.skill_id, vs.level FROM volunteer_profile vp JOIN volunteer_skill vs ON vs.profile_id = vp.id WHERE vp.user_id = ANY($1::uuid[])
  UNION ALL SELECT mp.user_id, 'MENTOR', ms.skill_id, ms.level FROM mentor_profile mp JOIN mentor_skill ms ON ms.profile_id = mp.id WHERE mp.user_id = ANY($1::uuid[])`;

// Employees are scored against volunteer roles, mentors against mentor roles.
const ROLE_KIND_OF: Partial<Record<EventSide, 'VOLUNTEER' | 'MENTOR'>> = { [EventSide.COMPANY_EMPLOYEE]: 'VOLUNTEER', [EventSide.MENTOR]: 'MENTOR' };

// Organizations keep a table; people go round them. An intermediary has no roles of its own, so its
// meetings score as introductions and fill what the nonprofits leave.
const HOST_SIDES: ReadonlySet<EventSide> = new Set([EventSide.NONPROFIT, EventSide.INTERMEDIARY]);

/** Reads an event into the scheduler's plain problem; the minimum applies to nonprofits only. */
export async function loadSchedule(m: EntityManager, eventId: string, minMeetingsPerNonprofit: number): Promise<LoadedSchedule> {
  const slotIds = ((await m.query(`SELECT id FROM event_slot WHERE event_id = $1 ORDER BY starts_at`, [eventId])) as { id: string }[]).map((r) => r.id);
  const roomIds = ((await m.query(`SELECT id FROM event_room WHERE event_id = $1 ORDER BY name`, [eventId])) as { id: string }[]).map((r) => r.id);
  const attendees: AttendeeRow[] = await m.query(
    `SELECT a.id, a.user_id, a.side, a.organization_id, COALESCE(array_agg(s.slot_id) FILTER (WHERE s.slot_id IS NOT NULL), '{}') AS slot_ids
     FROM event_attendee a LEFT JOIN event_attendee_slot s ON s.attendee_id = a.id WHERE a.event_id = $1 GROUP BY a.id ORDER BY a.id`,
    [eventId],
  );
  const hosts = attendees.filter((a) => HOST_SIDES.has(a.side));
  const guests = attendees.filter((a) => !HOST_SIDES.has(a.side));
  const roles: RoleRow[] = await m.query(OPEN_ROLES, [[...new Set(hosts.map((h) => h.organization_id))]]);
  const skillRows: { user_id: string; kind: string; skill_id: string; level: number }[] = await m.query(GUEST_SKILLS, [guests.map((g) => g.user_id)]);
  const slotIndex = new Map(slotIds.map((id, i) => [id, i]));
  const toSlots = (a: AttendeeRow) => a.slot_ids.map((id) => slotIndex.get(id) ?? -1).filter((s) => s >= 0);
  const skillsOf = new Map<string, Map<string, number>>();
  for (const row of skillRows) {
    const key = `${row.user_id}:${row.kind}`;
    skillsOf.set(key, (skillsOf.get(key) ?? new Map<string, number>()).set(row.skill_id, row.level));
  }
  const fits = new Map<string, { reason: string; roleId: string | null }>();
  const pairs = hosts.flatMap((host, h) => {
    const hostRoles = roles.filter((r) => r.nonprofit_id === host.organization_id);
    return guests.map((guest, g) => {
      const kind = ROLE_KIND_OF[guest.side];
      const offered = hostRoles.filter((r) => r.kind === kind);
      const fit = pairScore(
        offered.map((r) => r.skills),
        skillsOf.get(`${guest.user_id}:${kind}`) ?? new Map<string, number>(),
      );
      const role = fit.role >= 0 ? offered[fit.role] : null;
      fits.set(
        `${h}:${g}`,
        role ? { reason: `Skills fit the open role “${role.title}” (${Math.round(fit.score * 100)}%)`, roleId: role.id } : { reason: 'Introduction', roleId: null },
      );
      return { host: h, guest: g, score: fit.score };
    });
  });
  return {
    problem: {
      slotCount: slotIds.length,
      roomCount: roomIds.length,
      hostAvailability: hosts.map(toSlots),
      guestAvailability: guests.map(toSlots),
      pairs,
      hostMinimums: hosts.map((h) => (h.side === EventSide.NONPROFIT ? minMeetingsPerNonprofit : 0)),
    },
    slotIds,
    roomIds,
    hostIds: hosts.map((h) => h.id),
    guestIds: guests.map((g) => g.id),
    fits,
  };
}
