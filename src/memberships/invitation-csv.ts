import { isEmail } from 'class-validator';
import { parse } from 'csv-parse/sync';

import { LOCALES } from '../common/domain/locale';
import { MembershipRole } from '../common/domain/membership-role.enum';
import { AppError } from '../common/errors/app-error';

export const MAX_IMPORT_ROWS = 2000;
export const MAX_IMPORT_BYTES = 1_000_000;
const MAX_NAME = 200;
const MAX_EMAIL = 320;

export interface InvitationCsvRow {
  /** The row as a spreadsheet numbers it: the header is row 1. */
  row: number;
  email: string;
  name: string;
  role: MembershipRole;
  locale: string | null;
}

/** What is wrong with a row, for clients to word in the reader's language. */
export enum InvitationRowProblem {
  CELL_COUNT = 'CELL_COUNT',
  INVALID_EMAIL = 'INVALID_EMAIL',
  DUPLICATE_EMAIL = 'DUPLICATE_EMAIL',
  EMPTY_NAME = 'EMPTY_NAME',
  NAME_TOO_LONG = 'NAME_TOO_LONG',
  CONTROL_CHARACTERS = 'CONTROL_CHARACTERS',
  FORMULA = 'FORMULA',
  INVALID_ROLE = 'INVALID_ROLE',
  INVALID_LANGUAGE = 'INVALID_LANGUAGE',
}

export interface InvitationCsvProblem {
  row: number;
  email: string | null;
  problem: InvitationRowProblem;
  /** The problem in English, for API users and logs. */
  reason: string;
}

const isMembershipRole = (value: string): value is MembershipRole => (Object.values(MembershipRole) as string[]).includes(value);

const COLUMNS = { email: 'email', name: 'name', role: 'role', language: 'locale', locale: 'locale' } as const;
type Column = (typeof COLUMNS)[keyof typeof COLUMNS];
const REQUIRED: Column[] = ['email', 'name'];

// A cell a spreadsheet would run as a formula when the list is opened again (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;
// NUL and other control characters have no place in a name or an address, and break mail headers.
// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * Reads an invitation list (columns email, name, optional role and language; comma- or
 * semicolon-separated, as spreadsheets export it). A problem with the file as a whole is a
 * BAD_USER_INPUT error; a problem with a row is reported for that row and the others go on.
 */
export function parseInvitationCsv(csv: string): { rows: InvitationCsvRow[]; problems: InvitationCsvProblem[] } {
  if (Buffer.byteLength(csv, 'utf8') > MAX_IMPORT_BYTES) throw AppError.badInput(`The file is larger than 1 MB. Split it into several imports of at most ${MAX_IMPORT_ROWS} rows.`);
  const records = readRecords(csv);
  if (records.length === 0) throw AppError.badInput('The file is empty: the first line must name the columns, e.g. email,name,role,language.');
  const columns = headerColumns(records[0]);
  const body = records.slice(1);
  if (body.length === 0) throw AppError.badInput('The file has a header but no rows to import.');
  if (body.length > MAX_IMPORT_ROWS) throw AppError.badInput(`The file has ${body.length} rows; at most ${MAX_IMPORT_ROWS} can be imported at once. Split it into several files.`);

  const rows: InvitationCsvRow[] = [];
  const problems: InvitationCsvProblem[] = [];
  const firstRowOf = new Map<string, number>();
  for (const [index, cells] of body.entries()) {
    const row = index + 2;
    const result = readRow(cells, columns, row);
    const earlier = 'reason' in result ? undefined : firstRowOf.get(result.email);
    if ('reason' in result) problems.push(result);
    else if (earlier !== undefined) problems.push({ row, email: result.email, problem: InvitationRowProblem.DUPLICATE_EMAIL, reason: `The same address as row ${earlier}.` });
    else {
      firstRowOf.set(result.email, row);
      rows.push(result);
    }
  }
  return { rows, problems };
}

function readRecords(csv: string): string[][] {
  const firstLine = csv.slice(0, csv.search(/\r?\n|$/));
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  try {
    return parse(csv, { bom: true, delimiter, skip_empty_lines: true, relax_column_count: true, relax_quotes: true, trim: true, max_record_size: MAX_IMPORT_BYTES }) as string[][];
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    throw AppError.badInput(`The file is not valid CSV${line ? ` (near line ${line})` : ''}: ${e instanceof Error ? e.message.replace(/^Invalid [^:]*: /, '') : 'unreadable'}.`);
  }
}

function headerColumns(header: string[]): Column[] {
  const names = header.map((h) => h.trim().toLowerCase());
  const unknown = names.filter((n) => !(n in COLUMNS));
  if (unknown.length)
    throw AppError.badInput(`Unknown column(s): ${unknown.map((n) => JSON.stringify(n.slice(0, 40))).join(', ')}. The columns are email, name, role and language.`);
  const columns = names.map((n) => COLUMNS[n as keyof typeof COLUMNS]);
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  if (missing.length) throw AppError.badInput(`Missing column(s): ${missing.join(', ')}. The first line must name the columns, e.g. email,name,role,language.`);
  if (new Set(columns).size !== columns.length) throw AppError.badInput('A column appears twice in the header.');
  return columns;
}

function readRow(cells: string[], columns: Column[], row: number): InvitationCsvRow | InvitationCsvProblem {
  const cell = (column: Column) => cells[columns.indexOf(column)] ?? '';
  const rawEmail = cell('email').toLowerCase();
  const email = rawEmail.length <= MAX_EMAIL && !CONTROL.test(rawEmail) ? rawEmail : null;
  const problem = (kind: InvitationRowProblem, reason: string): InvitationCsvProblem => ({ row, email: email && isEmail(email) ? email : null, problem: kind, reason });
  if (cells.length !== columns.length) return problem(InvitationRowProblem.CELL_COUNT, `Expected ${columns.length} cells, found ${cells.length}.`);
  if (!email || !isEmail(email)) return problem(InvitationRowProblem.INVALID_EMAIL, 'The email is not a valid address.');
  const name = cell('name');
  if (name.length === 0) return problem(InvitationRowProblem.EMPTY_NAME, 'The name is empty.');
  if (name.length > MAX_NAME) return problem(InvitationRowProblem.NAME_TOO_LONG, `The name is longer than ${MAX_NAME} characters.`);
  if (CONTROL.test(name)) return problem(InvitationRowProblem.CONTROL_CHARACTERS, 'The name contains control characters.');
  if (FORMULA_START.test(name)) return problem(InvitationRowProblem.FORMULA, 'The name starts with =, +, - or @, which spreadsheets run as a formula.');
  const role = cell('role').toUpperCase() || MembershipRole.MEMBER;
  if (!isMembershipRole(role)) return problem(InvitationRowProblem.INVALID_ROLE, 'The role must be MEMBER or ADMIN.');
  const locale = cell('locale').toLowerCase() || null;
  if (locale !== null && !(LOCALES as readonly string[]).includes(locale)) return problem(InvitationRowProblem.INVALID_LANGUAGE, 'The language must be en, de or ja.');
  return { row, email, name, role, locale };
}
