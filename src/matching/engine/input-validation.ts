import type { EngineCandidate, EngineRole, MatchingInput } from './types';

/** Input that would make scores NaN or ids ambiguous; the message names the item and the rule. */
export class MatchingInputError extends Error {
  override readonly name = 'MatchingInputError';
}

export function validateMatchingInput(input: MatchingInput): void {
  rejectDuplicates(input.roles, 'roles');
  rejectDuplicates(input.candidates, 'candidates');
  input.roles.forEach(validateRole);
  input.candidates.forEach(validateCandidate);
}

function rejectDuplicates(items: readonly { id: string }[], field: string): void {
  const seen = new Map<string, number>();
  items.forEach(({ id }, i) => {
    const first = seen.get(id);
    if (first !== undefined) fail(`${field}[${i}] (${JSON.stringify(id)}): duplicate id, first at ${field}[${first}]`);
    seen.set(id, i);
  });
}

function validateRole(role: EngineRole, i: number): void {
  const where = `roles[${i}] (${JSON.stringify(role.id)})`;
  role.skills.forEach((skill, k) => {
    requireNumber(skill.weight, `${where}: skills[${k}].weight`, 'a finite number > 0', skill.weight > 0);
    requireNumber(skill.level, `${where}: skills[${k}].level`, 'a finite number >= 1', skill.level >= 1);
  });
  requireNumber(role.hoursPerMonth, `${where}: hoursPerMonth`, 'a finite number >= 0', role.hoursPerMonth >= 0);
  requireNumber(role.seatsOpen, `${where}: seatsOpen`, 'an integer', Number.isInteger(role.seatsOpen));
  if (role.amount !== null) requireNumber(role.amount, `${where}: amount`, 'a finite number or null', true);
  if (role.utcOffsetMinutes !== undefined) requireNumber(role.utcOffsetMinutes, `${where}: utcOffsetMinutes`, 'a finite number', true);
}

function validateCandidate(candidate: EngineCandidate, i: number): void {
  const where = `candidates[${i}] (${JSON.stringify(candidate.id)})`;
  candidate.skills.forEach((skill, k) => requireNumber(skill.level, `${where}: skills[${k}].level`, 'a finite number', true));
  requireNumber(candidate.capacity, `${where}: capacity`, 'a finite number', true);
  requireNumber(candidate.hoursPerMonthFree, `${where}: hoursPerMonthFree`, 'a finite number', true);
  requireNumber(candidate.activeEngagements, `${where}: activeEngagements`, 'a finite number', true);
  requireNumber(candidate.utcOffsetMinutes, `${where}: utcOffsetMinutes`, 'a finite number', true);
  const funding = candidate.funding;
  if (funding === null) return;
  for (const key of ['minTicket', 'maxTicket', 'budgetLeft'] as const) {
    requireNumber(funding[key], `${where}: funding.${key}`, 'a finite number', true);
  }
}

function requireNumber(value: number, label: string, rule: string, holds: boolean): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || !holds) fail(`${label} must be ${rule}, got ${String(value)}`);
}

function fail(detail: string): never {
  throw new MatchingInputError(`matching input: ${detail}`);
}
