import { addNeed, Candidate, createWorld, eventsOf, matchRow, org, Person, person, volunteer, World } from '../lifecycle/lifecycle-world';
import { acceptMatch, cancelMatch, MATCH_FIELDS, MatchView, ok } from '../lifecycle/match-operations';
import { insertMatch, insertMembership, one } from '../utils/fixtures';
import { createTestApp, errorCode, errorFields, GqlResult, TestApp } from '../utils/test-app';

const SET = `mutation($organizationId: ID!, $required: Boolean!) { setEmployerSignOff(organizationId: $organizationId, required: $required) { id requiresEmployerSignOff } }`;
const APPROVE = `mutation($matchId: ID!, $expectedVersion: Int) { approveMatchSignOff(matchId: $matchId, expectedVersion: $expectedVersion) { ${MATCH_FIELDS} } }`;
const DECLINE = `mutation($matchId: ID!, $reason: String!) { declineMatchSignOff(matchId: $matchId, reason: $reason) { ${MATCH_FIELDS} } }`;
const READ = `query($id: ID!) { match(id: $id) { ${MATCH_FIELDS} } }`;
const INBOX = `{ inbox { signOffsToReview { count } } }`;
const ENGAGEMENTS = `query($companyId: ID!) { companyEngagements(companyId: $companyId) {
  requiresSignOff engagements { matchId status signOff signOffReason version } totals { ongoing confirmedHours awaitingSignOff } } }`;
const SIDES = `query($sides: [MatchSide!]) { matches(first: 100, filter: { sides: $sides }) { nodes { id status } } }`;

interface Engagements {
  requiresSignOff: boolean;
  engagements: { matchId: string; status: string; signOff: string; signOffReason: string | null; version: number }[];
  totals: { ongoing: number; confirmedHours: number; awaitingSignOff: number };
}

/**
 * Employer sign-off: a company that requires it sees its employees' agreed matches wait in
 * AWAITING_EMPLOYER until one of its admins approves (CONFIRMED) or declines with a reason
 * (EMPLOYER_DECLINED, the seat frees). Only that company's admins act; the volunteer never signs off their own time.
 */
describe('employer sign-off', () => {
  let t: TestApp;
  let w: World;
  let otherCompanyId: string;
  let otherCompanyAdmin: Person;
  let companyMember: Person;
  let selfAdmin: Candidate;
  let otherEmployee: Candidate;

  const approve = (p: Person, matchId: string, expectedVersion?: number) => t.gql<{ approveMatchSignOff: MatchView }>(APPROVE, { matchId, expectedVersion }, p.token);
  const decline = (p: Person, matchId: string, reason: string) => t.gql<{ declineMatchSignOff: MatchView }>(DECLINE, { matchId, reason }, p.token);
  const read = (p: Person, id: string) => t.gql<{ match: MatchView }>(READ, { id }, p.token);
  const engagements = async (p: Person, companyId = w.companyId) => ok(await t.gql<{ companyEngagements: Engagements }>(ENGAGEMENTS, { companyId }, p.token), 'companyEngagements');
  const inboxCount = async (p: Person) => ok(await t.gql<{ inbox: { signOffsToReview: { count: number } } }>(INBOX, {}, p.token), 'inbox').signOffsToReview.count;
  const seatsFilled = async (matchId: string) =>
    (await one<{ seats_filled: number }>(t, 'SELECT r.seats_filled FROM match m JOIN need_role r ON r.id = m.role_id WHERE m.id = $1', [matchId])).seats_filled;
  const notified = (matchId: string, kind: string) =>
    t.dataSource.query(`SELECT user_id, title, body FROM notification WHERE match_id = $1 AND kind = $2 ORDER BY user_id`, [matchId, kind]) as Promise<
      { user_id: string; title: string; body: string }[]
    >;

  /** An offer to `candidate` that both sides accept; returns the match as the second acceptance left it. */
  async function agreed(candidate: Candidate = w.volunteer): Promise<MatchView> {
    // Each test agrees on several engagements; the volunteer's load is not what they are about.
    await t.dataSource.query('UPDATE volunteer_profile SET active_engagements = 0 WHERE id = $1', [candidate.profileId]);
    const { roleIds } = await addNeed(t, w, { roles: [{ kind: 'VOLUNTEER', seats: 1 }] });
    const id = await insertMatch(t, { roleId: roleIds[0], candidateId: candidate.profileId, status: 'OFFERED' });
    ok(await acceptMatch(t, candidate.token, id, 1), 'acceptMatch');
    return ok(await acceptMatch(t, w.nonprofit.token, id, 2), 'acceptMatch');
  }

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t);
    await insertMembership(t, { userId: w.volunteer.userId, organizationId: w.companyId, role: 'MEMBER' });
    otherCompanyId = await org(t, 'COMPANY', 'Other Corp');
    otherCompanyAdmin = await person(t, 'Olga Otheradmin');
    await insertMembership(t, { userId: otherCompanyAdmin.userId, organizationId: otherCompanyId, role: 'ADMIN' });
    companyMember = await person(t, 'Carl Colleague');
    await insertMembership(t, { userId: companyMember.userId, organizationId: w.companyId, role: 'MEMBER' });
    selfAdmin = await volunteer(t, 'Sam Selfadmin', { employerId: w.companyId });
    await insertMembership(t, { userId: selfAdmin.userId, organizationId: w.companyId, role: 'ADMIN' });
    otherEmployee = await volunteer(t, 'Omar Otheremployee', { employerId: otherCompanyId });
    expect(
      ok(
        await t.gql<{ setEmployerSignOff: { requiresEmployerSignOff: boolean } }>(SET, { organizationId: w.companyId, required: true }, w.companyAdmin.token),
        'setEmployerSignOff',
      ),
    ).toEqual({
      id: w.companyId,
      requiresEmployerSignOff: true,
    });
  });
  afterAll(() => t.close());

  it('lets only the company’s admins switch sign-off, and only for a company', async () => {
    for (const p of [companyMember, otherCompanyAdmin, w.volunteer, w.nonprofit, w.curator]) {
      expect(errorCode(await t.gql(SET, { organizationId: w.companyId, required: false }, p.token))).toBe('FORBIDDEN');
    }
    const nonprofit = await t.gql(SET, { organizationId: w.nonprofitId, required: true }, w.nonprofit.token);
    expect(errorCode(nonprofit)).toBe('BAD_USER_INPUT');
    expect(errorFields(nonprofit)).toContain('organizationId');
    for (const bad of ['not-an-id', 'x'.repeat(10_000)]) {
      const res = await t.gql(SET, { organizationId: bad, required: true }, w.companyAdmin.token);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(errorFields(res)).toContain('organizationId');
    }
    // The rule lives in the database too.
    await expect(t.dataSource.query('UPDATE organization SET requires_employer_sign_off = true WHERE id = $1', [w.nonprofitId])).rejects.toThrow(
      /CHK_organization_sign_off_company/,
    );
    expect((await one<{ r: boolean }>(t, 'SELECT requires_employer_sign_off AS r FROM organization WHERE id = $1', [w.companyId])).r).toBe(true);
  });

  it('holds an agreed match for the employer, shows the state to both sides and asks the company’s admins', async () => {
    const match = await agreed();
    expect(match).toMatchObject({ status: 'AWAITING_EMPLOYER', confirmedAt: null, allowedActions: ['CANCEL'] });
    // The seat is held while the employer decides, so nobody else can take it meanwhile.
    expect(await seatsFilled(match.id)).toBe(1);
    expect(ok(await read(w.volunteer, match.id), 'match')).toMatchObject({ status: 'AWAITING_EMPLOYER', allowedActions: [] });
    expect(ok(await read(w.companyAdmin, match.id), 'match')).toMatchObject({ status: 'AWAITING_EMPLOYER', allowedActions: ['APPROVE_SIGN_OFF', 'DECLINE_SIGN_OFF'] });
    expect(ok(await read(w.curator, match.id), 'match').allowedActions).toEqual(['CANCEL']);

    const asked = await notified(match.id, 'SIGN_OFF_REQUESTED');
    expect(asked.map((n) => n.user_id).sort()).toEqual([w.companyAdmin.userId, selfAdmin.userId].sort());
    expect(asked[0].title).toBe('Sign-off requested: Vera Volunteer for volunteer role');
    expect((await notified(match.id, 'MATCH_ACCEPTED')).map((n) => n.user_id)).toContain(w.volunteer.userId);

    expect(await inboxCount(w.companyAdmin)).toBeGreaterThanOrEqual(1);
    for (const p of [w.volunteer, w.nonprofit, companyMember, otherCompanyAdmin]) expect(await inboxCount(p)).toBe(0);
    const listed = await engagements(w.companyAdmin);
    expect(listed.requiresSignOff).toBe(true);
    expect(listed.engagements.find((e) => e.matchId === match.id)).toMatchObject({ status: 'AWAITING_EMPLOYER', signOff: 'AWAITING', signOffReason: null });
    expect(listed.totals.awaitingSignOff).toBeGreaterThanOrEqual(1);
    const mine = ok(await t.gql<{ matches: { nodes: { id: string }[] } }>(SIDES, { sides: ['EMPLOYER'] }, w.companyAdmin.token), 'matches');
    expect(mine.nodes.map((n) => n.id)).toContain(match.id);
    const notMine = ok(await t.gql<{ matches: { nodes: { id: string }[] } }>(SIDES, { sides: ['EMPLOYER'] }, otherCompanyAdmin.token), 'matches');
    expect(notMine.nodes.map((n) => n.id)).not.toContain(match.id);
  });

  it('refuses everyone but the employer’s admins, and the volunteer even as an admin of their employer', async () => {
    const match = await agreed();
    // Outside the company the match does not exist for them; on the match they play another part.
    for (const p of [otherCompanyAdmin, companyMember, w.outsider]) {
      expect(errorCode(await approve(p, match.id))).toBe('NOT_FOUND');
      expect(errorCode(await decline(p, match.id, 'Not our employee'))).toBe('NOT_FOUND');
    }
    for (const p of [w.volunteer, w.nonprofit, w.curator]) {
      expect(errorCode(await approve(p, match.id))).toBe('FORBIDDEN');
      expect(errorCode(await decline(p, match.id, 'Not mine to say'))).toBe('FORBIDDEN');
    }
    const own = await agreed(selfAdmin);
    expect(own.status).toBe('AWAITING_EMPLOYER');
    const self = await approve(selfAdmin, own.id);
    expect(errorCode(self)).toBe('FORBIDDEN');
    expect(self.errors?.[0].message).toMatch(/own engagement/);
    expect(ok(await read(selfAdmin, own.id), 'match').allowedActions).toEqual([]);
    expect((await matchRow(t, match.id)).status).toBe('AWAITING_EMPLOYER');
    expect((await matchRow(t, own.id)).status).toBe('AWAITING_EMPLOYER');
    // Another admin approves it.
    expect(ok(await approve(w.companyAdmin, own.id), 'approveMatchSignOff').status).toBe('CONFIRMED');
    for (const bad of ['not-an-id', '<script>']) {
      const res = await approve(w.companyAdmin, bad);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(errorFields(res)).toContain('matchId');
    }
    expect(errorCode(await approve(w.companyAdmin, '00000000-0000-4000-8000-000000000000'))).toBe('NOT_FOUND');
  });

  it('confirms on approval, with the history, the notifications and the company’s view', async () => {
    const match = await agreed();
    expect(errorCode(await approve(w.companyAdmin, match.id, match.version - 1))).toBe('CONFLICT');
    const approved = ok(await approve(w.companyAdmin, match.id, match.version), 'approveMatchSignOff');
    expect(approved).toMatchObject({ status: 'CONFIRMED', version: match.version + 1, allowedActions: [] });
    expect(approved.confirmedAt).not.toBeNull();
    expect(await seatsFilled(match.id)).toBe(1);
    expect((await eventsOf(t, match.id)).slice(-2)).toEqual([
      expect.objectContaining({ action: 'ACCEPT', from_status: 'OFFERED', to_status: 'AWAITING_EMPLOYER', actor_user_id: w.nonprofit.userId }),
      expect.objectContaining({ action: 'APPROVE_SIGN_OFF', from_status: 'AWAITING_EMPLOYER', to_status: 'CONFIRMED', actor_user_id: w.companyAdmin.userId }),
    ]);
    const told = (await notified(match.id, 'SIGN_OFF_APPROVED')).map((n) => n.user_id);
    expect(told).toEqual(expect.arrayContaining([w.volunteer.userId, w.nonprofit.userId]));
    expect(told).not.toContain(w.companyAdmin.userId);
    expect(ok(await read(w.volunteer, match.id), 'match')).toMatchObject({ status: 'CONFIRMED', allowedActions: ['START'] });
    const row = (await engagements(w.companyAdmin)).engagements.find((e) => e.matchId === match.id);
    expect(row).toMatchObject({ status: 'CONFIRMED', signOff: 'APPROVED' });
    expect(errorCode(await approve(w.companyAdmin, match.id))).toBe('CONFLICT');
    expect(errorCode(await decline(w.companyAdmin, match.id, 'Too late now'))).toBe('CONFLICT');
  });

  it('ends the match on a decline with a reason both sides read, and frees the seat', async () => {
    const match = await agreed();
    for (const reason of ['', '  ', 'x'.repeat(10_000)]) {
      const res = await decline(w.companyAdmin, match.id, reason);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(errorFields(res)).toContain('reason');
    }
    const missing = await t.gql(`mutation($matchId: ID!) { declineMatchSignOff(matchId: $matchId) { id } }`, { matchId: match.id }, w.companyAdmin.token);
    expect(missing.errors?.[0].message).toMatch(/reason/);
    expect((await matchRow(t, match.id)).status).toBe('AWAITING_EMPLOYER');

    const reason = 'Quarter-end <b>freeze</b>: no pro-bono time until April';
    const declined = ok(await decline(w.companyAdmin, match.id, reason), 'declineMatchSignOff');
    expect(declined).toMatchObject({ status: 'EMPLOYER_DECLINED', statusNote: reason, allowedActions: [] });
    expect(await seatsFilled(match.id)).toBe(0);
    for (const p of [w.volunteer, w.nonprofit]) expect(ok(await read(p, match.id), 'match')).toMatchObject({ status: 'EMPLOYER_DECLINED', statusNote: reason });
    const told = await notified(match.id, 'SIGN_OFF_DECLINED');
    expect(told.map((n) => n.user_id)).toEqual(expect.arrayContaining([w.volunteer.userId, w.nonprofit.userId]));
    expect(told[0].body).toContain(reason);
    expect((await eventsOf(t, match.id)).at(-1)).toMatchObject({ action: 'DECLINE_SIGN_OFF', to_status: 'EMPLOYER_DECLINED', reason });
    const row = (await engagements(w.companyAdmin)).engagements.find((e) => e.matchId === match.id);
    expect(row).toMatchObject({ status: 'EMPLOYER_DECLINED', signOff: 'DECLINED', signOffReason: reason });
    // Terminal: nothing moves it again.
    expect(errorCode(await approve(w.companyAdmin, match.id))).toBe('CONFLICT');
    expect(errorCode(await cancelMatch(t, w.nonprofit.token, match.id, declined.version, { reason: 'cleanup' }))).toBe('CONFLICT');
  });

  it('refuses a sign-off whose answer nests too deep before running it, so the match still waits', async () => {
    const match = await agreed();
    const deep = `mutation($matchId: ID!) { approveMatchSignOff(matchId: $matchId) { need { nonprofit { members { organization { members { organization { members { organization { members { id } } } } } } } } } } }`;
    const res = await t.post({ query: deep, variables: { matchId: match.id } }, w.companyAdmin.token);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toMatch(/exceeds maximum operation depth/);
    expect(ok(await read(w.companyAdmin, match.id), 'match').status).toBe('AWAITING_EMPLOYER');
  });

  it('gives one winner when two admins answer at once', async () => {
    const match = await agreed();
    const results = await Promise.all([approve(w.companyAdmin, match.id), approve(selfAdmin, match.id), decline(w.companyAdmin, match.id, 'Changed my mind')]);
    // selfAdmin is not the volunteer here, so it is a second admin racing the first.
    const codes = results.map((r: GqlResult<unknown>) => errorCode(r) ?? 'OK');
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(2);
    expect((await eventsOf(t, match.id)).filter((e) => e.action.endsWith('SIGN_OFF'))).toHaveLength(1);
    expect(await seatsFilled(match.id)).toBe(codes[2] === 'OK' ? 0 : 1);
  });

  it('lets a nonprofit cancel a match waiting for the employer, giving the seat back', async () => {
    const match = await agreed();
    const cancelled = ok(await cancelMatch(t, w.nonprofit.token, match.id, match.version, { reason: 'Project postponed' }), 'cancelMatch');
    expect(cancelled.status).toBe('CANCELLED');
    expect(await seatsFilled(match.id)).toBe(0);
  });

  it('confirms at once where the company does not require sign-off, and after switching it off', async () => {
    const straight = await agreed(otherEmployee);
    expect(straight.status).toBe('CONFIRMED');
    expect(await notified(straight.id, 'SIGN_OFF_REQUESTED')).toEqual([]);
    expect((await engagements(otherCompanyAdmin, otherCompanyId)).engagements.find((e) => e.matchId === straight.id)).toMatchObject({ signOff: 'NOT_REQUIRED' });

    ok(await t.gql(SET, { organizationId: w.companyId, required: false }, w.companyAdmin.token), 'setEmployerSignOff');
    try {
      expect((await agreed()).status).toBe('CONFIRMED');
    } finally {
      ok(await t.gql(SET, { organizationId: w.companyId, required: true }, w.companyAdmin.token), 'setEmployerSignOff');
    }
  });

  it('counts for the company’s impact only what it approved', async () => {
    const IMPACT = `query($scope: ImpactScopeInput!) { impact(scope: $scope) { totals { offers confirmed } } }`;
    const totals = async () =>
      ok(await t.gql<{ impact: { totals: { offers: number; confirmed: number } } }>(IMPACT, { scope: { companyId: w.companyId } }, w.companyAdmin.token), 'impact').totals;
    const before = await totals();
    const waiting = await agreed();
    expect(await totals()).toEqual(before);
    ok(await approve(w.companyAdmin, waiting.id), 'approveMatchSignOff');
    expect(await totals()).toEqual({ offers: before.offers + 1, confirmed: before.confirmed + 1 });
  });
});
