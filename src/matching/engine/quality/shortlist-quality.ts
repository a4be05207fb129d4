import type { EngineCandidate, EngineRole, Exclusion, RoleShortlist } from '../types';

/** Share of the expected top 3 found in the shortlist's top 3 (order inside the 3 not judged). */
export function precisionAt3(shortlist: RoleShortlist | undefined, expected: readonly string[]): number {
  const top = new Set((shortlist?.entries ?? []).slice(0, 3).map((entry) => entry.candidateId));
  return expected.filter((id) => top.has(id)).length / expected.length;
}

/**
 * The rules no shortlisted pair may break, checked apart from the engine's own filters so a bug
 * there shows up here: kind, language, capacity, own staff, declined pairs, on-site country, and a
 * funding offer's focus areas, countries, ticket and budget.
 */
export function hardRuleViolations(role: EngineRole, candidate: EngineCandidate, exclusions: readonly Exclusion[]): string[] {
  const broken: string[] = [];
  if (candidate.kind !== role.kind) broken.push('kind');
  if (!candidate.languages.includes(role.language)) broken.push('language');
  if (candidate.capacity <= 0) broken.push('capacity');
  if (candidate.organizationId !== null && candidate.organizationId === role.nonprofitOrgId) broken.push('own staff');
  if (exclusions.some((e) => e.roleId === role.id && e.candidateId === candidate.id)) broken.push('declined before');
  if (role.kind !== 'FUNDING' && !role.remote && candidate.country !== role.country) broken.push('on-site country');
  const funding = candidate.funding;
  if (role.kind === 'FUNDING' && funding !== null) {
    if (funding.focusAreas.length > 0 && !funding.focusAreas.includes(role.focusArea)) broken.push('funding focus area');
    if (funding.countries.length > 0 && !funding.countries.includes(role.country)) broken.push('funding country');
    if (role.amount !== null && (role.amount < funding.minTicket || role.amount > funding.maxTicket)) broken.push('funding ticket');
    if (role.amount !== null ? role.amount > funding.budgetLeft : funding.budgetLeft <= 0) broken.push('funding budget');
  }
  return broken;
}
