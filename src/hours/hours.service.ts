import { Injectable } from '@nestjs/common';

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
    const day = Date.parse(`${input.workedOn}T00:00:00Z`);
    if (Number.isNaN(day) || day > Date.now() + FUTURE_SLACK_MS) {
      throw AppError.badInput('workedOn must be a real date, not in the future.', [{ field: 'workedOn', message: 'must be a past date' }]);
    }
    return this.unitOfWork.run(async (tx) => {
      const m = tx.manager;
      // FOR SHARE: a cancellation racing this waits for it, so no hours land on a cancelled match.
      const { match, roles } = await loadMatchForActor(m, this.access, actor, matchId, 'FOR SHARE');
      if (!roles.includes(MatchRole.CANDIDATE) || match.candidateKind === RoleKind.FUNDING) {
        throw AppError.forbidden('Only the volunteer or mentor of this engagement can log hours.');
      }
      if (!LOGGABLE.includes(match.status)) throw matchConflict(match, `Hours can be logged on confirmed or active engagements; this one is ${match.status}.`);
      const log = await m.save(m.create(HoursLogEntity, { matchId, userId: actor.userId, workedOn: input.workedOn, hours: input.hours, note: input.note }));
      await this.notifications.write(tx, await this.notifier.forHoursLogged(m, matchId, input.hours, actor.userId));
      return log;
    });
  }

  confirm(actor: Actor, id: string): Promise<HoursLogEntity> {
    return this.review(actor, id, [HoursStatus.LOGGED, HoursStatus.DISPUTED], HoursStatus.CONFIRMED, null);
  }

  dispute(actor: Actor, id: string, reason: string): Promise<HoursLogEntity> {
    return this.review(actor, id, [HoursStatus.LOGGED], HoursStatus.DISPUTED, reason);
  }

  private review(actor: Actor, id: string, from: HoursStatus[], to: HoursStatus, reason: string | null): Promise<HoursLogEntity> {
    return this.unitOfWork.run(async ({ manager: m }) => {
      const log = await m.findOneBy(HoursLogEntity, { id });
      if (!log) throw AppError.notFound('Hours entry');
      // Hours of a match the actor cannot see do not exist for them.
      const { roles } = await loadMatchForActor(m, this.access, actor, log.matchId).catch((e: unknown) => {
        throw e instanceof AppError && e.code === ErrorCode.NOT_FOUND ? AppError.notFound('Hours entry') : e;
      });
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
