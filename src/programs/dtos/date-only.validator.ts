import { ValidateBy } from 'class-validator';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar day written yyyy-mm-dd (2025-02-30 is refused). */
export const isDateOnly = (value: unknown): boolean =>
  typeof value === 'string' && DATE_ONLY.test(value) && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString().startsWith(value);

export const IsDateOnly = () =>
  ValidateBy({ name: 'isDateOnly', validator: { validate: isDateOnly, defaultMessage: () => '$property must be a date written yyyy-mm-dd, e.g. 2025-04-01' } });
