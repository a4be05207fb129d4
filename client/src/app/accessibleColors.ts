import { colorsTuple, darken, DEFAULT_THEME, type MantineColorsTuple, toRgba } from '@mantine/core';

/** The shade Mantine uses for filled buttons, badges and coloured text (the theme's primaryShade). */
export const FILLED_SHADE = 8;
/** WCAG AA for normal text; checked against the lightest surface in use (gray 0), not only white. */
const MIN_CONTRAST = 4.5;
const SURFACE = DEFAULT_THEME.colors.gray[0];

function relativeLuminance(color: string): number {
  const { r, g, b } = toRgba(color);
  const [lr, lg, lb] = [r, g, b].map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** Darkens the filled shade (and the one after it, to stay darker) until white text on it and it on gray 0 read at 4.5:1. */
export function withReadableFilledShade(palette: MantineColorsTuple): MantineColorsTuple {
  let filled = palette[FILLED_SHADE];
  let step = 0;
  while (contrastRatio(filled, SURFACE) < MIN_CONTRAST && step < 20) {
    step += 1;
    filled = darken(palette[FILLED_SHADE], step * 0.04);
  }
  if (step === 0) return palette;
  return colorsTuple([...palette.slice(0, FILLED_SHADE), filled, darken(filled, 0.15)]);
}

/** Mantine's palettes with every filled shade readable; unchanged where it already was. */
export const accessibleColors = Object.fromEntries(Object.entries(DEFAULT_THEME.colors).map(([name, palette]) => [name, withReadableFilledShade(palette)]));
