import { addNeed, createWorld, person, volunteer, World } from '../lifecycle/lifecycle-world';
import { insertMatch, insertMembership, MatchStatus } from '../utils/fixtures';
import { createTestApp, errorCode, errorFields, GqlResult, TestApp } from '../utils/test-app';

interface SlotView {
  id: string;
  startsAt: string;
  durationMinutes: number;
}

interface MeetingView {
  id: string;
  kind: string;
  status: string;
  proposerSide: string;
  timeZone: string;
  location: string | null;
  canPick: boolean;
  canWithdraw: boolean;
  proposedBy: { name: string } | null;
  slots: SlotView[];
  chosenSlot: SlotView | null;
  ics: string | null;
}

const MEETING =
  'id kind status proposerSide timeZone location canPick canWithdraw proposedBy { name } slots { id startsAt durationMinutes } chosenSlot { id startsAt durationMinutes } ics';
const PROPOSE = `mutation($input: ProposeMeetingTimesInput!) { proposeMeetingTimes(input: $input) { ${MEETING} } }`;
const PICK = `mutation($meetingId: ID!, $slotId: ID!) { pickMeetingTime(meetingId: $meetingId, slotId: $slotId) { ${MEETING} } }`;
const WITHDRAW = `mutation($meetingId: ID!) { withdrawMeetingProposal(meetingId: $meetingId) { ${MEETING} } }`;
const MEETINGS = `query($id: ID!) { match(id: $id) { id meetings { ${MEETING} } } }`;

const HOUR = 3_600_000;
const inHours = (h: number) => new Date(Date.now() + h * HOUR).toISOString();

describe('scoping calls and kick-offs of a match', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_URL: 'https://rally.example' });
    w = await createWorld(t);
  });
  afterAll(() => t.close());

  async function matchOf(status: MatchStatus = 'CONFIRMED', candidateId = w.volunteer.profileId): Promise<string> {
    const { roleIds } = await addNeed(t, w, { title: 'Website relaunch, phase 2', roles: [{ kind: 'VOLUNTEER', title: 'Web developer' }] });
    return insertMatch(t, { roleId: roleIds[0], kind: 'VOLUNTEER', candidateId, status });
  }

  const propose = (token: string | undefined, input: Record<string, unknown>) => t.gql<{ proposeMeetingTimes: MeetingView }>(PROPOSE, { input }, token);
  const input = (matchId: string, extra: Record<string, unknown> = {}) => ({
    matchId,
    kind: 'KICK_OFF',
    timeZone: 'Europe/Berlin',
    location: 'https://meet.example/abc',
    slots: [
      { startsAt: inHours(48), durationMinutes: 60 },
      { startsAt: inHours(24), durationMinutes: 30 },
    ],
    ...extra,
  });
  const ok = <T>(res: GqlResult<T>): T => {
    expect(res.errors).toBeUndefined();
    return res.data as T;
  };
  const proposed = async (token: string, matchId: string, extra: Record<string, unknown> = {}) => ok(await propose(token, input(matchId, extra))).proposeMeetingTimes;
  const pick = (token: string | undefined, meetingId: string, slotId: string) => t.gql<{ pickMeetingTime: MeetingView }>(PICK, { meetingId, slotId }, token);
  const meetingsSeenBy = async (token: string, matchId: string) => ok(await t.gql<{ match: { meetings: MeetingView[] } }>(MEETINGS, { id: matchId }, token)).match.meetings;
  const rows = async (matchId: string) => (await t.dataSource.query('SELECT status FROM meeting WHERE match_id = $1 ORDER BY created_at', [matchId])) as { status: string }[];

  it('lets the nonprofit propose times and the volunteer pick one; both then see the chosen slot and its .ics', async () => {
    const matchId = await matchOf();
    const meeting = await proposed(w.nonprofit.token, matchId);
    expect(meeting).toMatchObject({
      status: 'OPEN',
      proposerSide: 'NONPROFIT',
      timeZone: 'Europe/Berlin',
      canPick: false,
      canWithdraw: true,
      proposedBy: { name: 'Nora Nonprofit' },
    });
    expect(meeting.slots.map((s) => s.durationMinutes)).toEqual([30, 60]);

    const [seen] = await meetingsSeenBy(w.volunteer.token, matchId);
    expect(seen).toMatchObject({ id: meeting.id, canPick: true, canWithdraw: false, ics: null });

    const chosen = ok(await pick(w.volunteer.token, meeting.id, meeting.slots[1].id)).pickMeetingTime;
    expect(chosen).toMatchObject({ status: 'CHOSEN', chosenSlot: { id: meeting.slots[1].id }, canPick: false });
    for (const token of [w.nonprofit.token, w.volunteer.token, w.curator.token]) {
      const [m] = await meetingsSeenBy(token, matchId);
      expect(m.chosenSlot?.id).toBe(meeting.slots[1].id);
      const ics = m.ics ?? '';
      expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
      const start = new Date(meeting.slots[1].startsAt);
      const utc = (d: Date) =>
        d
          .toISOString()
          .replace(/[-:]/g, '')
          .replace(/\.\d{3}/, '');
      expect(ics).toContain(`DTSTART:${utc(start)}\r\n`);
      expect(ics).toContain(`DTEND:${utc(new Date(start.getTime() + 60 * 60_000))}\r\n`);
      expect(ics).toContain(`UID:${meeting.id}@rally\r\n`);
      expect(ics).toContain('SUMMARY:Kick-off: Website relaunch\\, phase 2\r\n');
      expect(ics).toContain(`URL:https://rally.example/matches/${matchId}\r\n`);
      expect(ics).toContain('LOCATION:https://meet.example/abc\r\n');
    }
  });

  it('refuses a pick by the proposer, by their own side and by a curator', async () => {
    const matchId = await matchOf();
    const meeting = await proposed(w.volunteer.token, matchId);
    expect(meeting.proposerSide).toBe('CANDIDATE');
    expect(errorCode(await pick(w.volunteer.token, meeting.id, meeting.slots[0].id))).toBe('FORBIDDEN');
    expect(errorCode(await pick(w.curator.token, meeting.id, meeting.slots[0].id))).toBe('FORBIDDEN');
    expect(await rows(matchId)).toEqual([{ status: 'OPEN' }]);
    // The nonprofit picks a curator's proposal too.
    const scoping = await proposed(w.curator.token, matchId, { kind: 'SCOPING_CALL' });
    expect(scoping.proposerSide).toBe('CURATOR');
    ok(await pick(w.nonprofit.token, scoping.id, scoping.slots[0].id));
  });

  it('answers NOT_FOUND to other tenants, unrelated people and the employer admin, and writes nothing for them', async () => {
    const matchId = await matchOf();
    const meeting = await proposed(w.nonprofit.token, matchId);
    const stranger = await volunteer(t, 'Sam Stranger');
    for (const p of [w.otherCurator, w.outsider, stranger, w.companyAdmin, w.funder]) {
      expect(errorCode(await propose(p.token, input(matchId, { kind: 'SCOPING_CALL' })))).toBe('NOT_FOUND');
      expect(errorCode(await pick(p.token, meeting.id, meeting.slots[0].id))).toBe('NOT_FOUND');
      expect(errorCode(await t.gql(WITHDRAW, { meetingId: meeting.id }, p.token))).toBe('NOT_FOUND');
    }
    // The employer's admin sees the confirmed match read-only, but not its meetings.
    expect(await meetingsSeenBy(w.companyAdmin.token, matchId)).toEqual([]);
    expect(errorCode(await t.gql(MEETINGS, { id: matchId }, w.outsider.token))).toBe('NOT_FOUND');
    expect(errorCode(await propose(undefined, input(matchId)))).toBe('UNAUTHENTICATED');
    expect(errorCode(await pick(undefined, meeting.id, meeting.slots[0].id))).toBe('UNAUTHENTICATED');
    expect(await rows(matchId)).toEqual([{ status: 'OPEN' }]);
  });

  it.each(['OFFERED', 'COMPLETED', 'CANCELLED'] as const)('refuses meetings on a %s match', async (status) => {
    const matchId = await matchOf(status);
    const res = await propose(w.nonprofit.token, input(matchId));
    expect(errorCode(res)).toBe('CONFLICT');
    expect(res.errors?.[0].extensions).toMatchObject({ reason: 'MATCH_NOT_LIVE', currentStatus: status });
    expect(await rows(matchId)).toEqual([]);
  });

  it('keeps one open proposal per kind, and lets its author withdraw or replace it', async () => {
    const matchId = await matchOf('ACTIVE');
    const first = await proposed(w.nonprofit.token, matchId);
    const again = await propose(w.volunteer.token, input(matchId));
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.errors?.[0].extensions).toMatchObject({ reason: 'OPEN_PROPOSAL_EXISTS' });
    await proposed(w.volunteer.token, matchId, { kind: 'SCOPING_CALL' });

    expect(errorCode(await t.gql(WITHDRAW, { meetingId: first.id }, w.volunteer.token))).toBe('FORBIDDEN');
    const replacement = await proposed(w.nonprofit.token, matchId, { replacesId: first.id, slots: [{ startsAt: inHours(72), durationMinutes: 90 }] });
    expect(replacement.slots.map((s) => s.durationMinutes)).toEqual([90]);
    const withdrawn = ok(await t.gql<{ withdrawMeetingProposal: MeetingView }>(WITHDRAW, { meetingId: replacement.id }, w.nonprofit.token)).withdrawMeetingProposal;
    expect(withdrawn.status).toBe('WITHDRAWN');
    expect(errorCode(await pick(w.volunteer.token, replacement.id, replacement.slots[0].id))).toBe('CONFLICT');
    // Withdrawn proposals leave the list; the open scoping call stays.
    expect((await meetingsSeenBy(w.nonprofit.token, matchId)).map((m) => [m.kind, m.status])).toEqual([['SCOPING_CALL', 'OPEN']]);
  });

  it('gives one of two simultaneous picks the slot and the other CONFLICT', async () => {
    const matchId = await matchOf();
    // A second member of the nonprofit picks at the same moment as the first.
    const colleague = await person(t, 'Nils Colleague');
    await insertMembership(t, { userId: colleague.userId, organizationId: w.nonprofitId });
    const meeting = await proposed(w.volunteer.token, matchId);
    const results = await Promise.all([pick(w.nonprofit.token, meeting.id, meeting.slots[0].id), pick(colleague.token, meeting.id, meeting.slots[1].id)]);
    expect(results.map((r) => (r.errors ? errorCode(r) : 'OK')).sort()).toEqual(['CONFLICT', 'OK']);
    const [row] = (await t.dataSource.query('SELECT status, chosen_slot_id FROM meeting WHERE id = $1', [meeting.id])) as { status: string; chosen_slot_id: string }[];
    const winner = results.find((r) => !r.errors)?.data?.pickMeetingTime;
    expect(row).toEqual({ status: 'CHOSEN', chosen_slot_id: winner?.chosenSlot?.id });
  });

  it('refuses past slots, bad durations, too many slots, unknown time zones and long or multi-line locations; keeps HTML as text', async () => {
    const matchId = await matchOf();
    const bad: [Record<string, unknown>, string][] = [
      [{ slots: [{ startsAt: inHours(-1), durationMinutes: 60 }] }, 'slots.0.startsAt'],
      [{ slots: [{ startsAt: inHours(5), durationMinutes: 14 }] }, 'slots.0.durationMinutes'],
      [{ slots: [{ startsAt: inHours(5), durationMinutes: 241 }] }, 'slots.0.durationMinutes'],
      [{ slots: [] }, 'slots'],
      [{ slots: Array.from({ length: 6 }, (_, i) => ({ startsAt: inHours(5 + i), durationMinutes: 30 })) }, 'slots'],
      [{ timeZone: 'Mars/Olympus_Mons' }, 'timeZone'],
      [{ timeZone: 'x'.repeat(5000) }, 'timeZone'],
      [{ location: 'x'.repeat(301) }, 'location'],
      [{ location: 'line one\nline two' }, 'location'],
    ];
    for (const [extra, field] of bad) {
      const res = await propose(w.nonprofit.token, input(matchId, extra));
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(errorFields(res)).toContain(field);
    }
    // A NUL byte is refused before validation names a field.
    expect(errorCode(await propose(w.nonprofit.token, input(matchId, { location: 'null\u0000byte' })))).toBe('BAD_USER_INPUT');
    expect(errorCode(await propose(w.nonprofit.token, input('not-an-id')))).toBe('BAD_USER_INPUT');
    expect(errorCode(await propose(w.nonprofit.token, input('00000000-0000-4000-8000-000000000000')))).toBe('NOT_FOUND');
    expect(await rows(matchId)).toEqual([]);

    const html = '<img src=x onerror=alert(1)> Room 4';
    const meeting = await proposed(w.nonprofit.token, matchId, { location: html });
    expect(meeting.location).toBe(html);
    expect(errorCode(await pick(w.volunteer.token, meeting.id, '00000000-0000-4000-8000-000000000000'))).toBe('BAD_USER_INPUT');
    expect(errorCode(await pick(w.volunteer.token, '00000000-0000-4000-8000-000000000000', meeting.slots[0].id))).toBe('NOT_FOUND');
  });

  it('refuses picking a slot that has passed meanwhile', async () => {
    const matchId = await matchOf();
    const meeting = await proposed(w.nonprofit.token, matchId);
    await t.dataSource.query(`UPDATE meeting_slot SET starts_at = now() - interval '1 hour' WHERE id = $1`, [meeting.slots[0].id]);
    const res = await pick(w.volunteer.token, meeting.id, meeting.slots[0].id);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(errorFields(res)).toEqual(['slotId']);
  });
});
