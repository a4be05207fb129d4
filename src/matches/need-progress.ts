import { NeedStatus } from '../needs/need.entity';
import { MatchStatus } from './match.entity';

export interface RoleSeats {
  seats: number;
  seatsFilled: number;
}

/**
 * A published need's status follows its roles and matches: IN_PROGRESS while any match is ACTIVE,
 * COMPLETED once every seat is filled and every engagement is completed, STAFFED when every seat is
 * filled, OPEN otherwise. Drafts and cancelled needs are the nonprofit's to change, never ours.
 */
export function deriveNeedStatus(current: NeedStatus, roles: readonly RoleSeats[], matches: readonly MatchStatus[]): NeedStatus {
  if (current === NeedStatus.DRAFT || current === NeedStatus.CANCELLED) return current;
  if (matches.includes(MatchStatus.ACTIVE)) return NeedStatus.IN_PROGRESS;
  const allFilled = roles.length > 0 && roles.every((r) => r.seatsFilled >= r.seats);
  if (!allFilled) return NeedStatus.OPEN;
  const engaged = matches.filter((s) => s === MatchStatus.CONFIRMED || s === MatchStatus.COMPLETED);
  if (engaged.length > 0 && engaged.every((s) => s === MatchStatus.COMPLETED)) return NeedStatus.COMPLETED;
  return NeedStatus.STAFFED;
}
