import { ImpactFigures, ImpactReport } from './dtos/impact.types';

const COLUMNS: [string, keyof ImpactFigures][] = [
  ['proposals', 'proposals'],
  ['offers', 'offers'],
  ['confirmed', 'confirmed'],
  ['completed', 'completed'],
  ['acceptance_rate', 'acceptanceRate'],
  ['median_days_to_match', 'medianDaysToMatch'],
  ['seats', 'seats'],
  ['seats_filled', 'seatsFilled'],
  ['fill_rate', 'fillRate'],
  ['confirmed_hours', 'confirmedHours'],
  ['hours_value', 'hoursValue'],
];

const cell = (value: string | number | null): string => {
  if (value === null) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** The report as one CSV table: a `total` row, then one row per focus area, country and month. */
export function impactToCsv(report: ImpactReport): string {
  const header = ['dimension', 'key', ...COLUMNS.map(([name]) => name), 'currency'];
  const row = (dimension: string, key: string, f: ImpactFigures) => [dimension, key, ...COLUMNS.map(([, field]) => f[field]), report.currency].map(cell).join(',');
  const lines = [
    header.join(','),
    row('total', '', report.totals),
    ...report.byFocusArea.map((b) => row('focus_area', b.key, b.figures)),
    ...report.byCountry.map((b) => row('country', b.key, b.figures)),
    ...report.byMonth.map((b) => row('month', b.key, b.figures)),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
