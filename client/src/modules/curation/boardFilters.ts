import type { FocusArea, MatchFilter, MatchStatus, RoleKind } from '../../generated/graphql';
import { isFocusArea, MATCH_STATUSES_BY_PROGRESS } from '../domain/enums';

export interface BoardFilters {
  status: MatchStatus;
  search: string;
  programId: string | null;
  candidateKind: RoleKind | null;
  focusArea: FocusArea | null;
  country: string | null;
}

const ROLE_KINDS: RoleKind[] = ['VOLUNTEER', 'MENTOR', 'FUNDING'];
// The API's limit on search text.
export const MAX_SEARCH = 100;

const pick = <T extends string>(options: readonly T[], value: string | null): T | null => options.find((o) => o === value) ?? null;

/** The board's filters live in the URL, so a filtered board can be reloaded, shared and gone back to. */
export function readBoardFilters(params: URLSearchParams): BoardFilters {
  const focusArea = params.get('focusArea');
  const country = params.get('country');
  return {
    status: pick(MATCH_STATUSES_BY_PROGRESS, params.get('status')) ?? 'PROPOSED',
    search: (params.get('q') ?? '').slice(0, MAX_SEARCH),
    programId: params.get('program') || null,
    candidateKind: pick(ROLE_KINDS, params.get('kind')),
    focusArea: focusArea && isFocusArea(focusArea) ? focusArea : null,
    country: country && /^[A-Z]{2}$/.test(country) ? country : null,
  };
}

export function writeBoardFilters(filters: BoardFilters): URLSearchParams {
  const entries: [string, string | null][] = [
    ['status', filters.status === 'PROPOSED' ? null : filters.status],
    ['q', filters.search.trim() || null],
    ['program', filters.programId],
    ['kind', filters.candidateKind],
    ['focusArea', filters.focusArea],
    ['country', filters.country],
  ];
  return new URLSearchParams(entries.filter((entry): entry is [string, string] => entry[1] !== null));
}

export function toMatchFilter(filters: BoardFilters): MatchFilter {
  const search = filters.search.trim();
  return {
    sides: ['CURATOR'],
    statuses: [filters.status],
    ...(search && { search }),
    ...(filters.programId && { programId: filters.programId }),
    ...(filters.candidateKind && { candidateKind: filters.candidateKind }),
    ...(filters.focusArea && { focusArea: filters.focusArea }),
    ...(filters.country && { country: filters.country }),
  };
}
