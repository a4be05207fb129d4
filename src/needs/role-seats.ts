import { EntityManager } from 'typeorm';

// A role's filled seats, moved by the engagements on it. Callers hold the role's lock (lock-order.ts);
// the CHECK seats_filled ≤ seats turns a race that would overfill into a failed transaction.

/** Fills one seat; says whether the role is now full, and its amount (funding roles). */
export async function takeRoleSeat(m: EntityManager, roleId: string): Promise<{ full: boolean; amount: string | null }> {
  const [[role]] = (await m.query('UPDATE need_role SET seats_filled = seats_filled + 1, updated_at = now() WHERE id = $1 RETURNING seats, seats_filled, amount', [roleId])) as [
    { seats: number; seats_filled: number; amount: string | null }[],
    number,
  ];
  return { full: role.seats_filled >= role.seats, amount: role.amount };
}

/** Gives one seat back; returns the role's amount (funding roles). */
export async function releaseRoleSeat(m: EntityManager, roleId: string): Promise<string | null> {
  const [[role]] = (await m.query('UPDATE need_role SET seats_filled = GREATEST(seats_filled - 1, 0), updated_at = now() WHERE id = $1 RETURNING amount', [roleId])) as [
    { amount: string | null }[],
    number,
  ];
  return role.amount;
}
