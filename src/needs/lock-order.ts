import { EntityManager } from 'typeorm';

import { AppError } from '../common/errors/app-error';
import { NeedEntity, NeedStatus } from './need.entity';
import { NeedRoleEntity } from './need-role.entity';

/**
 * The one order in which a transaction locks the rows of needs and matches, so two transactions never
 * wait on each other in a circle: roles first (transitions that move a seat queue per role), then the
 * match acted on, then the candidate's profile or offer, then the role's other matches (only ever
 * taken under the role lock), the need last. Re-taking a step already passed is fine (rows held stay
 * held); going back to an earlier step is a bug, refused at once instead of deadlocking under load.
 */
export enum LockStep {
  ROLE = 1,
  MATCH = 2,
  CANDIDATE = 3,
  ROLE_MATCHES = 4,
  NEED = 5,
}

// One EntityManager per transaction: the step it has reached, forgotten with the transaction.
const reached = new WeakMap<EntityManager, LockStep>();

export function enterLockStep(m: EntityManager, step: LockStep): void {
  const last = reached.get(m);
  if (last !== undefined && step < last) {
    throw new Error(`Lock order violated: ${LockStep[step]} after ${LockStep[last]} (order: ROLE → MATCH → CANDIDATE → ROLE_MATCHES → NEED).`);
  }
  reached.set(m, step);
}

/** Locks roles by id, in id order; NOT_FOUND when one is gone. The only place need_role rows are locked. */
export async function lockRoles(m: EntityManager, ids: readonly string[]): Promise<NeedRoleEntity[]> {
  enterLockStep(m, LockStep.ROLE);
  const roles = await m
    .createQueryBuilder(NeedRoleEntity, 'r')
    .where('r.id IN (:...ids)', { ids: [...new Set(ids)] })
    .orderBy('r.id')
    .setLock('pessimistic_write')
    .getMany();
  if (roles.length !== new Set(ids).size) throw AppError.notFound('Need role');
  return roles;
}

/** Locks every role of a need, in id order: what cancelling the need does before touching its matches. */
export async function lockRolesOfNeed(m: EntityManager, needId: string): Promise<void> {
  enterLockStep(m, LockStep.ROLE);
  await m.query('SELECT 1 FROM need_role WHERE need_id = $1 ORDER BY id FOR UPDATE', [needId]);
}

/** Locks the need row; NOT_FOUND when it is gone. */
export async function lockNeed(m: EntityManager, id: string): Promise<NeedStatus> {
  enterLockStep(m, LockStep.NEED);
  const need = await m.createQueryBuilder(NeedEntity, 'n').select(['n.id', 'n.status']).where('n.id = :id', { id }).setLock('pessimistic_write').getOne();
  if (!need) throw AppError.notFound('Need');
  return need.status;
}
