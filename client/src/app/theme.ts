import { Anchor, createTheme, type CSSVariablesResolver, DEFAULT_THEME, Select } from '@mantine/core';

import { accessibleColors, FILLED_SHADE } from './accessibleColors';

/**
 * Shade 8 of every palette is the filled colour, darkened where needed so white text on it keeps 4.5:1
 * (shade 6, Mantine's default, gives 3.6:1 on blue, 3.3:1 on red and 2.6:1 on teal).
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: FILLED_SHADE, dark: FILLED_SHADE },
  colors: accessibleColors,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Noto Sans JP", "Hiragino Sans", "Yu Gothic", sans-serif',
  defaultRadius: 'md',
  focusRing: 'auto',
  cursorType: 'pointer',
  components: {
    // Links sit in dimmed text too, where colour alone does not set them apart (WCAG 1.4.1).
    Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }),
    // Picking the chosen option again must not empty a select (a required field then failed with a crash); clearable ones clear with their button.
    Select: Select.extend({ defaultProps: { allowDeselect: false } }),
  },
});

/** Dimmed text in gray 7, not Mantine's gray 6, which reads at 3.3:1 on white (4.5:1 is the minimum). */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': DEFAULT_THEME.colors.gray[7] },
  dark: {},
});
