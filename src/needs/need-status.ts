import { EntityManager } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AppError } from '../common/errors/app-error';
import { NeedEntity, NeedStatus } from './need.entity';

/** Needs whose text and roles may still change: once staffed, people have committed to them. */
export const EDITABLE_NEED_STATUSES = [NeedStatus.DRAFT, NeedStatus.OPEN];
export const FINAL_NEED_STATUSES = [NeedStatus.COMPLETED, NeedStatus.CANCELLED];

export const needStatusConflict = (action: string, status: NeedStatus) =>
  AppError.conflict(`This need cannot be ${action}: it is ${status}.`, { status });

/**
 * Updates a need only while it is in one of the `allowed` statuses, checked by the UPDATE itself,
 * so of two people acting at once exactly one wins and the other gets CONFLICT naming the status
 * they ran into. Returns the need's status after the update.
 */
export async function updateNeedInStatus(
  m: EntityManager,
  id: string,
  allowed: NeedStatus[],
  set: QueryDeepPartialEntity<NeedEntity>,
  action: string,
): Promise<NeedStatus> {
  const result = await m
    .createQueryBuilder()
    .update(NeedEntity)
    .set({ ...set, updatedAt: () => 'now()' })
    .where('id = :id AND status IN (:...allowed)', { id, allowed })
    .returning(['status'])
    .execute();
  const [row] = result.raw as { status: NeedStatus }[];
  if (row) return row.status;
  const current = await m.findOne(NeedEntity, { select: { id: true, status: true }, where: { id } });
  if (!current) throw AppError.notFound('Need');
  throw needStatusConflict(action, current.status);
}

/**
 * Locks the need row until the transaction ends, so role changes of one need happen one at a time
 * and a publish or cancel waits for them; refuses needs that are no longer editable.
 */
export async function lockEditableNeed(m: EntityManager, id: string): Promise<NeedStatus> {
  const need = await m.createQueryBuilder(NeedEntity, 'n').select(['n.id', 'n.status']).where('n.id = :id', { id }).setLock('pessimistic_write').getOne();
  if (!need) throw AppError.notFound('Need');
  if (!EDITABLE_NEED_STATUSES.includes(need.status)) throw AppError.conflict(`The roles of this need cannot change: it is ${need.status}.`, { status: need.status });
  return need.status;
}
