import { describe, expect, it } from 'vitest';

import { readBrowseParams, toNeedFilter, writeBrowseParams } from './browseFilter';

describe('browse filters in the URL', () => {
  it('reads what the URL holds and asks only for open roles of the chosen kind', () => {
    const filter = toNeedFilter(readBrowseParams(new URLSearchParams('q=web&kind=MENTOR&country=jp&language=JA&remote=no&maxHours=8&focusArea=EDUCATION')));
    expect(filter).toEqual({
      openRoles: true,
      roleKind: 'MENTOR',
      search: 'web',
      focusArea: 'EDUCATION',
      country: 'JP',
      language: 'ja',
      remote: false,
      maxHoursPerMonth: 8,
    });
  });

  it('leaves out malformed values instead of sending them', () => {
    const filter = toNeedFilter(readBrowseParams(new URLSearchParams('kind=<b>&country=Germany&language=x&remote=maybe&maxHours=9999&focusArea=NOPE')));
    expect(filter).toMatchObject({ roleKind: 'VOLUNTEER', country: null, language: null, remote: null, maxHoursPerMonth: null, focusArea: null, search: null });
  });

  it('writes only the filters that are set, so the default search has a clean URL', () => {
    const params = readBrowseParams(new URLSearchParams('q=design'));
    expect(writeBrowseParams(params).toString()).toBe('q=design');
    expect(writeBrowseParams({ ...params, kind: 'MENTOR', remote: 'yes' }).toString()).toBe('q=design&kind=MENTOR&remote=yes');
  });
});
