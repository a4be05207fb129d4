import { insertMatch } from '../utils/fixtures';
import { createTestApp, errorCode, TestApp } from '../utils/test-app';
import { addNeed, createWorld, World } from './lifecycle-world';
import { acceptMatch, cancelMatch, completeMatch, ok, startMatch } from './match-operations';

const LOG = `mutation($matchId: ID!, $input: LogHoursInput!) { logHours(matchId: $matchId, input: $input) { id status hours workedOn userId } }`;
const CONFIRM = `mutation($id: ID!) { confirmHours(id: $id) { id status reviewedAt } }`;
const DISPUTE = `mutation($id: ID!, $reason: String!) { disputeHours(id: $id, reason: $reason) { id status disputeReason } }`;
const FEEDBACK = `mutation($matchId: ID!, $input: LeaveFeedbackInput!) { leaveFeedback(matchId: $matchId, input: $input) { id direction rating comment } }`;
const MATCH = `query($id: ID!) { match(id: $id) { id confirmedHours hoursLogs { status hours } feedback { direction rating comment } } }`;

describe('hours and feedback of an engagement', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t);
  });
  afterAll(() => t.close());

  async function engagement(started = true) {
    const { roleIds } = await addNeed(t, w, { roles: [{ kind: 'VOLUNTEER', seats: 2 }] });
    const id = await insertMatch(t, { roleId: roleIds[0], kind: 'VOLUNTEER', candidateId: w.volunteer.profileId, status: 'OFFERED' });
    ok(await acceptMatch(t, w.volunteer.token, id, 1), 'acceptMatch');
    let m = ok(await acceptMatch(t, w.nonprofit.token, id, 2), 'acceptMatch');
    if (started) m = ok(await startMatch(t, w.volunteer.token, id, m.version), 'startMatch');
    return { id, version: m.version };
  }

  const log = (token: string, matchId: string, input: Record<string, unknown>) =>
    t.gql<{ logHours: { id: string; status: string; hours: number } }>(LOG, { matchId, input: { workedOn: '2025-03-10', hours: 4, note: '', ...input } }, token);

  it('lets the volunteer log hours and the nonprofit confirm or dispute them, once', async () => {
    const { id } = await engagement(false);
    const first = ok(await log(w.volunteer.token, id, { hours: 4.5 }), 'logHours');
    expect(first).toMatchObject({ status: 'LOGGED', hours: 4.5, userId: w.volunteer.userId });
    const second = ok(await log(w.volunteer.token, id, { hours: 2, workedOn: '2025-03-11' }), 'logHours');
    const [hoursNotice] = await t.dataSource.query(`SELECT user_id, title FROM notification WHERE match_id = $1 AND kind = 'HOURS_TO_CONFIRM' ORDER BY created_at`, [id]);
    expect(hoursNotice).toEqual({ user_id: w.nonprofit.userId, title: 'Vera Volunteer logged 4.5 h' });

    expect(errorCode(await t.gql(CONFIRM, { id: first.id }, w.volunteer.token))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(CONFIRM, { id: first.id }, w.outsider.token))).toBe('NOT_FOUND');
    expect(ok(await t.gql<{ confirmHours: { status: string } }>(CONFIRM, { id: first.id }, w.nonprofit.token), 'confirmHours').status).toBe('CONFIRMED');
    expect(errorCode(await t.gql(CONFIRM, { id: first.id }, w.nonprofit.token))).toBe('CONFLICT');
    const disputed = ok(
      await t.gql<{ disputeHours: { status: string; disputeReason: string } }>(DISPUTE, { id: second.id, reason: 'We met for one hour' }, w.nonprofit.token),
      'disputeHours',
    );
    expect(disputed).toEqual({ id: second.id, status: 'DISPUTED', disputeReason: 'We met for one hour' });

    const view = ok(await t.gql<{ match: { confirmedHours: number; hoursLogs: unknown[] } }>(MATCH, { id }, w.curator.token), 'match');
    expect(view.confirmedHours).toBe(4.5);
    expect(view.hoursLogs).toEqual([
      { status: 'CONFIRMED', hours: 4.5 },
      { status: 'DISPUTED', hours: 2 },
    ]);
  });

  it('refuses hours from others, on the wrong status, and out of range', async () => {
    const { id, version } = await engagement();
    expect(errorCode(await log(w.nonprofit.token, id, {}))).toBe('FORBIDDEN');
    expect(errorCode(await log(w.outsider.token, id, {}))).toBe('NOT_FOUND');
    const tooMuch = await log(w.volunteer.token, id, { hours: 25 });
    expect(tooMuch.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'hours' })]);
    const future = await log(w.volunteer.token, id, { workedOn: '2999-01-01' });
    expect(future.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'workedOn' })]);
    ok(await cancelMatch(t, w.nonprofit.token, id, version, { reason: 'Stopped' }), 'cancelMatch');
    expect(errorCode(await log(w.volunteer.token, id, {}))).toBe('CONFLICT');
    expect(await t.dataSource.query('SELECT 1 FROM hours_log WHERE match_id = $1', [id])).toEqual([]);
  });

  it('takes feedback from each side once after completion, visible to curators and both sides', async () => {
    const { id, version } = await engagement();
    const rate = (token: string, rating: number, comment = '') => t.gql<{ leaveFeedback: { direction: string } }>(FEEDBACK, { matchId: id, input: { rating, comment } }, token);
    expect(errorCode(await rate(w.volunteer.token, 5))).toBe('CONFLICT');
    ok(await completeMatch(t, w.nonprofit.token, id, version), 'completeMatch');

    expect(ok(await rate(w.volunteer.token, 5, 'Wonderful team'), 'leaveFeedback').direction).toBe('CANDIDATE_TO_NONPROFIT');
    expect(errorCode(await rate(w.volunteer.token, 4))).toBe('CONFLICT');
    expect(ok(await rate(w.nonprofit.token, 4, 'Very helpful'), 'leaveFeedback').direction).toBe('NONPROFIT_TO_CANDIDATE');
    expect(errorCode(await rate(w.curator.token, 3))).toBe('FORBIDDEN');
    expect(errorCode(await rate(w.outsider.token, 3))).toBe('NOT_FOUND');
    const zero = await rate(w.nonprofit.token, 0);
    expect(zero.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'rating' })]);

    const expected = [
      { direction: 'CANDIDATE_TO_NONPROFIT', rating: 5, comment: 'Wonderful team' },
      { direction: 'NONPROFIT_TO_CANDIDATE', rating: 4, comment: 'Very helpful' },
    ];
    for (const who of [w.curator, w.nonprofit, w.volunteer]) {
      expect(ok(await t.gql<{ match: { feedback: unknown[] } }>(MATCH, { id }, who.token), 'match').feedback).toEqual(expected);
    }
    expect(errorCode(await t.gql(MATCH, { id }, w.otherCurator.token))).toBe('NOT_FOUND');
  });
});
