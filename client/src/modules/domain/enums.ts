import { FocusArea, type MatchStatus, type NeedStatus } from '../../generated/graphql';

const FOCUS_AREA_VALUES = new Set<string>(Object.values(FocusArea));

/** Form fields hold plain strings; this narrows them back to the API's enum. */
export function isFocusArea(value: string): value is FocusArea {
  return FOCUS_AREA_VALUES.has(value);
}

/** Every value of a union, listed once: the compiler refuses a list that misses one. */
type Exhaustive<T extends string, L extends readonly T[]> = [Exclude<T, L[number]>] extends [never] ? L : { missing: Exclude<T, L[number]> };
const exhaustive =
  <T extends string>() =>
  <const L extends readonly T[]>(values: L & Exhaustive<T, L>): L =>
    values;

/** Match statuses in the order a match moves through them, then the ways it can end early (the API lists them alphabetically). */
export const MATCH_STATUSES_BY_PROGRESS = exhaustive<MatchStatus>()([
  'PROPOSED',
  'OFFERED',
  'AWAITING_EMPLOYER',
  'CONFIRMED',
  'ACTIVE',
  'COMPLETED',
  'REJECTED',
  'DECLINED',
  'EXPIRED',
  'WITHDRAWN',
  'CANCELLED',
  'EMPLOYER_DECLINED',
]);

/** Need statuses in the order a need moves through them. */
export const NEED_STATUSES_BY_PROGRESS = exhaustive<NeedStatus>()(['DRAFT', 'OPEN', 'STAFFED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED']);
