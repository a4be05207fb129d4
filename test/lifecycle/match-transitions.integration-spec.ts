import { insertMatch, insertMembership } from '../utils/fixtures';
import { createTestApp, errorCode, TestApp } from '../utils/test-app';
import { addNeed, Candidate, createWorld, eventsOf, matchRow, mentor, volunteer, World } from './lifecycle-world';
import { acceptMatch, cancelMatch, completeMatch, createManualMatch, decideProposals, declineMatch, getMatch, ok, startMatch, withdrawMatch } from './match-operations';

const scalar = async (t: TestApp, sql: string, params: unknown[]) => Object.values(((await t.dataSource.query(sql, params)) as Record<string, unknown>[])[0])[0];
const seatsFilled = (t: TestApp, roleId: string) => scalar(t, 'SELECT seats_filled FROM need_role WHERE id = $1', [roleId]);
const load = (t: TestApp, profileId: string) => scalar(t, 'SELECT active_engagements FROM volunteer_profile WHERE id = $1', [profileId]);
const needStatus = (t: TestApp, needId: string) => scalar(t, 'SELECT status FROM need WHERE id = $1', [needId]);

describe('match lifecycle through the GraphQL API', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t);
  });
  afterAll(() => t.close());

  async function offered(kind: 'VOLUNTEER' | 'MENTOR' | 'FUNDING' = 'VOLUNTEER', candidateId = w.volunteer.profileId, seats = 1) {
    const { needId, roleIds } = await addNeed(t, w, { roles: [{ kind, seats }] });
    const id = await insertMatch(t, { roleId: roleIds[0], kind, candidateId, status: 'OFFERED' });
    return { needId, roleId: roleIds[0], id };
  }

  async function confirmed(
    kind: 'VOLUNTEER' | 'MENTOR' | 'FUNDING' = 'VOLUNTEER',
    candidate: { token: string; id: string } = { token: w.volunteer.token, id: w.volunteer.profileId },
  ) {
    const m = await offered(kind, candidate.id);
    const a = ok(await acceptMatch(t, candidate.token, m.id, 1), 'acceptMatch');
    const b = ok(await acceptMatch(t, w.nonprofit.token, m.id, a.version), 'acceptMatch');
    expect(b.status).toBe('CONFIRMED');
    return { ...m, version: b.version };
  }

  it('goes from proposal to offer to confirmation, the candidate accepting first', async () => {
    const { needId, roleIds } = await addNeed(t, w, { roles: [{ kind: 'VOLUNTEER', seats: 1 }] });
    const id = await insertMatch(t, { roleId: roleIds[0], kind: 'VOLUNTEER', candidateId: w.volunteer.profileId });
    // Both sides see a proposal only once a curator has offered it.
    expect(errorCode(await acceptMatch(t, w.volunteer.token, id, 1))).toBe('NOT_FOUND');

    const [decision] = ok(await decideProposals(t, w.curator.token, 'approveProposals', [id], 'Good fit'), 'approveProposals');
    expect(decision).toMatchObject({ matchId: id, ok: true, error: null, match: { status: 'OFFERED', version: 2 } });
    const days = (Date.parse(decision.match!.expiresAt!) - Date.parse(decision.match!.offeredAt!)) / 86_400_000;
    expect(days).toBeCloseTo(t.config.OFFER_DEADLINE_DAYS, 5);
    expect(decision.match!.allowedActions).toEqual(['WITHDRAW', 'CANCEL']);

    const accepted = ok(await acceptMatch(t, w.volunteer.token, id, 2), 'acceptMatch');
    expect(accepted).toMatchObject({ status: 'OFFERED', version: 3, nonprofitAcceptedAt: null });
    expect(accepted.candidateAcceptedAt).not.toBeNull();
    expect(accepted.allowedActions).toEqual(['DECLINE']);

    const before = await load(t, w.volunteer.profileId);
    const done = ok(await acceptMatch(t, w.nonprofit.token, id, 3), 'acceptMatch');
    expect(done).toMatchObject({ status: 'CONFIRMED', version: 4 });
    expect(done.confirmedAt).not.toBeNull();
    expect(await seatsFilled(t, roleIds[0])).toBe(1);
    expect(await load(t, w.volunteer.profileId)).toBe((before as number) + 1);
    expect(await needStatus(t, needId)).toBe('STAFFED');

    const view = ok(await getMatch(t, w.curator.token, id), 'match');
    expect(view.events.map((e) => [e.action, e.fromStatus, e.toStatus])).toEqual([
      ['APPROVE', 'PROPOSED', 'OFFERED'],
      ['ACCEPT', 'OFFERED', 'OFFERED'],
      ['ACCEPT', 'OFFERED', 'CONFIRMED'],
    ]);
    expect(view.events[0].reason).toBe('Good fit');
  });

  it('confirms the nonprofit-first way too, then starts, completes and frees the volunteer but not the seat', async () => {
    const v = await volunteer(t, 'Ida Independent', { capacity: 1 });
    const { needId, roleId, id } = await offered('VOLUNTEER', v.profileId);
    ok(await acceptMatch(t, w.nonprofit.token, id, 1), 'acceptMatch');
    const c = ok(await acceptMatch(t, v.token, id, 2), 'acceptMatch');
    expect(c.status).toBe('CONFIRMED');
    expect(await load(t, v.profileId)).toBe(1);

    expect(errorCode(await completeMatch(t, w.nonprofit.token, id, c.version))).toBe('CONFLICT');
    const active = ok(await startMatch(t, v.token, id, c.version), 'startMatch');
    expect(active.status).toBe('ACTIVE');
    expect(await needStatus(t, needId)).toBe('IN_PROGRESS');

    expect(errorCode(await completeMatch(t, v.token, id, active.version))).toBe('FORBIDDEN');
    const completed = ok(await completeMatch(t, w.nonprofit.token, id, active.version), 'completeMatch');
    expect(completed.status).toBe('COMPLETED');
    expect(completed.completedAt).not.toBeNull();
    expect(await load(t, v.profileId)).toBe(0);
    expect(await seatsFilled(t, roleId)).toBe(1);
    expect(await needStatus(t, needId)).toBe('COMPLETED');
  });

  it('withdraws the other proposals and offers of a role once its last seat is confirmed, in the same transaction', async () => {
    const [v2, v3] = [await volunteer(t, 'Second Volunteer'), await volunteer(t, 'Third Volunteer')];
    const { roleIds } = await addNeed(t, w, { roles: [{ kind: 'VOLUNTEER', seats: 1 }] });
    const winner = await insertMatch(t, { roleId: roleIds[0], kind: 'VOLUNTEER', candidateId: w.volunteer.profileId, status: 'OFFERED' });
    const proposal = await insertMatch(t, { roleId: roleIds[0], kind: 'VOLUNTEER', candidateId: v2.profileId });
    const offer = await insertMatch(t, { roleId: roleIds[0], kind: 'VOLUNTEER', candidateId: v3.profileId, status: 'OFFERED' });
    ok(await acceptMatch(t, w.volunteer.token, winner, 1), 'acceptMatch');
    ok(await acceptMatch(t, v3.token, offer, 1), 'acceptMatch');
    ok(await acceptMatch(t, w.nonprofit.token, winner, 2), 'acceptMatch');

    for (const [id, from] of [
      [proposal, 'PROPOSED'],
      [offer, 'OFFERED'],
    ]) {
      expect(await matchRow(t, id)).toMatchObject({ status: 'WITHDRAWN', status_note: 'role filled' });
      expect((await eventsOf(t, id)).at(-1)).toEqual({ action: 'WITHDRAW', from_status: from, to_status: 'WITHDRAWN', actor_user_id: null, reason: 'role filled' });
    }
    // The third volunteer had accepted; their answer now meets a withdrawn match.
    const late = await acceptMatch(t, w.nonprofit.token, offer, 3);
    expect(errorCode(late)).toBe('CONFLICT');
    expect(late.errors?.[0].extensions).toMatchObject({ currentStatus: 'WITHDRAWN', currentVersion: 3 });
  });

  it('takes and gives back a funding offer’s budget, and a mentor’s capacity', async () => {
    const budget = () => scalar(t, 'SELECT budget_left::float FROM funding_offer WHERE id = $1', [w.offerId]);
    const mentees = () => scalar(t, 'SELECT active_mentees FROM mentor_profile WHERE id = $1', [w.mentor.profileId]);
    const before = (await budget()) as number;
    const f = await confirmed('FUNDING', { token: w.funder.token, id: w.offerId });
    expect(await budget()).toBe(before - 5000);
    const cancelled = ok(await cancelMatch(t, w.nonprofit.token, f.id, f.version, { reason: 'Project stopped' }), 'cancelMatch');
    expect(cancelled).toMatchObject({ status: 'CANCELLED', statusNote: 'Project stopped' });
    expect(await budget()).toBe(before);
    expect(await seatsFilled(t, f.roleId)).toBe(0);
    expect(await needStatus(t, f.needId)).toBe('OPEN');

    const m = await confirmed('MENTOR', { token: w.mentor.token, id: w.mentor.profileId });
    expect(await mentees()).toBe(1);
    const active = ok(await startMatch(t, w.nonprofit.token, m.id, m.version), 'startMatch');
    ok(await cancelMatch(t, w.curator.token, m.id, active.version, { reason: 'Mentor moved abroad' }), 'cancelMatch');
    expect(await mentees()).toBe(0);
    expect(await seatsFilled(t, m.roleId)).toBe(0);
  });

  it('declines with a reason, and never pairs the declined or rejected pair again', async () => {
    const v = await volunteer(t, 'Dana Decliner');
    const { roleId, id } = await offered('VOLUNTEER', v.profileId);
    const declined = ok(await declineMatch(t, v.token, id, 1, { reason: 'NO_TIME', note: 'Busy until spring' }), 'declineMatch');
    expect(declined).toMatchObject({ status: 'DECLINED', declineReason: 'NO_TIME', statusNote: 'Busy until spring' });
    expect((await eventsOf(t, id)).at(-1)).toMatchObject({ action: 'DECLINE', reason: 'NO_TIME: Busy until spring', actor_user_id: v.userId });
    const again = await createManualMatch(t, w.curator.token, { roleId, volunteerProfileId: v.profileId, reason: 'Try again' });
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.errors?.[0].message).toMatch(/declined before/);

    const { roleIds } = await addNeed(t, w, { roles: [{ kind: 'VOLUNTEER' }] });
    const proposal = await insertMatch(t, { roleId: roleIds[0], kind: 'VOLUNTEER', candidateId: v.profileId });
    const [rejected] = ok(await decideProposals(t, w.curator.token, 'rejectProposals', [proposal], 'Not senior enough'), 'rejectProposals');
    expect(rejected.match).toMatchObject({ status: 'REJECTED', statusNote: 'Not senior enough' });
    expect(errorCode(await createManualMatch(t, w.curator.token, { roleId: roleIds[0], volunteerProfileId: v.profileId, reason: 'Please' }))).toBe('CONFLICT');
  });

  it('lets a curator withdraw a proposal and the nonprofit withdraw an offer, but not the candidate', async () => {
    const { roleIds } = await addNeed(t, w, { roles: [{ kind: 'VOLUNTEER' }] });
    const proposal = await insertMatch(t, { roleId: roleIds[0], kind: 'VOLUNTEER', candidateId: w.volunteer.profileId });
    expect(ok(await withdrawMatch(t, w.curator.token, proposal, 1, { reason: 'Duplicate' }), 'withdrawMatch').status).toBe('WITHDRAWN');

    const { id } = await offered();
    expect(errorCode(await withdrawMatch(t, w.volunteer.token, id, 1))).toBe('FORBIDDEN');
    expect(ok(await withdrawMatch(t, w.nonprofit.token, id, 1), 'withdrawMatch').status).toBe('WITHDRAWN');
    expect(errorCode(await cancelMatch(t, w.nonprofit.token, id, 2, { reason: 'Too late' }))).toBe('CONFLICT');
  });

  it('creates a manual match as an offer to both sides, with its reason in the history', async () => {
    const { roleIds } = await addNeed(t, w, { roles: [{ kind: 'MENTOR' }] });
    const input = { roleId: roleIds[0], mentorProfileId: w.mentor.profileId, reason: 'Max mentored a similar food bank' };
    // A mentor outside the curator's scope cannot be paired: the curator may not even see them.
    const stranger = await mentor(t, 'Sam Stranger');
    expect(errorCode(await createManualMatch(t, w.curator.token, { ...input, mentorProfileId: stranger.profileId }))).toBe('NOT_FOUND');
    await insertMembership(t, { userId: w.mentor.userId, organizationId: w.companyId });
    const res = await createManualMatch(t, w.curator.token, input);
    const match = ok(res, 'createManualMatch') as unknown as {
      id: string;
      status: string;
      version: number;
      manual: boolean;
      explanation: string;
      reasons: unknown;
      breakdown: unknown;
    };
    expect(match).toMatchObject({ status: 'OFFERED', version: 1, manual: true, breakdown: null, reasons: [{ kind: 'MANUAL', note: input.reason, skillId: null }] });
    expect(match.explanation).toContain('Max mentored');
    expect(await eventsOf(t, match.id)).toEqual([{ action: 'CREATE_MANUAL', from_status: null, to_status: 'OFFERED', actor_user_id: w.curator.userId, reason: input.reason }]);
    expect(ok(await getMatch(t, w.mentor.token, match.id), 'match').allowedActions).toEqual(['ACCEPT', 'DECLINE']);
    expect(ok(await getMatch(t, w.nonprofit.token, match.id), 'match').allowedActions).toEqual(['ACCEPT', 'DECLINE', 'WITHDRAW', 'CANCEL']);

    expect(errorCode(await createManualMatch(t, w.curator.token, input))).toBe('CONFLICT');
    expect(errorCode(await createManualMatch(t, w.otherCurator.token, input))).toBe('FORBIDDEN');
    expect(errorCode(await createManualMatch(t, w.nonprofit.token, input))).toBe('FORBIDDEN');
    const wrongKind = await createManualMatch(t, w.curator.token, { ...input, mentorProfileId: undefined, volunteerProfileId: w.volunteer.profileId });
    expect(errorCode(wrongKind)).toBe('BAD_USER_INPUT');
    expect(wrongKind.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'volunteerProfileId' })]);
    const two = await createManualMatch(t, w.curator.token, { ...input, volunteerProfileId: w.volunteer.profileId });
    expect(errorCode(two)).toBe('BAD_USER_INPUT');
  });

  it('approves a batch item by item: a stale or foreign item fails alone', async () => {
    const { roleIds } = await addNeed(t, w, { roles: [{ kind: 'VOLUNTEER', seats: 3 }] });
    const [v2, v3] = [await volunteer(t, 'Batch Two'), await volunteer(t, 'Batch Three')];
    const fresh = await insertMatch(t, { roleId: roleIds[0], kind: 'VOLUNTEER', candidateId: w.volunteer.profileId });
    const stale = await insertMatch(t, { roleId: roleIds[0], kind: 'VOLUNTEER', candidateId: v2.profileId });
    ok(await decideProposals(t, w.curator.token, 'rejectProposals', [stale]), 'rejectProposals');
    const foreignNeed = await addNeed(t, w, { nonprofitId: w.otherNonprofitId, programId: null, roles: [{ kind: 'VOLUNTEER' }] });
    const foreign = await insertMatch(t, { roleId: foreignNeed.roleIds[0], kind: 'VOLUNTEER', candidateId: v3.profileId });

    const results = ok(await decideProposals(t, w.curator.token, 'approveProposals', [fresh, stale, foreign, fresh]), 'approveProposals');
    expect(results).toHaveLength(3);
    expect(results[0]).toMatchObject({ matchId: fresh, ok: true, match: { status: 'OFFERED' } });
    expect(results[1]).toMatchObject({ matchId: stale, ok: false, match: null, error: { code: 'CONFLICT', currentStatus: 'REJECTED', currentVersion: 2 } });
    expect(results[2]).toMatchObject({ matchId: foreign, ok: false, error: { code: 'NOT_FOUND' } });
    expect(await matchRow(t, foreign)).toMatchObject({ status: 'PROPOSED', version: 1 });
  });

  it('refuses wrong actors, wrong statuses, other tenants and stale versions, leaving the database unchanged', async () => {
    const { id } = await offered();
    const unchanged = async () => {
      expect(await matchRow(t, id)).toMatchObject({ status: 'OFFERED', version: 1 });
      expect(await eventsOf(t, id)).toEqual([]);
    };
    const cases: [string, () => ReturnType<typeof acceptMatch>, string][] = [
      ['curator accepting for a side', () => acceptMatch(t, w.curator.token, id, 1), 'FORBIDDEN'],
      ['candidate cancelling', () => cancelMatch(t, w.volunteer.token, id, 1, { reason: 'No longer' }), 'FORBIDDEN'],
      ['nonprofit starting an offer', () => startMatch(t, w.nonprofit.token, id, 1), 'CONFLICT'],
      ['another nonprofit accepting', () => acceptMatch(t, w.outsider.token, id, 1), 'NOT_FOUND'],
      ['another intermediary withdrawing', () => withdrawMatch(t, w.otherCurator.token, id, 1), 'NOT_FOUND'],
      ['a stale version', () => acceptMatch(t, w.volunteer.token, id, 7), 'CONFLICT'],
    ];
    for (const [label, call, code] of cases) expect([label, errorCode(await call())]).toEqual([label, code]);
    const [approveByNonprofit] = ok(await decideProposals(t, w.nonprofit.token, 'approveProposals', [id]), 'approveProposals');
    expect(approveByNonprofit.error?.code).toBe('FORBIDDEN');
    const stale = await acceptMatch(t, w.volunteer.token, id, 7);
    expect(stale.errors?.[0].extensions).toEqual(expect.objectContaining({ code: 'CONFLICT', currentStatus: 'OFFERED', currentVersion: 1 }));
    await unchanged();
  });

  it('rejects malformed input, naming the field', async () => {
    const { id } = await offered();
    const badId = await acceptMatch(t, w.volunteer.token, 'not-a-uuid', 1);
    expect(errorCode(badId)).toBe('BAD_USER_INPUT');
    expect(badId.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'id' })]);
    expect(errorCode(await acceptMatch(t, w.volunteer.token, id, 0))).toBe('BAD_USER_INPUT');
    const noReason = await cancelMatch(t, w.nonprofit.token, id, 1, { reason: '' });
    expect(noReason.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'reason' })]);
    const tooMany = await decideProposals(
      t,
      w.curator.token,
      'approveProposals',
      Array.from({ length: 201 }, () => id),
    );
    expect(tooMany.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'matchIds' })]);
    const longNote = await declineMatch(t, w.volunteer.token, id, 1, { reason: 'OTHER', note: 'x'.repeat(1001) });
    expect(longNote.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'note' })]);
    expect(await matchRow(t, id)).toMatchObject({ status: 'OFFERED', version: 1 });
  });

  it('lists the matches each person may see, with filters', async () => {
    const { needId, roleIds } = await addNeed(t, w, { roles: [{ kind: 'VOLUNTEER', seats: 2 }] });
    const v = await volunteer(t, 'Listed Lou');
    const proposal = await insertMatch(t, { roleId: roleIds[0], kind: 'VOLUNTEER', candidateId: v.profileId });
    const offer = await insertMatch(t, { roleId: roleIds[0], kind: 'VOLUNTEER', candidateId: w.volunteer.profileId, status: 'OFFERED' });
    const LIST = `query($filter: MatchFilter) { matches(filter: $filter, first: 50) { totalCount nodes { id status need { id } role { id seats } volunteerProfile { id } } } }`;
    const ids = async (token: string, filter: Record<string, unknown>) =>
      ok(await t.gql<{ matches: { nodes: { id: string }[] } }>(LIST, { filter }, token), 'matches')
        .nodes.map((n) => n.id)
        .sort();
    expect(await ids(w.curator.token, { needId })).toEqual([proposal, offer].sort());
    expect(await ids(w.curator.token, { needId, statuses: ['PROPOSED'] })).toEqual([proposal]);
    expect(await ids(w.nonprofit.token, { needId })).toEqual([offer]);
    expect(await ids(w.nonprofit.token, { needId, sides: ['NONPROFIT', 'CANDIDATE'] })).toEqual([offer]);
    expect(await ids(w.volunteer.token, { roleId: roleIds[0], sides: ['CANDIDATE'] })).toEqual([offer]);
    expect(await ids(v.token, { needId })).toEqual([]);
    expect(await ids(w.outsider.token, { needId })).toEqual([]);
    expect(await ids(w.curator.token, { needId, sides: ['NONPROFIT', 'CANDIDATE'] })).toEqual([]);
  });

  it('turns an overfull confirmation into CONFLICT and keeps nothing of it', async () => {
    const busy: Candidate = await volunteer(t, 'Busy Bee', { capacity: 1 });
    await t.dataSource.query('UPDATE volunteer_profile SET active_engagements = 1 WHERE id = $1', [busy.profileId]);
    const { roleId, id } = await offered('VOLUNTEER', busy.profileId);
    ok(await acceptMatch(t, busy.token, id, 1), 'acceptMatch');
    const res = await acceptMatch(t, w.nonprofit.token, id, 2);
    expect(errorCode(res)).toBe('CONFLICT');
    expect(res.errors?.[0].message).toBe('This volunteer has no free capacity for another engagement.');
    expect(await matchRow(t, id)).toMatchObject({ status: 'OFFERED', version: 2 });
    expect(await seatsFilled(t, roleId)).toBe(0);
    expect((await eventsOf(t, id)).map((e) => e.to_status)).toEqual(['OFFERED']);
  });
});
