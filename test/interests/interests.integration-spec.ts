import { InterestNotifier } from '../../src/interests/interest-notifier.service';
import { MatchingInputLoader } from '../../src/matching/matching-input.loader';
import { MatchingRunEntity, MatchingScope } from '../../src/matching/matching-run.entity';
import { addNeed, createWorld, mentor, volunteer, World } from '../lifecycle/lifecycle-world';
import { acceptMatch, ok } from '../lifecycle/match-operations';
import { insertMatch, one } from '../utils/fixtures';
import { createTestApp, errorCode, errorFields, TestApp } from '../utils/test-app';
import { waitFor } from '../utils/wait';
import { declineInterest, InterestView, listInterests, offerFromInterest, raiseInterest, withdrawInterest } from './interest-operations';

describe('volunteers raise their hand; curators and nonprofits answer', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t);
  });
  afterAll(() => t.close());

  const openRole = async (kind: 'VOLUNTEER' | 'MENTOR' | 'FUNDING' = 'VOLUNTEER', spec: { status?: string; nonprofitId?: string; programId?: string | null } = {}) => {
    const { needId, roleIds } = await addNeed(t, w, { ...spec, roles: [{ kind, title: 'Web developer' }] });
    return { needId, roleId: roleIds[0] };
  };
  const raised = async (token: string, roleId: string, note = 'I built three sites like this.'): Promise<InterestView> =>
    ok(await raiseInterest(t, token, roleId, note), 'raiseInterest');

  it('lets a volunteer raise their hand once per role, with a plain-text note kept as written', async () => {
    const { roleId } = await openRole();
    const vera = await volunteer(t, 'Hand Raiser');
    const html = '<b>Hi</b> <script>alert(1)</script> & “quotes”';
    const interest = await raised(vera.token, roleId, `  ${html}\r\n `);
    expect(interest).toMatchObject({ status: 'RAISED', note: html, roleId, matchId: null });

    const again = await raiseInterest(t, vera.token, roleId, 'again');
    expect(errorCode(again)).toBe('CONFLICT');
    const [{ n }] = (await t.dataSource.query('SELECT count(*)::int AS n FROM interest WHERE role_id = $1', [roleId])) as { n: number }[];
    expect(n).toBe(1);
  });

  it('refuses notes that are too long or not text, naming the field', async () => {
    const { roleId } = await openRole();
    const long = await raiseInterest(t, w.volunteer.token, roleId, 'x'.repeat(501));
    expect(errorCode(long)).toBe('BAD_USER_INPUT');
    expect(errorFields(long)).toContain('note');
    const control = await raiseInterest(t, w.volunteer.token, roleId, 'nul\u0000byte');
    expect(errorCode(control)).toBe('BAD_USER_INPUT');
    expect(ok(await raiseInterest(t, w.volunteer.token, roleId, 'x'.repeat(500)), 'raiseInterest').note).toHaveLength(500);
  });

  it('answers NOT_FOUND for roles the person may not see or that do not exist, and BAD_USER_INPUT for a bad id', async () => {
    const { roleId: draftRole } = await openRole('VOLUNTEER', { status: 'DRAFT' });
    expect(errorCode(await raiseInterest(t, w.volunteer.token, draftRole))).toBe('NOT_FOUND');
    expect(errorCode(await raiseInterest(t, w.volunteer.token, '00000000-0000-4000-8000-000000000000'))).toBe('NOT_FOUND');
    expect(errorCode(await raiseInterest(t, w.volunteer.token, 'not-an-id'))).toBe('BAD_USER_INPUT');
  });

  it('refuses closed and full roles, and pairs that already have a match', async () => {
    const { roleId: cancelled } = await openRole('VOLUNTEER', { status: 'CANCELLED' });
    expect(errorCode(await raiseInterest(t, w.volunteer.token, cancelled))).toBe('CONFLICT');
    const { roleId: full } = await openRole();
    await t.dataSource.query('UPDATE need_role SET seats_filled = seats WHERE id = $1', [full]);
    expect(errorCode(await raiseInterest(t, w.volunteer.token, full))).toBe('CONFLICT');
    const { roleId: matched } = await openRole();
    await insertMatch(t, { roleId: matched, kind: 'VOLUNTEER', candidateId: w.volunteer.profileId, status: 'DECLINED' });
    expect(errorCode(await raiseInterest(t, w.volunteer.token, matched))).toBe('CONFLICT');
  });

  it('takes volunteers only for volunteer roles and mentors only for mentor roles, never funding roles', async () => {
    const { roleId: mentorRole } = await openRole('MENTOR');
    expect(errorCode(await raiseInterest(t, w.volunteer.token, mentorRole))).toBe('BAD_USER_INPUT');
    expect(ok(await raiseInterest(t, w.mentor.token, mentorRole, 'Happy to mentor'), 'raiseInterest').status).toBe('RAISED');
    const { roleId: volunteerRole } = await openRole('VOLUNTEER');
    expect(errorCode(await raiseInterest(t, w.mentor.token, volunteerRole))).toBe('BAD_USER_INPUT');
    const { roleId: fundingRole } = await openRole('FUNDING');
    expect(errorCode(await raiseInterest(t, w.volunteer.token, fundingRole))).toBe('BAD_USER_INPUT');
  });

  it('lets only the author withdraw, and raising again reopens the same interest', async () => {
    const { roleId } = await openRole();
    const vol = await volunteer(t, 'Second Thoughts');
    const interest = await raised(vol.token, roleId);
    expect(errorCode(await withdrawInterest(t, w.curator.token, interest.id))).toBe('FORBIDDEN');
    expect(errorCode(await withdrawInterest(t, w.otherCurator.token, interest.id))).toBe('NOT_FOUND');
    expect(ok(await withdrawInterest(t, vol.token, interest.id), 'withdrawInterest').status).toBe('WITHDRAWN');
    expect(errorCode(await withdrawInterest(t, vol.token, interest.id))).toBe('CONFLICT');
    const reopened = await raised(vol.token, roleId, 'Changed my mind');
    expect(reopened).toMatchObject({ id: interest.id, status: 'RAISED', note: 'Changed my mind' });
  });

  it('shows the queue to the need’s curators and nonprofit, one’s own to the volunteer, and nothing to other tenants', async () => {
    const { needId, roleId } = await openRole();
    const vol = await volunteer(t, 'Queue Person');
    const interest = await raised(vol.token, roleId);
    for (const token of [w.curator.token, w.nonprofit.token]) {
      const page = ok(await listInterests(t, token, { needId }), 'interests');
      expect(page.nodes.map((i) => i.id)).toEqual([interest.id]);
      // Those who answer the interest see who raised it.
      expect(page.nodes[0]).toMatchObject({ candidateName: 'Queue Person', volunteerProfile: { id: vol.profileId } });
    }
    expect(ok(await listInterests(t, vol.token, { mine: true }), 'interests').nodes.map((i) => i.id)).toEqual([interest.id]);
    for (const token of [w.otherCurator.token, w.outsider.token, w.volunteer.token, w.funder.token]) {
      expect(ok(await listInterests(t, token, { needId }), 'interests').totalCount).toBe(0);
    }
    expect(errorCode(await listInterests(t, w.curator.token, {}, 1000))).toBe('BAD_USER_INPUT');
  });

  it('hides the volunteer’s profile from the nonprofit again once the interest is withdrawn', async () => {
    const { needId, roleId } = await openRole();
    const vol = await volunteer(t, 'Shy Person');
    const interest = await raised(vol.token, roleId);
    const seen = async () => ok(await listInterests(t, w.nonprofit.token, { needId }), 'interests').nodes[0].volunteerProfile;
    expect(await seen()).toEqual({ id: vol.profileId });
    ok(await withdrawInterest(t, vol.token, interest.id), 'withdrawInterest');
    expect(await seen()).toBeNull();
  });

  it('lets the curator or the nonprofit decline with a reason, but neither the volunteer nor another tenant', async () => {
    const { roleId } = await openRole();
    const vol = await volunteer(t, 'Declined Person');
    const interest = await raised(vol.token, roleId);
    expect(errorCode(await declineInterest(t, vol.token, interest.id))).toBe('FORBIDDEN');
    expect(errorCode(await declineInterest(t, w.otherCurator.token, interest.id))).toBe('NOT_FOUND');
    expect(errorCode(await declineInterest(t, w.nonprofit.token, interest.id, 'y'.repeat(501)))).toBe('BAD_USER_INPUT');
    const declined = ok(await declineInterest(t, w.nonprofit.token, interest.id, 'We found someone.'), 'declineInterest');
    expect(declined).toMatchObject({ status: 'DECLINED', declineReason: 'We found someone.' });
    expect(errorCode(await offerFromInterest(t, w.curator.token, interest.id))).toBe('CONFLICT');
    expect(errorCode(await raiseInterest(t, vol.token, roleId))).toBe('CONFLICT');
  });

  it('turns an interest into an offer in one step, saying it came from the volunteer, that both sides then accept', async () => {
    const { roleId } = await openRole();
    const vol = await volunteer(t, 'Offered Person');
    const interest = await raised(vol.token, roleId, 'Let me help');
    expect(errorCode(await offerFromInterest(t, w.nonprofit.token, interest.id))).toBe('FORBIDDEN');
    expect(errorCode(await offerFromInterest(t, vol.token, interest.id))).toBe('FORBIDDEN');
    expect(errorCode(await offerFromInterest(t, w.otherCurator.token, interest.id))).toBe('NOT_FOUND');
    const offered = ok(await offerFromInterest(t, w.curator.token, interest.id), 'offerFromInterest');
    expect(offered.status).toBe('OFFERED');
    const match = await one<{ status: string; manual: boolean; reasons: unknown[]; candidate_id: string }>(
      t,
      'SELECT status, manual, reasons, candidate_id FROM match WHERE id = $1',
      [offered.matchId],
    );
    expect(match).toMatchObject({ status: 'OFFERED', manual: true, candidate_id: vol.profileId, reasons: [{ kind: 'manual', note: 'Let me help', fromInterest: true }] });
    expect(ok(await acceptMatch(t, vol.token, offered.matchId as string, 1), 'acceptMatch').status).toBe('OFFERED');
    expect(ok(await acceptMatch(t, w.nonprofit.token, offered.matchId as string, 2), 'acceptMatch').status).toBe('CONFIRMED');
  });

  it('lets exactly one of two curators offering at once win, and leaves no second match', async () => {
    for (let round = 0; round < 5; round++) {
      const { roleId } = await openRole();
      const vol = await volunteer(t, `Race ${round}`);
      const interest = await raised(vol.token, roleId);
      const results = await Promise.all([offerFromInterest(t, w.curator.token, interest.id), offerFromInterest(t, w.curator.token, interest.id)]);
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.filter((r) => r.errors).map(errorCode)).toEqual(['CONFLICT']);
      const [{ n }] = (await t.dataSource.query('SELECT count(*)::int AS n FROM match WHERE role_id = $1', [roleId])) as { n: number }[];
      expect(n).toBe(1);
    }
  });

  it('rolls the interest back with the match when the offer is refused', async () => {
    const { roleId } = await openRole();
    const vol = await volunteer(t, 'Full Role Person');
    const interest = await raised(vol.token, roleId);
    await t.dataSource.query('UPDATE need_role SET seats_filled = seats WHERE id = $1', [roleId]);
    expect(errorCode(await offerFromInterest(t, w.curator.token, interest.id))).toBe('CONFLICT');
    expect((await one<{ status: string }>(t, 'SELECT status FROM interest WHERE id = $1', [interest.id])).status).toBe('RAISED');
  });

  it('gives the matcher the hands still raised for each role (the engine turns them into the asked-to-help bonus)', async () => {
    const { needId, roleId } = await openRole();
    const a = await volunteer(t, 'Signal A');
    const b = await volunteer(t, 'Signal B');
    await raised(a.token, roleId);
    const withdrawn = await raised(b.token, roleId);
    ok(await withdrawInterest(t, b.token, withdrawn.id), 'withdrawInterest');
    const run = Object.assign(new MatchingRunEntity(), { scope: MatchingScope.NEED, scopeId: needId, parameters: {} });
    const { input } = await new MatchingInputLoader(t.dataSource, t.config).load(run);
    const role = input.roles.find((r) => r.id === roleId);
    expect(role?.interestedCandidateIds).toEqual([a.profileId]);
  });

  describe('browsing', () => {
    const BROWSE = `query($filter: NeedFilter) { needs(filter: $filter, first: 50) { nodes { id } } }`;
    const browse = async (token: string, filter: Record<string, unknown>) =>
      ok(await t.gql<{ needs: { nodes: { id: string }[] } }>(BROWSE, { filter }, token), 'needs').nodes.map((n) => n.id);

    it('lists live needs with a free seat of the asked kind, never drafts, cancelled or full ones', async () => {
      const { needId: open } = await openRole();
      const { needId: draft } = await openRole('VOLUNTEER', { status: 'DRAFT' });
      const { needId: cancelled } = await openRole('VOLUNTEER', { status: 'CANCELLED' });
      const { needId: full, roleId: fullRole } = await openRole();
      await t.dataSource.query('UPDATE need_role SET seats_filled = seats WHERE id = $1', [fullRole]);
      const { needId: mentorOnly } = await openRole('MENTOR');
      const ids = await browse(w.volunteer.token, { openRoles: true, roleKind: 'VOLUNTEER' });
      expect(ids).toContain(open);
      for (const hidden of [draft, cancelled, full, mentorOnly]) expect(ids).not.toContain(hidden);
      expect(await browse(w.mentor.token, { openRoles: true, roleKind: 'MENTOR' })).toContain(mentorOnly);
    });

    it('filters by remote, language and hours, and refuses values out of range', async () => {
      const { needId } = await openRole();
      await t.dataSource.query(`UPDATE need SET remote = false, language = 'ja' WHERE id = $1`, [needId]);
      expect(await browse(w.volunteer.token, { openRoles: true, remote: false, language: 'ja', maxHoursPerMonth: 10 })).toContain(needId);
      expect(await browse(w.volunteer.token, { openRoles: true, remote: true })).not.toContain(needId);
      expect(await browse(w.volunteer.token, { openRoles: true, language: 'de' })).not.toContain(needId);
      expect(await browse(w.volunteer.token, { openRoles: true, maxHoursPerMonth: 9 })).not.toContain(needId);
      // The browse page sends null for every filter left at "any".
      const anyValue = { search: null, focusArea: null, country: null, language: null, remote: null, maxHoursPerMonth: null };
      expect(await browse(w.volunteer.token, { openRoles: true, roleKind: 'VOLUNTEER', ...anyValue })).toContain(needId);
      const bad = await t.gql(BROWSE, { filter: { maxHoursPerMonth: 100000, language: '<b>' } }, w.volunteer.token);
      expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    });
  });

  describe('telling the need’s people', () => {
    it('notifies the nonprofit’s members and the need’s curators once, not the volunteer or other tenants', async () => {
      const { roleId } = await openRole();
      const vol = await volunteer(t, 'Notifying Person');
      const interest = await raised(vol.token, roleId);
      const recipients = async () =>
        ((await t.dataSource.query(`SELECT user_id FROM notification WHERE kind = 'INTEREST_RAISED' AND title LIKE 'Notifying Person%'`)) as { user_id: string }[])
          .map((r) => r.user_id)
          .sort();
      const expected = [w.curator.userId, w.nonprofit.userId].sort();
      await waitFor('the interest notifications', async () => (await recipients()).length === 2);
      expect(await recipients()).toEqual(expected);
      // A re-delivered event tells no one twice.
      await t.app.get(InterestNotifier).interestRaised(interest.id);
      expect(await recipients()).toEqual(expected);
    });
  });

  it('declares the list size so the query cost limit applies', async () => {
    const { roleId } = await openRole('MENTOR');
    const mentee = await mentor(t, 'Cost Mentor');
    await raised(mentee.token, roleId);
    const res = await t.gql(`{ interests(first: 100) { nodes { id need { roles { id } } } } }`, {}, w.curator.token);
    expect(res.errors).toBeUndefined();
  });
});
