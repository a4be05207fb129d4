import type { NeedFilter, RoleKind } from '../../generated/graphql';
import { isFocusArea } from '../domain/enums';

/** The browse filters as the URL keeps them, so a search can be shared and survives a reload. */
export interface BrowseParams {
  q: string;
  kind: RoleKind;
  focusArea: string;
  country: string;
  language: string;
  remote: '' | 'yes' | 'no';
  maxHours: string;
}

export function readBrowseParams(params: URLSearchParams): BrowseParams {
  const remote = params.get('remote');
  return {
    q: params.get('q') ?? '',
    kind: params.get('kind') === 'MENTOR' ? 'MENTOR' : 'VOLUNTEER',
    focusArea: params.get('focusArea') ?? '',
    country: params.get('country') ?? '',
    language: params.get('language') ?? '',
    remote: remote === 'yes' || remote === 'no' ? remote : '',
    maxHours: params.get('maxHours') ?? '',
  };
}

/** Only what is set goes into the URL. */
export function writeBrowseParams(values: BrowseParams): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(values) as (keyof BrowseParams)[]) {
    const value = values[key];
    if (value && !(key === 'kind' && value === 'VOLUNTEER')) params.set(key, value);
  }
  return params;
}

/** What the API is asked: needs still taking people of the chosen kind; malformed values are left out rather than sent to be refused. */
export function toNeedFilter(p: BrowseParams): NeedFilter {
  const hours = Number.parseInt(p.maxHours, 10);
  return {
    openRoles: true,
    roleKind: p.kind,
    search: p.q.trim() || null,
    focusArea: isFocusArea(p.focusArea) ? p.focusArea : null,
    country: /^[A-Za-z]{2}$/.test(p.country) ? p.country.toUpperCase() : null,
    language: /^[A-Za-z]{2}$/.test(p.language) ? p.language.toLowerCase() : null,
    remote: p.remote === '' ? null : p.remote === 'yes',
    maxHoursPerMonth: Number.isInteger(hours) && hours >= 0 && hours <= 200 ? hours : null,
  };
}
