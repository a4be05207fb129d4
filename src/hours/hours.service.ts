import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { AccessService } from '../common/access/access.service';
import { Actor } from '../common/access/actor';
import { UnitOfWork } from '../common/database/unit-of-work';
import { AppError, ErrorCode } from '../common/errors/app-error';
import { MatchStatus } from '../matches/match.entity';
import { MatchNotifier } from '../matches/match-notifier.service';
import { MatchRole } from '../matches/match-transitions';
import { matchConflict } from '../matches/match-writer';
import { loadMatchForActor } from '../matches/matches.access';
import { RoleKind } from '../needs/need-role.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { LogHoursInput } from './dtos/hours.inputs';
import { HoursLogEntity, HoursStatus } from './hours-log.entity';

const LOGGABLE: MatchStatus[] = [MatchStatus.CONFIRMED, MatchStatus.ACTIVE];
/** Nobody works more than a day has hours: the cap on one person's hours per day, over all engagements. */
export const MAX_HOURS_PER_DAY = 24;
export const DAILY_HOURS_LIMIT = 'DAILY_HOURS_LIMIT';
/** Hours the nonprofit has not confirmed yet; their author may still correct or withdraw them. */
const UNCONFIRMED: HoursStatus[] = [HoursStatus.LOGGED, HoursStatus.DISPUTED];
// Time zones: "today" somewhere on earth may already be tomorrow in UTC.
const FUTURE_SLACK_MS = 86_400_000;

/** Volunteers and mentors log the hours of an engagement; the nonprofit confirms or disputes them. */
@Injectable()
export class HoursService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly access: AccessService,
    private readonly notifier: MatchNotifier,
    private readonly notifications: NotificationsService,
  ) {}

  log(actor: Actor, matchId: string, input: LogHoursInput): Promise<HoursLogEntity> {
    assertPastDay(input.workedOn);
    return this.unitOfWork.run(async (tx) => {
      const m = tx.manager;
      // FOR SHARE: a cancellation racing this waits for it, so no hours land on a cancelled match.
      const { match, roles } = await loadMatchForActor(m, this.access, actor, matchId, 'FOR SHARE');
      if (!roles.includes(MatchRole.CANDIDATE) || match.candidateKind === RoleKind.FUNDING) {
        throw AppError.forbidden('Only the volunteer or mentor of this engagement can log hours.');
      }
      if (!LOGGABLE.includes(match.status)) throw matchConflict(match, `Hours can be logged on confirmed or active engagements; this one is ${match.status}.`);
      await assertWithinDailyLimit(m, actor.userId, input.workedOn, input.hours);
      const log = await m.save(m.create(HoursLogEntity, { matchId, userId: actor.userId, workedOn: input.workedOn, hours: input.hours, note: input.note }));
      await this.notifications.write(tx, await this.notifier.forHoursLogged(m, matchId, input.hours, actor.userId));
      return log;
    });
  }

  /** The author corrects hours the nonprofit has not confirmed; disputed hours go back to be reviewed. */
  update(actor: Actor, id: string, input: LogHoursInput): Promise<HoursLogEntity> {
    assertPastDay(input.workedOn);
    return this.unitOfWork.run(async ({ manager: m }) => {
      const log = await this.loadOwnUnconfirmed(m, actor, id);
      await assertWithinDailyLimit(m, actor.userId, input.workedOn, input.hours, id);
      // The status condition again: a confirmation committed since the read wins.
      const [rows] = (await m.query(
        `UPDATE hours_log SET worked_on = $4, hours = $5, note = $6, status = 'LOGGED', reviewed_by_id = NULL, reviewed_at = NULL, updated_at = now()
          WHERE id = $1 AND user_id = $2 AND status = ANY($3::hours_status[]) RETURNING id`,
        [id, actor.userId, UNCONFIRMED, input.workedOn, input.hours, input.note],
      )) as [{ id: string }[], number];
      if (rows.length === 0) throw alreadyConfirmed(log.status);
      return m.findOneByOrFail(HoursLogEntity, { id });
    });
  }

  /** The author withdraws hours the nonprofit has not confirmed; returns the id of the removed entry. */
  delete(actor: Actor, id: string): Promise<string> {
    return this.unitOfWork.run(async ({ manager: m }) => {
      const log = await this.loadOwnUnconfirmed(m, actor, id);
      const [, count] = (await m.query(`DELETE FROM hours_log WHERE id = $1 AND user_id = $2 AND status = ANY($3::hours_status[])`, [id, actor.userId, UNCONFIRMED])) as [
        unknown,
        number,
      ];
      if (count === 0) throw alreadyConfirmed(log.status);
      return id;
    });
  }

  private async loadOwnUnconfirmed(m: EntityManager, actor: Actor, id: string): Promise<HoursLogEntity> {
    const log = await this.loadVisible(m, actor, id);
    this.access.assertAuthor(actor, log, 'these hours');
    if (!UNCONFIRMED.includes(log.status)) throw alreadyConfirmed(log.status);
    return log;
  }

  /** An entry on a match the actor can see; hours of a match the actor cannot see do not exist for them. */
  private async loadVisible(m: EntityManager, actor: Actor, id: string): Promise<HoursLogEntity & { roles: MatchRole[] }> {
    const log = await m.findOneBy(HoursLogEntity, { id });
    if (!log) throw AppError.notFound('Hours entry');
    const { roles } = await loadMatchForActor(m, this.access, actor, log.matchId).catch((e: unknown) => {
      throw e instanceof AppError && e.code === ErrorCode.NOT_FOUND ? AppError.notFound('Hours entry') : e;
    });
    return Object.assign(log, { roles });
  }

  confirm(actor: Actor, id: string): Promise<HoursLogEntity> {
    return this.review(actor, id, [HoursStatus.LOGGED, HoursStatus.DISPUTED], HoursStatus.CONFIRMED, null);
  }

  dispute(actor: Actor, id: string, reason: string): Promise<HoursLogEntity> {
    return this.review(actor, id, [HoursStatus.LOGGED], HoursStatus.DISPUTED, reason);
  }

  private review(actor: Actor, id: string, from: HoursStatus[], to: HoursStatus, reason: string | null): Promise<HoursLogEntity> {
    return this.unitOfWork.run(async ({ manager: m }) => {
      const log = await this.loadVisible(m, actor, id);
      const { roles } = log;
      if (!roles.includes(MatchRole.NONPROFIT)) throw AppError.forbidden('Only the nonprofit of this engagement can review its hours.');
      const [rows] = (await m.query(
        `UPDATE hours_log SET status = $3, reviewed_by_id = $4, reviewed_at = now(), dispute_reason = COALESCE($5, dispute_reason), updated_at = now()
          WHERE id = $1 AND status = ANY($2::hours_status[]) RETURNING id`,
        [id, from, to, actor.userId, reason],
      )) as [{ id: string }[], number];
      if (rows.length === 0) throw AppError.conflict(`These hours are already ${log.status.toLowerCase()}.`, { currentStatus: log.status });
      return m.findOneByOrFail(HoursLogEntity, { id });
    });
  }
}

function assertPastDay(workedOn: string): void {
  const day = Date.parse(`${workedOn}T00:00:00Z`);
  if (Number.isNaN(day) || day > Date.now() + FUTURE_SLACK_MS) {
    throw AppError.badInput('workedOn must be a real date, not in the future.', [{ field: 'workedOn', message: 'must be a past date' }]);
  }
}

const alreadyConfirmed = (status: HoursStatus) => AppError.conflict(`These hours are ${status.toLowerCase()}; only unconfirmed hours can be changed.`, { currentStatus: status });

/**
 * Refuses a day's hours of one person over MAX_HOURS_PER_DAY, over all their engagements. The lock
 * on (person, day) makes two entries racing for the same day add up one after the other.
 */
async function assertWithinDailyLimit(m: EntityManager, userId: string, workedOn: string, hours: number, replacingId: string | null = null): Promise<void> {
  await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`rally:hours:${userId}:${workedOn}`]);
  const [{ logged }] = (await m.query(
    `SELECT COALESCE(SUM(hours), 0)::float8 AS logged FROM hours_log WHERE user_id = $1 AND worked_on = $2 AND ($3::uuid IS NULL OR id <> $3::uuid)`,
    [userId, workedOn, replacingId],
  )) as { logged: number }[];
  if (logged + hours <= MAX_HOURS_PER_DAY) return;
  const message = `At most ${MAX_HOURS_PER_DAY} hours a day can be logged in total; ${logged} h are already logged for ${workedOn}.`;
  throw new AppError(ErrorCode.BAD_USER_INPUT, message, {
    reason: DAILY_HOURS_LIMIT,
    limit: MAX_HOURS_PER_DAY,
    alreadyLogged: logged,
    fields: [{ field: 'hours', message }],
  });
}
