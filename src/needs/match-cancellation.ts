import { EntityManager } from 'typeorm';
import { releaseSeat } from '../matches/match-effects';
import { MatchEntity, MatchStatus, OPEN_MATCH_STATUSES } from '../matches/match.entity';
import { appendEvent } from '../matches/match-transaction';
import { MatchAction } from '../matches/match-transitions';

// Confirmed and active engagements hold a seat, the candidate's capacity or the offer's budget (see takeSeat).
const SEAT_HOLDING = [MatchStatus.CONFIRMED, MatchStatus.ACTIVE];

/**
 * Cancels every open match of a need inside the caller's transaction, each with its MatchEvent,
 * giving back what confirmed ones held. The caller must already hold the locks on the need's roles
 * (lock order of match-effects.ts: roles → matches → profiles/offers → need). Returns their ids.
 */
export async function cancelOpenMatches(m: EntityManager, needId: string, actorUserId: string, reason: string): Promise<string[]> {
  const open = await m
    .createQueryBuilder(MatchEntity, 'm')
    .where('m.needId = :needId AND m.status IN (:...open)', { needId, open: OPEN_MATCH_STATUSES })
    .orderBy('m.id')
    .setLock('pessimistic_write')
    .getMany();
  if (open.length === 0) return [];
  const ids = open.map((x) => x.id);
  await m.createQueryBuilder().update(MatchEntity).set({ status: MatchStatus.CANCELLED, statusNote: reason }).whereInIds(ids).execute();
  for (const match of open) {
    await appendEvent(m, match.id, MatchAction.CANCEL, match.status, MatchStatus.CANCELLED, actorUserId, reason);
    if (SEAT_HOLDING.includes(match.status)) await releaseSeat(m, match);
  }
  return ids;
}
