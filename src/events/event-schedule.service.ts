import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { UnitOfWork } from '../common/database/unit-of-work';
import { EventEntity, EventScheduleStatus } from './event.entity';
import { EventMeetingEntity } from './event-meeting.entity';
import { loadSchedule } from './event-schedule.loader';
import { optimizeSchedule } from './scheduler/optimize-schedule';
import { scheduleReport } from './scheduler/schedule-quality';
import { pairKey } from './scheduler/slot-availability';

const INSERT_BATCH = 500;

/** The worker side of events: computes a requested schedule and saves it in place of the previous one. */
@Injectable()
export class EventScheduleService {
  private readonly logger = new Logger(EventScheduleService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  /** A superseded or finished request does nothing, so a duplicate or retried job is harmless. */
  async compute(eventId: string, version: number): Promise<void> {
    const started: [{ min_meetings_per_nonprofit: number }[], number] = await this.dataSource.query(
      `UPDATE event SET schedule_status = 'RUNNING' WHERE id = $1 AND schedule_version = $2 AND schedule_status IN ('QUEUED', 'RUNNING') RETURNING min_meetings_per_nonprofit`,
      [eventId, version],
    );
    const rows = started[0];
    if (rows.length === 0) return;
    const startedAt = Date.now();
    const loaded = await loadSchedule(this.dataSource.manager, eventId, rows[0].min_meetings_per_nonprofit);
    const meetings = optimizeSchedule(loaded.problem);
    const quality = scheduleReport(loaded.problem, meetings);
    await this.unitOfWork.run(async ({ manager: m }) => {
      const event = await m.findOne(EventEntity, { where: { id: eventId }, lock: { mode: 'pessimistic_write' } });
      if (!event || event.scheduleVersion !== version || event.scheduleStatus !== EventScheduleStatus.RUNNING) return;
      await m.delete(EventMeetingEntity, { eventId });
      const entities = meetings.map((x) => {
        const fit = loaded.fits.get(pairKey(x.host, x.guest));
        return {
          eventId,
          slotId: loaded.slotIds[x.slot],
          roomId: loaded.roomIds[x.room],
          hostAttendeeId: loaded.hostIds[x.host],
          guestAttendeeId: loaded.guestIds[x.guest],
          score: x.score,
          reasons: fit?.reason ?? '',
          roleId: fit?.roleId ?? null,
        };
      });
      for (let i = 0; i < entities.length; i += INSERT_BATCH) await m.insert(EventMeetingEntity, entities.slice(i, i + INSERT_BATCH));
      await m.update(EventEntity, { id: eventId }, { scheduleStatus: EventScheduleStatus.DONE, scheduleQuality: quality, scheduledAt: new Date() });
    });
    this.logger.log(`Scheduled event ${eventId}: ${meetings.length} meetings in ${Date.now() - startedAt} ms`);
  }

  async fail(eventId: string, version: number): Promise<void> {
    await this.dataSource.query(`UPDATE event SET schedule_status = 'FAILED' WHERE id = $1 AND schedule_version = $2 AND schedule_status IN ('QUEUED', 'RUNNING')`, [
      eventId,
      version,
    ]);
  }
}
