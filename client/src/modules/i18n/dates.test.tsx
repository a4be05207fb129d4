import { DatePickerInput } from '@mantine/dates';
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../../test/renderWithProviders';
import { HoursLogForm } from '../engagements/components/HoursLogForm';
import type { SupportedLanguage } from './i18n';

const EXPECTED: Record<SupportedLanguage, string> = {
  en: 'Mar 5, 2026',
  de: '5. März 2026',
  ja: '2026年3月5日',
};

describe('date fields', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each(Object.entries(EXPECTED) as [SupportedLanguage, string][])('show a chosen date in %s, not the format token', (language, expected) => {
    renderWithProviders(<DatePickerInput label="Starts on" value="2026-03-05" onChange={() => undefined} valueFormat="ll" />, { language });
    const input = screen.getByRole('button', { name: 'Starts on' });
    expect(input).toHaveTextContent(expected);
    expect(input).not.toHaveTextContent(/^ll$/);
  });

  it.each(Object.entries(EXPECTED) as [SupportedLanguage, string][])('show the day of logged hours in %s', (language, expected) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 2, 5, 12));
    renderWithProviders(<HoursLogForm onSubmit={() => Promise.resolve()} />, { language });
    expect(screen.getAllByRole('textbox').some((box) => (box as HTMLInputElement).value === expected)).toBe(true);
  });
});
