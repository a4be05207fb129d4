import { EntityManager } from 'typeorm';

import { changeCommittedBudget } from '../funding-offers/offer-budget';
import { enterLockStep, LockStep } from '../needs/lock-order';
import { RoleKind } from '../needs/need-role.entity';
import { releaseRoleSeat, takeRoleSeat } from '../needs/role-seats';
import { changeMentorLoad, changeVolunteerLoad } from '../profiles/profile-load';
import { MatchEntity } from './match.entity';

// What an engagement holds beyond the match row: a seat of its role and the candidate's capacity (or
// the offer's budget), each moved by the feature owning the counter (needs, profiles, funding-offers).
// The counters carry CHECK constraints (seats_filled ≤ seats, load ≤ capacity, budget ≥ 0), so a race
// that would overfill fails the whole transaction and surfaces as CONFLICT (see
// common/errors/database-error.ts). Callers hold the role lock (needs/lock-order.ts).

/** A confirmation fills a seat and takes the candidate's capacity (or the offer's budget). Returns whether the role is now full. */
export async function takeSeat(m: EntityManager, match: MatchEntity): Promise<boolean> {
  const { full, amount } = await takeRoleSeat(m, match.roleId);
  await changeLoad(m, match, +1, amount);
  return full;
}

/** A cancelled engagement gives its seat, the candidate's capacity and the offer's budget back. */
export async function releaseSeat(m: EntityManager, match: MatchEntity): Promise<void> {
  await changeLoad(m, match, -1, await releaseRoleSeat(m, match.roleId));
}

/** A completed engagement frees the person for another one; the seat stays filled and the money stays given. */
export async function releaseLoad(m: EntityManager, match: MatchEntity): Promise<void> {
  if (match.candidateKind !== RoleKind.FUNDING) await changeLoad(m, match, -1, null);
}

async function changeLoad(m: EntityManager, match: MatchEntity, delta: 1 | -1, amount: string | null): Promise<void> {
  enterLockStep(m, LockStep.CANDIDATE);
  switch (match.candidateKind) {
    case RoleKind.VOLUNTEER:
      return changeVolunteerLoad(m, match.volunteerProfileId!, delta);
    case RoleKind.MENTOR:
      return changeMentorLoad(m, match.mentorProfileId!, delta);
    case RoleKind.FUNDING:
      return changeCommittedBudget(m, match.fundingOfferId!, amount ?? '0', delta);
  }
}
