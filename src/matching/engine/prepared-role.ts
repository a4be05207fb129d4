import { type CandidateTable, KIND_CODES, lookup, rolePlaceKey } from './candidate-table';
import type { EngineRole } from './types';

/** A role with its values interned against the candidate table's dictionaries. */
export interface PreparedRole {
  role: EngineRole;
  /** The candidate index this role reads (see placeKey). */
  place: string;
  kind: number;
  language: number;
  country: number;
  focusArea: number;
  program: number;
  intermediary: number;
  organization: number;
  skillIds: Int32Array;
  skillLevels: Float64Array;
  skillWeights: Float64Array;
  totalSkillWeight: number;
}

export function prepareRole(role: EngineRole, table: CandidateTable): PreparedRole {
  const { dictionaries } = table;
  let totalSkillWeight = 0;
  for (const skill of role.skills) totalSkillWeight += skill.weight;
  return {
    role,
    place: rolePlaceKey(role),
    kind: KIND_CODES[role.kind],
    language: lookup(dictionaries.languages, role.language),
    country: lookup(dictionaries.countries, role.country),
    focusArea: lookup(dictionaries.causes, role.focusArea),
    program: lookup(dictionaries.programs, role.programId),
    intermediary: lookup(dictionaries.intermediaries, role.intermediaryId),
    organization: lookup(dictionaries.organizations, role.nonprofitOrgId),
    skillIds: Int32Array.from(role.skills, (skill) => lookup(dictionaries.skills, skill.skillId)),
    skillLevels: Float64Array.from(role.skills, (skill) => skill.level),
    skillWeights: Float64Array.from(role.skills, (skill) => skill.weight),
    totalSkillWeight,
  };
}
