import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { AccessService } from '../common/access/access.service';
import { Actor } from '../common/access/actor';
import { AppConfig } from '../config/app-config';
import { writeIcsCalendar } from '../meetings/ics';
import { AgendaItem, ScheduleGridItem } from './dtos/event.views';
import { EventEntity } from './event.entity';

// The other side of each of the attendee's meetings, with the slot and room.
const AGENDA = `SELECT em.id AS "meetingId", s.starts_at AS "startsAt", s.ends_at AS "endsAt", r.name AS "roomName", r.video_link AS "videoLink",
    u.name AS "counterpartName", o.name AS "counterpartOrganization", other.side AS "counterpartSide", em.score, em.reasons,
    CASE WHEN em.host_attendee_id = $1 THEN em.host_rating ELSE em.guest_rating END AS "myRating"
  FROM event_meeting em
  JOIN event_slot s ON s.id = em.slot_id JOIN event_room r ON r.id = em.room_id
  JOIN event_attendee other ON other.id = CASE WHEN em.host_attendee_id = $1 THEN em.guest_attendee_id ELSE em.host_attendee_id END
  JOIN user_account u ON u.id = other.user_id LEFT JOIN organization o ON o.id = other.organization_id
  WHERE $1 IN (em.host_attendee_id, em.guest_attendee_id) ORDER BY s.starts_at`;

const GRID = `SELECT em.id AS "meetingId", em.slot_id AS "slotId", em.room_id AS "roomId", hu.name AS "hostName", ho.name AS "hostOrganization",
    gu.name AS "guestName", g.side AS "guestSide", em.score, em.host_rating AS "hostRating", em.guest_rating AS "guestRating"
  FROM event_meeting em
  JOIN event_attendee h ON h.id = em.host_attendee_id JOIN user_account hu ON hu.id = h.user_id JOIN organization ho ON ho.id = h.organization_id
  JOIN event_attendee g ON g.id = em.guest_attendee_id JOIN user_account gu ON gu.id = g.user_id
  JOIN event_slot s ON s.id = em.slot_id JOIN event_room r ON r.id = em.room_id
  WHERE em.event_id = $1 ORDER BY s.starts_at, r.name`;

/** Reads of a computed schedule: an attendee's agenda (and its .ics) and the curator's grid. Access is checked by the caller. */
@Injectable()
export class EventAgendaService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly access: AccessService,
  ) {}

  async agenda(actor: Actor, attendeeId: string): Promise<AgendaItem[]> {
    return this.withCanOffer<AgendaItem>(actor, await this.dataSource.query(AGENDA, [attendeeId]));
  }

  async grid(actor: Actor, eventId: string): Promise<ScheduleGridItem[]> {
    return this.withCanOffer<ScheduleGridItem>(actor, await this.dataSource.query(GRID, [eventId]));
  }

  private async withCanOffer<T extends { meetingId: string; canOffer: boolean }>(actor: Actor, rows: Omit<T, 'canOffer'>[]): Promise<T[]> {
    const offerable = await this.access.offerableEventMeetingIds(
      actor,
      rows.map((r) => r.meetingId),
    );
    return rows.map((r) => ({ ...r, canOffer: offerable.has(r.meetingId) }) as T);
  }

  attendeeCount(eventId: string): Promise<number> {
    return this.dataSource.query(`SELECT count(*)::int AS n FROM event_attendee WHERE event_id = $1`, [eventId]).then((rows: { n: number }[]) => rows[0].n);
  }

  ics(event: EventEntity, items: readonly AgendaItem[]): string {
    const url = `${this.config.publicUrl.replace(/\/$/, '')}/events/${event.id}/agenda`;
    return writeIcsCalendar(
      items.map((item) => ({
        uid: `${item.meetingId}@rally`,
        stamp: event.scheduledAt ?? event.createdAt,
        start: item.startsAt,
        end: item.endsAt,
        summary: `${event.name}: ${item.counterpartName}${item.counterpartOrganization ? ` (${item.counterpartOrganization})` : ''}`,
        description: `${item.reasons}\nRally agenda: ${url}`,
        location: item.videoLink ?? item.roomName,
        url,
      })),
    );
  }
}
