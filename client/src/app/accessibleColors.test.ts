import { DEFAULT_THEME } from '@mantine/core';

import { accessibleColors, contrastRatio, FILLED_SHADE, withReadableFilledShade } from './accessibleColors';

const WHITE = '#ffffff';
const GRAY_0 = DEFAULT_THEME.colors.gray[0];

describe('accessible colours', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#000000', WHITE)).toBeCloseTo(21, 5);
    expect(contrastRatio('#868e96', WHITE)).toBeCloseTo(3.32, 2);
  });

  it.each(Object.keys(DEFAULT_THEME.colors))('keeps white on filled %s, and it as text on gray 0, at 4.5:1 or more', (name) => {
    const filled = accessibleColors[name][FILLED_SHADE];
    expect(contrastRatio(filled, WHITE)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(filled, GRAY_0)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(accessibleColors[name][9], WHITE)).toBeGreaterThanOrEqual(contrastRatio(filled, WHITE));
  });

  it('leaves palettes that already read well as Mantine made them', () => {
    expect(withReadableFilledShade(DEFAULT_THEME.colors.blue)).toBe(DEFAULT_THEME.colors.blue);
    expect(accessibleColors.teal[FILLED_SHADE]).not.toBe(DEFAULT_THEME.colors.teal[FILLED_SHADE]);
    expect(accessibleColors.teal[4]).toBe(DEFAULT_THEME.colors.teal[4]);
  });
});
