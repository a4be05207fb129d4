import { UnitOfWork } from '../../src/common/database/unit-of-work';
import { NotificationKind } from '../../src/common/domain/notification-kind.enum';
import { OfferDeadlinesService } from '../../src/matches/offer-deadlines.service';
import { MatchNotificationKind } from '../../src/notifications/notification-texts';
import { NotificationsService } from '../../src/notifications/notifications.service';
import { CANCEL_NEED } from '../needs/need-fixtures';
import { insertMatch, insertMembership } from '../utils/fixtures';
import { createTestApp, TestApp } from '../utils/test-app';
import { addNeed, createWorld, Person, person, volunteer, World } from './lifecycle-world';
import { acceptMatch, cancelMatch, decideProposals, ok, withdrawMatch } from './match-operations';

const ENDING_KINDS: MatchNotificationKind[] = [
  NotificationKind.MATCH_REJECTED,
  NotificationKind.MATCH_WITHDRAWN,
  NotificationKind.MATCH_CANCELLED,
  NotificationKind.OFFER_EXPIRED,
  NotificationKind.NEED_CANCELLED,
];

describe('notifications of every ending', () => {
  let t: TestApp;
  let w: World;
  let coCurator: Person;

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t);
    coCurator = await person(t, 'Cora Cocurator');
    await insertMembership(t, { userId: coCurator.userId, organizationId: w.intermediaryId });
  });
  afterAll(() => t.close());

  const heard = async (kind: string, about: { matchId?: string; needId?: string }): Promise<string[]> => {
    const rows = (await t.dataSource.query(`SELECT user_id FROM notification WHERE kind = $1 AND (match_id = $2 OR data->>'needId' = $3) ORDER BY user_id`, [
      kind,
      about.matchId ?? null,
      about.needId ?? null,
    ])) as { user_id: string }[];
    return rows.map((r) => r.user_id);
  };
  const sorted = (...people: { userId: string }[]) => people.map((p) => p.userId).sort();

  async function match(status: 'PROPOSED' | 'OFFERED', title = 'Web developer') {
    const v = await volunteer(t, `Val ${status} ${Math.random().toString(36).slice(2, 6)}`);
    const { needId, roleIds } = await addNeed(t, w, { title: 'Website relaunch', roles: [{ kind: 'VOLUNTEER', title }] });
    return { v, needId, id: await insertMatch(t, { roleId: roleIds[0], candidateId: v.profileId, status }) };
  }

  it('tells only the other curators of a rejected proposal: not the actor, the sides or other tenants', async () => {
    const { id } = await match('PROPOSED');
    const res = await decideProposals(t, w.curator.token, 'rejectProposals', [id], 'Not a fit');
    expect(res.data?.rejectProposals[0].ok).toBe(true);
    expect(await heard('MATCH_REJECTED', { matchId: id })).toEqual([coCurator.userId]);
    const [row] = await t.dataSource.query(`SELECT title FROM notification WHERE match_id = $1`, [id]);
    expect(row.title).toMatch(/^Proposal rejected: Val PROPOSED .+ for Web developer$/);
  });

  it('tells both sides and the curators of a withdrawn offer, but a withdrawn proposal only to the curators', async () => {
    const offered = await match('OFFERED');
    ok(await withdrawMatch(t, w.nonprofit.token, offered.id, 1, { reason: 'Plans changed' }), 'withdrawMatch');
    expect(await heard('MATCH_WITHDRAWN', { matchId: offered.id })).toEqual(sorted(w.curator, coCurator, offered.v));

    const proposed = await match('PROPOSED');
    ok(await withdrawMatch(t, w.curator.token, proposed.id, 1), 'withdrawMatch');
    expect(await heard('MATCH_WITHDRAWN', { matchId: proposed.id })).toEqual([coCurator.userId]);
  });

  it('tells a candidate whose offer was withdrawn because the role filled up', async () => {
    const first = await volunteer(t, 'Fast Finn');
    const second = await volunteer(t, 'Slow Sam');
    const { roleIds } = await addNeed(t, w, { roles: [{ kind: 'VOLUNTEER', title: 'Designer' }] });
    const winner = await insertMatch(t, { roleId: roleIds[0], candidateId: first.profileId, status: 'OFFERED' });
    const loser = await insertMatch(t, { roleId: roleIds[0], candidateId: second.profileId, status: 'OFFERED' });
    ok(await acceptMatch(t, w.nonprofit.token, winner, 1), 'acceptMatch');
    ok(await acceptMatch(t, first.token, winner, 2), 'acceptMatch');
    expect(await heard('MATCH_WITHDRAWN', { matchId: loser })).toEqual([second.userId]);
  });

  it('tells the candidate and the curators of a cancelled offer, never the nonprofit member who cancelled it', async () => {
    const { id, v } = await match('OFFERED');
    ok(await cancelMatch(t, w.nonprofit.token, id, 1, { reason: 'Project paused' }), 'cancelMatch');
    expect(await heard('MATCH_CANCELLED', { matchId: id })).toEqual(sorted(w.curator, coCurator, v));
    expect(await heard('MATCH_CANCELLED', { matchId: id })).not.toContain(w.otherCurator.userId);
  });

  it('tells both sides and the curators when an offer expires', async () => {
    const { id, v } = await match('OFFERED');
    await t.dataSource.query(`UPDATE match SET expires_at = now() - interval '1 hour' WHERE id = $1`, [id]);
    await t.app.get(OfferDeadlinesService).run();
    expect(await heard('OFFER_EXPIRED', { matchId: id })).toEqual(sorted(w.curator, coCurator, w.nonprofit, v));
  });

  it('tells everyone with an open or agreed match on a cancelled need once, naming the need; not candidates of mere proposals', async () => {
    const busy = await volunteer(t, 'Busy Bea');
    const agreed = await volunteer(t, 'Agreed Al');
    const unseen = await volunteer(t, 'Unseen Ute');
    const { needId, roleIds } = await addNeed(t, w, {
      title: 'Food bank app',
      roles: [
        { kind: 'VOLUNTEER', title: 'Developer' },
        { kind: 'VOLUNTEER', title: 'Tester' },
      ],
    });
    await insertMatch(t, { roleId: roleIds[0], candidateId: busy.profileId, status: 'OFFERED' });
    await insertMatch(t, { roleId: roleIds[1], candidateId: busy.profileId, status: 'OFFERED' });
    await insertMatch(t, { roleId: roleIds[1], candidateId: agreed.profileId, status: 'CONFIRMED' });
    await insertMatch(t, { roleId: roleIds[0], candidateId: unseen.profileId, status: 'PROPOSED' });
    await t.dataSource.query('UPDATE need_role SET seats_filled = 1 WHERE id = $1', [roleIds[1]]);
    await t.dataSource.query('UPDATE volunteer_profile SET active_engagements = 1 WHERE id = $1', [agreed.profileId]);

    const res = await t.gql(CANCEL_NEED, { id: needId, reason: 'Funding fell through' }, w.nonprofit.token);
    expect(res.errors).toBeUndefined();
    expect(await heard('NEED_CANCELLED', { needId })).toEqual(sorted(w.curator, coCurator, busy, agreed));
    expect(await heard('MATCH_CANCELLED', { needId })).toEqual([]);
    const [row] = await t.dataSource.query(`SELECT title, body, match_id FROM notification WHERE kind = 'NEED_CANCELLED' AND user_id = $1`, [busy.userId]);
    expect(row).toEqual({ title: '“Food bank app” was cancelled', body: 'Tafel Nord cancelled this need. Its open and agreed matches have ended.', match_id: null });
  });

  it('lets people mute each ending kind on its own', async () => {
    const quiet = await person(t, 'Quiet Quentin');
    const { id } = await match('OFFERED');
    const service = t.app.get(NotificationsService);
    const params = { needTitle: 'N', roleTitle: 'R', nonprofitName: 'NP', candidateName: 'C' };
    for (const kept of ENDING_KINDS) {
      const muted = ENDING_KINDS.filter((k) => k !== kept);
      const res = await t.gql(`mutation($kinds: [NotificationKind!]!) { updateMe(input: { mutedNotificationKinds: $kinds }) { id } }`, { kinds: muted }, quiet.token);
      expect(res.errors).toBeUndefined();
      const written = await t.app.get(UnitOfWork).run((tx) =>
        service.write(
          tx,
          ENDING_KINDS.map((kind) => ({ userId: quiet.userId, kind, matchId: id, params })),
        ),
      );
      expect(written.map((n) => n.kind)).toEqual([kept]);
    }
  });
});
