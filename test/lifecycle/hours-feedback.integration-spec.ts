import { insertMatch } from '../utils/fixtures';
import { createTestApp, errorCode, TestApp } from '../utils/test-app';
import { addNeed, Candidate, createWorld, volunteer, World } from './lifecycle-world';
import { acceptMatch, cancelMatch, completeMatch, ok, startMatch } from './match-operations';

const LOG = `mutation($matchId: ID!, $input: LogHoursInput!) { logHours(matchId: $matchId, input: $input) { id status hours workedOn userId } }`;
const CONFIRM = `mutation($id: ID!) { confirmHours(id: $id) { id status reviewedAt } }`;
const DISPUTE = `mutation($id: ID!, $reason: String!) { disputeHours(id: $id, reason: $reason) { id status disputeReason } }`;
const UPDATE = `mutation($id: ID!, $input: LogHoursInput!) { updateHours(id: $id, input: $input) { id status hours workedOn note reviewedAt } }`;
const DELETE = `mutation($id: ID!) { deleteHours(id: $id) }`;
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

  async function engagement(started = true, candidate: Candidate = w.volunteer) {
    const { roleIds } = await addNeed(t, w, { roles: [{ kind: 'VOLUNTEER', seats: 2 }] });
    const id = await insertMatch(t, { roleId: roleIds[0], kind: 'VOLUNTEER', candidateId: candidate.profileId, status: 'OFFERED' });
    ok(await acceptMatch(t, candidate.token, id, 1), 'acceptMatch');
    let m = ok(await acceptMatch(t, w.nonprofit.token, id, 2), 'acceptMatch');
    if (started) m = ok(await startMatch(t, candidate.token, id, m.version), 'startMatch');
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

  describe('at most 24 hours per person and day', () => {
    const hoursOf = async (userId: string, day: string) =>
      Number((await t.dataSource.query(`SELECT COALESCE(SUM(hours), 0) AS total FROM hours_log WHERE user_id = $1 AND worked_on = $2`, [userId, day]))[0].total);

    it('refuses a day over 24 hours over all engagements, naming the limit, and counts each person apart', async () => {
      const busy = await volunteer(t, 'Bea Busy', { capacity: 5 });
      const [a, b] = [await engagement(true, busy), await engagement(true, busy)];
      ok(await log(busy.token, a.id, { workedOn: '2025-04-01', hours: 20 }), 'logHours');
      const over = await log(busy.token, b.id, { workedOn: '2025-04-01', hours: 7.5 });
      expect(errorCode(over)).toBe('BAD_USER_INPUT');
      expect(over.errors?.[0].extensions).toMatchObject({ reason: 'DAILY_HOURS_LIMIT', limit: 24, alreadyLogged: 20, fields: [expect.objectContaining({ field: 'hours' })] });
      expect(over.errors?.[0].message).toContain('24 hours');
      expect(await hoursOf(busy.userId, '2025-04-01')).toBe(20);
      // Exactly up to the limit is fine, and another day starts afresh.
      ok(await log(busy.token, b.id, { workedOn: '2025-04-01', hours: 4 }), 'logHours');
      expect(errorCode(await log(busy.token, b.id, { workedOn: '2025-04-01', hours: 0.25 }))).toBe('BAD_USER_INPUT');
      ok(await log(busy.token, b.id, { workedOn: '2025-04-02', hours: 24 }), 'logHours');
      // Another person's hours on the same day are theirs alone.
      const other = await volunteer(t, 'Olga Other', { capacity: 5 });
      const c = await engagement(true, other);
      ok(await log(other.token, c.id, { workedOn: '2025-04-01', hours: 10 }), 'logHours');
      expect(await hoursOf(busy.userId, '2025-04-01')).toBe(24);
    });

    it('adds up entries racing for the same day one after the other', async () => {
      const racer = await volunteer(t, 'Rita Racer', { capacity: 5 });
      const [a, b] = [await engagement(true, racer), await engagement(true, racer)];
      const results = await Promise.all([
        log(racer.token, a.id, { workedOn: '2025-04-03', hours: 14 }),
        log(racer.token, b.id, { workedOn: '2025-04-03', hours: 14 }),
        log(racer.token, a.id, { workedOn: '2025-04-03', hours: 14 }),
      ]);
      expect(results.filter((r) => !r.errors).length).toBe(1);
      expect(results.filter((r) => errorCode(r) === 'BAD_USER_INPUT').length).toBe(2);
      expect(await hoursOf(racer.userId, '2025-04-03')).toBe(14);
    });
  });

  describe('correcting and withdrawing hours', () => {
    let author: Candidate;
    let matchId: string;
    beforeAll(async () => {
      author = await volunteer(t, 'Edda Editor', { capacity: 5 });
      matchId = (await engagement(true, author)).id;
    });
    const update = (token: string, id: string, input: Record<string, unknown>) =>
      t.gql<{ updateHours: { id: string; status: string; hours: number; workedOn: string; note: string; reviewedAt: string | null } }>(
        UPDATE,
        { id, input: { workedOn: '2025-05-01', hours: 3, note: '', ...input } },
        token,
      );
    const remove = (token: string, id: string) => t.gql<{ deleteHours: string }>(DELETE, { id }, token);
    const rowOf = async (id: string) =>
      ((await t.dataSource.query('SELECT hours::float8 AS hours, status, worked_on::text AS day FROM hours_log WHERE id = $1', [id])) as unknown[])[0];

    it('lets the author change and delete unconfirmed hours', async () => {
      const entry = ok(await log(author.token, matchId, { workedOn: '2025-05-01', hours: 3 }), 'logHours');
      const changed = ok(await update(author.token, entry.id, { workedOn: '2025-05-02', hours: 5.5, note: 'Workshop' }), 'updateHours');
      expect(changed).toMatchObject({ id: entry.id, status: 'LOGGED', hours: 5.5, workedOn: '2025-05-02', note: 'Workshop' });
      expect(ok(await remove(author.token, entry.id), 'deleteHours')).toBe(entry.id);
      expect(await rowOf(entry.id)).toBeUndefined();
      expect(errorCode(await remove(author.token, entry.id))).toBe('NOT_FOUND');
    });

    it('sends corrected disputed hours back to be reviewed', async () => {
      const entry = ok(await log(author.token, matchId, { workedOn: '2025-05-03', hours: 6 }), 'logHours');
      ok(await t.gql(DISPUTE, { id: entry.id, reason: 'We met for two hours' }, w.nonprofit.token), 'disputeHours');
      const changed = ok(await update(author.token, entry.id, { workedOn: '2025-05-03', hours: 2 }), 'updateHours');
      expect(changed).toMatchObject({ status: 'LOGGED', hours: 2, reviewedAt: null });
    });

    it('refuses confirmed hours, other people, other tenants and more than 24 hours that day', async () => {
      const entry = ok(await log(author.token, matchId, { workedOn: '2025-05-04', hours: 4 }), 'logHours');
      // The nonprofit and curator see the entry but did not write it.
      expect(errorCode(await update(w.nonprofit.token, entry.id, { workedOn: '2025-05-04' }))).toBe('FORBIDDEN');
      expect(errorCode(await remove(w.curator.token, entry.id))).toBe('FORBIDDEN');
      // Another tenant's nonprofit, another intermediary's curator and another volunteer do not see it at all.
      for (const stranger of [w.outsider, w.otherCurator, w.volunteer]) {
        expect(errorCode(await update(stranger.token, entry.id, { workedOn: '2025-05-04' }))).toBe('NOT_FOUND');
        expect(errorCode(await remove(stranger.token, entry.id))).toBe('NOT_FOUND');
      }
      // The day's limit counts the other entries, not the one being changed.
      ok(await log(author.token, matchId, { workedOn: '2025-05-04', hours: 16 }), 'logHours');
      ok(await update(author.token, entry.id, { workedOn: '2025-05-04', hours: 8 }), 'updateHours');
      const over = await update(author.token, entry.id, { workedOn: '2025-05-04', hours: 8.25 });
      expect(over.errors?.[0].extensions).toMatchObject({ reason: 'DAILY_HOURS_LIMIT', limit: 24, alreadyLogged: 16 });
      expect(errorCode(await update(author.token, entry.id, { workedOn: '2999-01-01' }))).toBe('BAD_USER_INPUT');

      ok(await t.gql(CONFIRM, { id: entry.id }, w.nonprofit.token), 'confirmHours');
      expect(errorCode(await update(author.token, entry.id, { workedOn: '2025-05-04', hours: 1 }))).toBe('CONFLICT');
      expect(errorCode(await remove(author.token, entry.id))).toBe('CONFLICT');
      expect(await rowOf(entry.id)).toEqual({ hours: 8, status: 'CONFIRMED', day: '2025-05-04' });
    });
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
