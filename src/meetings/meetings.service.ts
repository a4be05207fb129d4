import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { AccessService, MatchParts } from '../common/access/access.service';
import { Actor } from '../common/access/actor';
import { Clock } from '../common/clock';
import { UnitOfWork } from '../common/database/unit-of-work';
import { AppError } from '../common/errors/app-error';
import { AppConfig } from '../config/app-config';
import { MatchStatus } from '../matches/match.entity';
import { PickMeetingTimeArgs, ProposeMeetingTimesInput } from './dtos/meeting.inputs';
import { writeIcs } from './ics';
import { MeetingEntity, MeetingKind, MeetingSide, MeetingSlotEntity, MeetingStatus } from './meeting.entity';

/** Meetings are arranged between people who agreed to work together, until the engagement ends. */
export const MEETING_MATCH_STATUSES: readonly string[] = [MatchStatus.CONFIRMED, MatchStatus.ACTIVE];

const KIND_TITLE: Record<MeetingKind, string> = { [MeetingKind.SCOPING_CALL]: 'Scoping call', [MeetingKind.KICK_OFF]: 'Kick-off' };

/** The side someone proposes for: their own side of the match; a curator proposes as curator. */
export function proposingSide(parts: MatchParts): MeetingSide {
  if (parts.nonprofit) return MeetingSide.NONPROFIT;
  if (parts.candidate) return MeetingSide.CANDIDATE;
  return MeetingSide.CURATOR;
}

/** Only the two sides pick, and only from the other side's proposal: a curator arranges, the people decide. */
export function mayPick(parts: MatchParts, meeting: Pick<MeetingEntity, 'proposerSide' | 'proposedById'>, userId: string): boolean {
  if (meeting.proposedById === userId) return false;
  return (parts.nonprofit && meeting.proposerSide !== MeetingSide.NONPROFIT) || (parts.candidate && meeting.proposerSide !== MeetingSide.CANDIDATE);
}

const isKnownTimeZone = (timeZone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
};

/**
 * Scoping calls and kick-offs: one side of a confirmed or active match proposes times, the other
 * picks one. Who takes part is AccessService's answer for the match (`threadPartsOf`); picks and
 * withdrawals are a compare-and-set on the open proposal, so of two at once one wins and the other
 * gets CONFLICT.
 */
@Injectable()
export class MeetingsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly access: AccessService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  propose(actor: Actor, input: ProposeMeetingTimesInput): Promise<MeetingEntity> {
    this.assertValidTimes(input);
    return this.unitOfWork.run(async ({ manager: m }) => {
      const parts = await this.liveMatchParts(actor, input.matchId, m);
      if (input.replacesId) await this.close(actor, input.replacesId, m, input.matchId);
      const open = await m.countBy(MeetingEntity, { matchId: input.matchId, kind: input.kind, status: MeetingStatus.OPEN });
      if (open > 0) {
        throw AppError.conflict('This match already has an open proposal of this kind: pick from it, or its author withdraws or replaces it.', { reason: 'OPEN_PROPOSAL_EXISTS' });
      }
      const meeting = await m.save(
        m.create(MeetingEntity, {
          matchId: input.matchId,
          kind: input.kind,
          proposerSide: proposingSide(parts),
          proposedById: actor.userId,
          timeZone: input.timeZone,
          location: input.location ?? null,
        }),
      );
      await m.save(input.slots.map((s) => m.create(MeetingSlotEntity, { meetingId: meeting.id, startsAt: s.startsAt, durationMinutes: s.durationMinutes })));
      return meeting;
    });
  }

  pick(actor: Actor, { meetingId, slotId }: PickMeetingTimeArgs): Promise<MeetingEntity> {
    return this.unitOfWork.run(async ({ manager: m }) => {
      const meeting = await this.visibleMeeting(actor, meetingId, m);
      const parts = await this.liveMatchParts(actor, meeting.matchId, m);
      if (!mayPick(parts, meeting, actor.userId)) {
        throw AppError.forbidden(meeting.proposedById === actor.userId ? 'You proposed these times: the other side picks one.' : 'Only the other side of the match picks a time.');
      }
      const slot = await m.findOneBy(MeetingSlotEntity, { id: slotId, meetingId });
      if (!slot) throw AppError.badInput('This time is not one of the proposal’s.', [{ field: 'slotId', code: 'UNKNOWN_SLOT', message: 'slotId is not a time of this proposal' }]);
      if (slot.startsAt.getTime() <= this.clock.now()) {
        throw AppError.badInput('This time has passed; ask for new times.', [{ field: 'slotId', code: 'SLOT_IN_PAST', message: 'slotId lies in the past' }]);
      }
      return this.compareAndSet(m, meeting, { status: MeetingStatus.CHOSEN, chosenSlotId: slot.id, pickedById: actor.userId });
    });
  }

  withdraw(actor: Actor, meetingId: string): Promise<MeetingEntity> {
    return this.unitOfWork.run(({ manager: m }) => this.close(actor, meetingId, m));
  }

  /** The chosen slot as an .ics calendar file; null until a slot is chosen. */
  ics(meeting: MeetingEntity, slot: MeetingSlotEntity | null, needTitle: string): string | null {
    if (meeting.status !== MeetingStatus.CHOSEN || !slot) return null;
    const url = `${this.config.publicUrl.replace(/\/$/, '')}/matches/${meeting.matchId}`;
    const start = slot.startsAt;
    return writeIcs({
      uid: `${meeting.id}@rally`,
      stamp: meeting.closedAt ?? new Date(this.clock.now()),
      start,
      end: new Date(start.getTime() + slot.durationMinutes * 60_000),
      summary: `${KIND_TITLE[meeting.kind]}: ${needTitle}`,
      description: `Rally match page: ${url}`,
      location: meeting.location,
      url,
    });
  }

  /** The author withdraws their open proposal (`matchId`: it must belong to that match). */
  private async close(actor: Actor, meetingId: string, m: EntityManager, matchId?: string): Promise<MeetingEntity> {
    const meeting = await this.visibleMeeting(actor, meetingId, m);
    if (matchId && meeting.matchId !== matchId)
      throw AppError.badInput('replacesId is a proposal of another match.', [{ field: 'replacesId', message: 'replacesId belongs to another match' }]);
    if (meeting.proposedById !== actor.userId) throw AppError.forbidden('Only the person who proposed these times can withdraw them.');
    return this.compareAndSet(m, meeting, { status: MeetingStatus.WITHDRAWN, chosenSlotId: null, pickedById: null });
  }

  private async compareAndSet(
    m: EntityManager,
    seen: MeetingEntity,
    next: { status: MeetingStatus; chosenSlotId: string | null; pickedById: string | null },
  ): Promise<MeetingEntity> {
    const [rows] = (await m.query(
      `UPDATE meeting SET status = $3, chosen_slot_id = $4, picked_by_id = $5, closed_at = now(), version = version + 1
        WHERE id = $1 AND version = $2 AND status = 'OPEN' RETURNING id`,
      [seen.id, seen.version, next.status, next.chosenSlotId, next.pickedById],
    )) as [{ id: string }[], number];
    if (rows.length === 0) {
      const current = await m.findOneByOrFail(MeetingEntity, { id: seen.id });
      throw AppError.conflict(`This proposal is ${current.status} now: someone acted on it meanwhile.`, { reason: 'PROPOSAL_CLOSED', currentStatus: current.status });
    }
    return m.findOneByOrFail(MeetingEntity, { id: seen.id });
  }

  /** NOT_FOUND unless the actor takes part in the meeting's match. */
  private async visibleMeeting(actor: Actor, meetingId: string, m: EntityManager): Promise<MeetingEntity> {
    const meeting = await m.findOneBy(MeetingEntity, { id: meetingId });
    if (!meeting) throw AppError.notFound('Meeting');
    try {
      await this.access.threadPartsOf(actor, meeting.matchId, m);
    } catch {
      throw AppError.notFound('Meeting');
    }
    return meeting;
  }

  /** The actor's parts on a match that is confirmed or active; FOR SHARE so an ending racing this waits. */
  private async liveMatchParts(actor: Actor, matchId: string, m: EntityManager): Promise<MatchParts> {
    await m.query('SELECT 1 FROM match WHERE id = $1 FOR SHARE', [matchId]);
    const { status, ...parts } = await this.access.threadPartsOf(actor, matchId, m);
    if (!MEETING_MATCH_STATUSES.includes(status)) {
      throw AppError.conflict(`This match is ${status}: meetings are arranged once it is confirmed and until it ends.`, { reason: 'MATCH_NOT_LIVE', currentStatus: status });
    }
    return parts;
  }

  private assertValidTimes(input: ProposeMeetingTimesInput): void {
    if (!isKnownTimeZone(input.timeZone)) {
      throw AppError.badInput('Unknown time zone.', [{ field: 'timeZone', code: 'UNKNOWN_TIME_ZONE', message: 'timeZone must be an IANA time zone such as Asia/Tokyo' }]);
    }
    const now = this.clock.now();
    const past = input.slots.flatMap((s, i) =>
      s.startsAt.getTime() <= now ? [{ field: `slots.${i}.startsAt`, code: 'SLOT_IN_PAST', message: `slots.${i}.startsAt lies in the past` }] : [],
    );
    if (past.length) throw AppError.badInput('Meeting times must lie in the future.', past);
  }
}
