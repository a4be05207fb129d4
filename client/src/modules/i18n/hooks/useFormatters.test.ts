import { describe, expect, it } from 'vitest';

import { createFormatters } from './useFormatters';

describe('createFormatters', () => {
  it('formats numbers, money and hours in the current language', () => {
    expect(createFormatters('en').number(1234.5)).toBe('1,234.5');
    expect(createFormatters('de').number(1234.5)).toBe('1.234,5');
    expect(createFormatters('de').currency(25000, 'EUR')).toBe('25.000\u00a0€');
    expect(createFormatters('ja').currency(25000, 'JPY')).toBe('￥25,000');
    expect(createFormatters('en').percent(0.42)).toBe('42%');
  });

  it('formats dates in the current language', () => {
    const date = new Date(Date.UTC(2026, 2, 5, 12));
    expect(createFormatters('en').date(date)).toBe('Mar 5, 2026');
    expect(createFormatters('de').date(date)).toBe('05.03.2026');
    expect(createFormatters('ja').date(date)).toBe('2026/03/05');
  });

  it('says how long ago something happened', () => {
    const now = new Date(Date.UTC(2026, 2, 5, 12));
    expect(createFormatters('en').relative(new Date(Date.UTC(2026, 2, 4, 12)), now)).toBe('yesterday');
    expect(createFormatters('de').relative(new Date(Date.UTC(2026, 2, 5, 9)), now)).toBe('vor 3 Stunden');
  });
});
