import { EntityManager } from 'typeorm';
import { NeedStatus } from '../needs/need.entity';
import { RoleKind } from '../needs/need-role.entity';
import { MatchEntity, MatchStatus } from './match.entity';
import { appendEvent } from './match-transaction';
import { MatchAction } from './match-transitions';
import { deriveNeedStatus } from './need-progress';

// What a transition does beyond the match row. The counters carry CHECK constraints (seats_filled
// ≤ seats, load ≤ capacity, budget ≥ 0), so a race that would overfill fails the whole transaction
// and surfaces as CONFLICT (see common/errors/database-error.ts). Lock order, to avoid deadlocks:
// need_role → match → profile/offer → other matches of the role → need.

export const ROLE_FILLED = 'role filled';

/** Taken first by transitions that move a seat, so that they queue per role instead of deadlocking. */
export async function lockRole(m: EntityManager, roleId: string): Promise<void> {
  await m.query('SELECT 1 FROM need_role WHERE id = $1 FOR UPDATE', [roleId]);
}

/** A confirmation fills a seat and takes the candidate's capacity (or the offer's budget). Returns whether the role is now full. */
export async function takeSeat(m: EntityManager, match: MatchEntity): Promise<boolean> {
  const [[role]] = (await m.query(
    'UPDATE need_role SET seats_filled = seats_filled + 1, updated_at = now() WHERE id = $1 RETURNING seats, seats_filled, amount',
    [match.roleId],
  )) as [{ seats: number; seats_filled: number; amount: string | null }[], number];
  await changeLoad(m, match, +1, role.amount);
  return role.seats_filled >= role.seats;
}

/** A cancelled engagement gives its seat, the candidate's capacity and the offer's budget back. */
export async function releaseSeat(m: EntityManager, match: MatchEntity): Promise<void> {
  const [[role]] = (await m.query(
    'UPDATE need_role SET seats_filled = GREATEST(seats_filled - 1, 0), updated_at = now() WHERE id = $1 RETURNING amount',
    [match.roleId],
  )) as [{ amount: string | null }[], number];
  await changeLoad(m, match, -1, role.amount);
}

/** A completed engagement frees the person for another one; the seat stays filled and the money stays given. */
export async function releaseLoad(m: EntityManager, match: MatchEntity): Promise<void> {
  if (match.candidateKind !== RoleKind.FUNDING) await changeLoad(m, match, -1, null);
}

async function changeLoad(m: EntityManager, match: MatchEntity, delta: 1 | -1, amount: string | null): Promise<void> {
  switch (match.candidateKind) {
    case RoleKind.VOLUNTEER:
      await m.query('UPDATE volunteer_profile SET active_engagements = GREATEST(active_engagements + $2, 0) WHERE id = $1', [match.volunteerProfileId, delta]);
      return;
    case RoleKind.MENTOR:
      await m.query('UPDATE mentor_profile SET active_mentees = GREATEST(active_mentees + $2, 0) WHERE id = $1', [match.mentorProfileId, delta]);
      return;
    case RoleKind.FUNDING:
      await m.query('UPDATE funding_offer SET budget_left = budget_left - $2::numeric * $3, updated_at = now() WHERE id = $1', [
        match.fundingOfferId,
        amount ?? 0,
        delta,
      ]);
  }
}

/** Withdraws the role's other open proposals and offers once its last seat is confirmed, each with its event. */
export async function withdrawOpenOfRole(m: EntityManager, roleId: string, exceptMatchId: string): Promise<string[]> {
  const [rows] = (await m.query(
    `WITH open AS (SELECT id, status FROM match WHERE role_id = $1 AND id <> $2 AND status IN ('PROPOSED', 'OFFERED') FOR UPDATE)
     UPDATE match mt SET status = 'WITHDRAWN', status_note = $3, version = mt.version + 1, updated_at = now()
       FROM open WHERE mt.id = open.id RETURNING mt.id, open.status AS from_status`,
    [roleId, exceptMatchId, ROLE_FILLED],
  )) as [{ id: string; from_status: MatchStatus }[], number];
  for (const row of rows) await appendEvent(m, row.id, MatchAction.WITHDRAW, row.from_status, MatchStatus.WITHDRAWN, null, ROLE_FILLED);
  return rows.map((r) => r.id);
}

/** Moves the need to the status its roles and matches call for (see need-progress.ts). */
export async function syncNeedStatus(m: EntityManager, needId: string): Promise<NeedStatus> {
  const [need] = (await m.query('SELECT status FROM need WHERE id = $1 FOR UPDATE', [needId])) as { status: NeedStatus }[];
  const roles = (await m.query('SELECT seats, seats_filled AS "seatsFilled" FROM need_role WHERE need_id = $1', [needId])) as {
    seats: number;
    seatsFilled: number;
  }[];
  const matches = (await m.query('SELECT status FROM match WHERE need_id = $1', [needId])) as { status: MatchStatus }[];
  const next = deriveNeedStatus(need.status, roles, matches.map((r) => r.status));
  if (next !== need.status) await m.query('UPDATE need SET status = $2, updated_at = now() WHERE id = $1', [needId, next]);
  return next;
}
