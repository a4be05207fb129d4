import { EntityManager } from 'typeorm';

/**
 * A confirmed grant commits its amount of the offer's budget (+1); a cancelled one gives it back (-1).
 * Called by the matches feature in its transaction, after it has locked the candidate step
 * (needs/lock-order.ts); the CHECK budget_left ≥ 0 turns an overspend into a failed transaction.
 */
export async function changeCommittedBudget(m: EntityManager, offerId: string, amount: string, delta: 1 | -1): Promise<void> {
  await m.query('UPDATE funding_offer SET budget_left = budget_left - $2::numeric * $3, updated_at = now() WHERE id = $1', [offerId, amount, delta]);
}
