import {
  type CandidateTable,
  F_BUDGET_LEFT,
  F_CAPACITY,
  F_COUNTRY,
  F_FLAGS,
  F_HOURS_FREE,
  F_KIND,
  F_LANGUAGE_MASK,
  F_MAX_TICKET,
  F_MIN_TICKET,
  F_ORGANIZATION,
  FLAG_FUNDING,
  FLAG_ON_SITE_OK,
  FLAG_REMOTE_OK,
  hasId,
  listHas,
  listIsEmpty,
  STRIDE,
} from './candidate-table';
import type { MatchingConfig } from './config';
import type { PreparedRole } from './prepared-role';

export type HardFilter =
  | 'kind'
  | 'language'
  | 'capacity'
  | 'same-organization'
  | 'no-skill-overlap'
  | 'remote-not-ok'
  | 'on-site-country'
  | 'on-site-not-ok'
  | 'hours'
  | 'funding-focus-area'
  | 'funding-country'
  | 'funding-ticket'
  | 'funding-budget';

/**
 * Why a candidate cannot serve the role at all, or null. Declined / rejected pairs are checked by
 * the caller, which holds them per role. `skills` is the candidate's skill coverage: with
 * config.requireSkillOverlap a role that wants skills refuses candidates holding none of them.
 */
export function hardFilterRejection(role: PreparedRole, table: CandidateTable, row: number, skills: number, config: MatchingConfig): HardFilter | null {
  const base = row * STRIDE;
  const rows = table.rows;
  if (rows[base + F_KIND] !== role.kind) return 'kind';
  if (rows[base + F_CAPACITY] <= 0) return 'capacity';
  if (rows[base + F_ORGANIZATION] === role.organization) return 'same-organization';
  if (config.requireSkillOverlap && role.skillIds.length > 0 && !(skills > 0)) return 'no-skill-overlap';
  const rejection = role.role.kind === 'FUNDING' ? fundingRejection(role, table, row) : personRejection(role, rows, base, config);
  // Last: every index a role is generated from already holds only speakers of its language.
  if (rejection === null && !hasId(table.languages, rows, row, F_LANGUAGE_MASK, role.language)) return 'language';
  return rejection;
}

function personRejection(role: PreparedRole, rows: Float64Array, base: number, config: MatchingConfig): HardFilter | null {
  const flags = rows[base + F_FLAGS];
  if (role.role.remote) {
    if ((flags & FLAG_REMOTE_OK) === 0) return 'remote-not-ok';
  } else {
    if (rows[base + F_COUNTRY] !== role.country) return 'on-site-country';
    if ((flags & FLAG_ON_SITE_OK) === 0) return 'on-site-not-ok';
  }
  if (rows[base + F_HOURS_FREE] < config.minHoursFraction * role.role.hoursPerMonth) return 'hours';
  return null;
}

/** Funding offers ignore place and hours; a role without an amount leaves the ticket to the funder. */
function fundingRejection(role: PreparedRole, table: CandidateTable, row: number): HardFilter | null {
  const { rows, fundingFocusAreas, fundingCountries } = table;
  const base = row * STRIDE;
  const amount = role.role.amount;
  if ((rows[base + F_FLAGS] & FLAG_FUNDING) === 0) return 'kind';
  if (!listIsEmpty(fundingFocusAreas, row) && !listHas(fundingFocusAreas, row, role.focusArea)) return 'funding-focus-area';
  if (!listIsEmpty(fundingCountries, row) && !listHas(fundingCountries, row, role.country)) return 'funding-country';
  const budgetLeft = rows[base + F_BUDGET_LEFT];
  if (amount === null) return budgetLeft > 0 ? null : 'funding-budget';
  if (amount < rows[base + F_MIN_TICKET] || amount > rows[base + F_MAX_TICKET]) return 'funding-ticket';
  if (amount > budgetLeft) return 'funding-budget';
  return null;
}
