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
  /** The nonprofit's languages, interned (UNKNOWN, matching no one, when no candidate speaks one). */
  nonprofitLanguages: Int32Array;
  /** Rows of the candidates who asked to help with this role. */
  interested: ReadonlySet<number>;
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
    nonprofitLanguages: Int32Array.from(role.nonprofitLanguages ?? [], (language) => lookup(dictionaries.languages, language)),
    interested: interestedRows(role, table),
  };
}

const NO_ONE: ReadonlySet<number> = new Set();

function interestedRows(role: EngineRole, table: CandidateTable): ReadonlySet<number> {
  const ids = role.interestedCandidateIds ?? [];
  if (ids.length === 0) return NO_ONE;
  const rows = new Set<number>();
  for (const id of ids) {
    const row = table.rowById.get(id);
    if (row !== undefined) rows.add(row);
  }
  return rows;
}
