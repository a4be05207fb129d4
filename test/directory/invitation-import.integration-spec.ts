import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { TestingModule } from '@nestjs/testing';

import { NotificationsWorkerModule } from '../../src/notifications/notifications-worker.module';
import { startWorker } from '../lifecycle/lifecycle-worker';
import { insertMembership } from '../utils/fixtures';
import { gqlData, organizationWithAdmin, Session, signUp } from '../utils/operations';
import { createTestApp, errorCode, TestApp } from '../utils/test-app';
import { waitFor } from '../utils/wait';
import { countRows } from './directory.operations';

const IMPORT = `mutation($organizationId: ID!, $csv: String!) {
  importInvitations(organizationId: $organizationId, csv: $csv) { invited reinvited alreadyMembers errors rows { row email status problem reason } }
}`;
const ACCEPT = `mutation($token: String!) { acceptInvitation(token: $token) { role organizationId } }`;

interface ImportResult {
  importInvitations: {
    invited: number;
    reinvited: number;
    alreadyMembers: number;
    errors: number;
    rows: { row: number; email: string | null; status: string; problem: string | null; reason: string | null }[];
  };
}

describe('importing invitations from a CSV list', () => {
  const outbox = mkdtempSync(join(tmpdir(), 'rally-invitations-'));
  let t: TestApp;
  let worker: TestingModule;
  let company: { id: string; admin: Session };

  beforeAll(async () => {
    t = await createTestApp({ OUTBOX_DIR: outbox });
    worker = await startWorker(t, [NotificationsWorkerModule]);
    company = await organizationWithAdmin(t, 'COMPANY');
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
  });

  const importCsv = (csv: string, session = company.admin, organizationId = company.id) =>
    gqlData<ImportResult>(t, IMPORT, { organizationId, csv }, session.token).then((r) => r.importInvitations);
  const emailsTo = (address: string) =>
    readdirSync(outbox)
      .map((f) => readFileSync(join(outbox, f), 'utf8'))
      .filter((eml) => eml.includes(`<${address}>`));

  it('invites every valid row, reports each bad one with its row and reason, and emails each invitee in their language', async () => {
    const member = await signUp(t, { email: 'already@acme.example' });
    await insertMembership(t, { userId: member.userId, organizationId: company.id });
    const csv = [
      'Email,Name,Role,Language',
      'hana@acme.example,Hana Sato,member,ja',
      ' Jonas@ACME.example , Jonas Weber ,ADMIN,de',
      'not-an-address,Nobody,MEMBER,en',
      'already@acme.example,Already Here,MEMBER,',
      'hana@acme.example,Hana Again,MEMBER,ja',
      'lee@acme.example,Lee,OWNER,en',
      'kim@acme.example,Kim,MEMBER,fr',
      'short@acme.example,Short',
    ].join('\r\n');

    const result = await importCsv(csv);

    expect(result).toMatchObject({ invited: 2, reinvited: 0, alreadyMembers: 1, errors: 5 });
    expect(result.rows.map((r) => [r.row, r.status])).toEqual([
      [2, 'INVITED'],
      [3, 'INVITED'],
      [4, 'ERROR'],
      [5, 'ALREADY_MEMBER'],
      [6, 'ERROR'],
      [7, 'ERROR'],
      [8, 'ERROR'],
      [9, 'ERROR'],
    ]);
    expect(result.rows.find((r) => r.row === 6)?.reason).toBe('The same address as row 2.');
    expect(result.rows.find((r) => r.row === 4)).toMatchObject({ email: null, problem: 'INVALID_EMAIL', reason: 'The email is not a valid address.' });
    expect(result.rows.filter((r) => r.status === 'ERROR').map((r) => r.problem)).toEqual(['INVALID_EMAIL', 'DUPLICATE_EMAIL', 'INVALID_ROLE', 'INVALID_LANGUAGE', 'CELL_COUNT']);
    const invitations = await t.dataSource.query('SELECT email, name, role, locale FROM invitation WHERE organization_id = $1 ORDER BY email', [company.id]);
    expect(invitations).toEqual([
      { email: 'hana@acme.example', name: 'Hana Sato', role: 'MEMBER', locale: 'ja' },
      { email: 'jonas@acme.example', name: 'Jonas Weber', role: 'ADMIN', locale: 'de' },
    ]);

    const [hanaMail] = await waitFor('the email to Hana', async () => emailsTo('hana@acme.example').length > 0 && emailsTo('hana@acme.example'));
    const jonasMail = await waitFor('the email to Jonas', async () => emailsTo('jonas@acme.example')[0]);
    expect(hanaMail).toMatch(/Subject: =\?UTF-8\?/); // Japanese subject, encoded
    expect(jonasMail).toContain('Guten Tag Jonas Weber');

    // The link in the email works, and only for its addressee.
    const token = /\/invitations\/([A-Za-z0-9_-]+)/.exec(jonasMail.replace(/=\r?\n/g, ''))?.[1] as string;
    const jonas = await signUp(t, { email: 'jonas@acme.example' });
    const accepted = await gqlData<{ acceptInvitation: { role: string } }>(t, ACCEPT, { token }, jonas.token);
    expect(accepted.acceptInvitation.role).toBe('ADMIN');
  });

  it('is idempotent: importing the list again refreshes pending invitations and never duplicates them', async () => {
    const before = await countRows(t, 'invitation');
    const again = await importCsv('email,name\nhana@acme.example,Hana Sato\njonas@acme.example,Jonas Weber\n');
    expect(again).toMatchObject({ invited: 0, reinvited: 1, alreadyMembers: 1, errors: 0 });
    expect(await countRows(t, 'invitation')).toBe(before);
    const [{ pending }] = await t.dataSource.query(`SELECT count(*)::int AS pending FROM invitation WHERE email = 'hana@acme.example' AND accepted_at IS NULL`);
    expect(pending).toBe(1);
    await waitFor('the second email to Hana', async () => emailsTo('hana@acme.example').length === 2);
  });

  it('refuses hostile cells row by row: formulas, control characters, huge values; and semicolon files from German Excel work', async () => {
    const csv = [
      'email;name;role;language',
      "formula@acme.example;=cmd|' /C calc'!A0;MEMBER;en",
      'plus@acme.example;+SUM(A1:A9);MEMBER;en',
      'bell@acme.example;Bell\u0007Ring;MEMBER;en',
      `huge@acme.example;${'x'.repeat(5000)};MEMBER;en`,
      `${'a'.repeat(400)}@acme.example;Long Address;MEMBER;en`,
      '=HYPERLINK("http://evil.example")@acme.example;Evil;MEMBER;en',
      'ok@acme.example;Müller, Anna;member;de',
    ].join('\n');
    const result = await importCsv(csv);
    expect(result).toMatchObject({ invited: 1, errors: 6 });
    expect(result.rows.map((r) => r.reason)).toEqual([
      'The name starts with =, +, - or @, which spreadsheets run as a formula.',
      'The name starts with =, +, - or @, which spreadsheets run as a formula.',
      'The name contains control characters.',
      'The name is longer than 200 characters.',
      'The email is not a valid address.',
      'The email is not a valid address.',
      null,
    ]);
    const [stored] = await t.dataSource.query(`SELECT name FROM invitation WHERE email = 'ok@acme.example'`);
    expect(stored.name).toBe('Müller, Anna');
  });

  it('refuses whole files that are too big, malformed or missing columns, and imports nothing', async () => {
    const before = await countRows(t, 'invitation');
    const rows = (n: number) => ['email,name', ...Array.from({ length: n }, (_, i) => `bulk${i}@acme.example,Person ${i}`)].join('\n');
    const refusals: [string, RegExp][] = [
      [rows(2001), /2001 rows; at most 2000/],
      [`email,name\nbig@acme.example,${'y'.repeat(1_000_001)}`, /csv/i],
      // NUL cannot be stored at all: the API refuses the whole request before it reaches the import.
      ['email,name\nnul@acme.example,Nul\u0000Byte', /NUL/],
      ['', /empty/],
      ['email,name\n', /no rows/],
      ['mail,name\nx@acme.example,X', /Unknown column/],
      ['name,role\nX,MEMBER', /Missing column\(s\): email/],
      ['email,name\n"unterminated@acme.example,X', /not valid CSV/],
    ];
    for (const [csv, message] of refusals) {
      const res = await t.gql(IMPORT, { organizationId: company.id, csv }, company.admin.token);
      expect({ code: errorCode(res), message: res.errors?.[0]?.message }).toEqual({ code: 'BAD_USER_INPUT', message: expect.stringMatching(message) });
    }
    expect(await countRows(t, 'invitation')).toBe(before);

    const full = await importCsv(rows(2000));
    expect(full.invited).toBe(2000);
  });

  it('lets only the organization admins import: members and other tenants are refused', async () => {
    const csv = 'email,name\nintruder@acme.example,Intruder';
    const member = await signUp(t);
    await insertMembership(t, { userId: member.userId, organizationId: company.id });
    const other = await organizationWithAdmin(t, 'COMPANY');
    const stranger = await signUp(t);
    for (const session of [member, other.admin, stranger]) {
      expect(errorCode(await t.gql(IMPORT, { organizationId: company.id, csv }, session.token))).toBe('FORBIDDEN');
    }
    expect(errorCode(await t.gql(IMPORT, { organizationId: company.id, csv }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(IMPORT, { organizationId: 'not-a-uuid', csv }, company.admin.token))).toBe('BAD_USER_INPUT');
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM invitation WHERE email = 'intruder@acme.example'`);
    expect(n).toBe(0);
    // Their own organization works for the other admin.
    expect((await importCsv(csv, other.admin, other.id)).invited).toBe(1);
  });
});
