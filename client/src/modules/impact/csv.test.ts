import { describe, expect, it } from 'vitest';

import { toCsv } from './csv';

describe('toCsv', () => {
  it('quotes cells with commas, quotes and line breaks, and defuses formulas', () => {
    const rows = [
      { name: 'Clean Water, Kenya', hours: 12.5, note: 'said "thanks"\nagain' },
      { name: '=HYPERLINK("x")', hours: 0, note: null },
      { name: '東京こども食堂', hours: 3, note: undefined },
    ];
    const csv = toCsv(rows, [
      { header: 'Organization', value: (r) => r.name },
      { header: 'Hours', value: (r) => r.hours },
      { header: 'Note', value: (r) => r.note },
    ]);
    expect(csv).toBe('Organization,Hours,Note\r\n' + '"Clean Water, Kenya",12.5,"said ""thanks""\nagain"\r\n' + `"'=HYPERLINK(""x"")",0,\r\n` + '東京こども食堂,3,\r\n');
  });
});
