import { addNeed, createWorld, volunteer, World } from '../lifecycle/lifecycle-world';
import { cancelMatch, ok } from '../lifecycle/match-operations';
import { insertMatch } from '../utils/fixtures';
import { createTestApp, errorCode, TestApp } from '../utils/test-app';

interface Thread {
  matchId: string;
  status: string;
  writable: boolean;
  needTitle: string;
  roleTitle: string;
  counterpartName: string;
  lastMessageExcerpt: string | null;
  unreadCount: number;
}

interface Threads {
  messageThreads: { totalCount: number; pageInfo: { endCursor: string | null; hasNextPage: boolean }; nodes: Thread[] };
}

const THREADS = `query($first: Int, $after: String) { messageThreads(first: $first, after: $after) {
  totalCount pageInfo { endCursor hasNextPage } nodes { matchId status writable needTitle roleTitle counterpartName lastMessageExcerpt unreadCount } } }`;
const POST = `mutation($id: ID!, $body: String!) { postMessage(matchId: $id, body: $body) { id } }`;

describe('the message inbox', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t);
  });
  afterAll(() => t.close());

  const threads = (token: string, vars: Record<string, unknown> = {}) => t.gql<Threads>(THREADS, vars, token);
  const post = async (token: string, id: string, body: string) => expect((await t.gql(POST, { id, body }, token)).errors).toBeUndefined();

  it('lists the threads a person follows, newest message first, with excerpt, counterpart and unread count; not proposals or strangers’ threads', async () => {
    const v = await volunteer(t, 'Inbox Ines');
    const { roleIds } = await addNeed(t, w, {
      title: 'Food bank app',
      roles: [
        { kind: 'VOLUNTEER', title: 'Developer' },
        { kind: 'VOLUNTEER', title: 'Tester' },
        { kind: 'VOLUNTEER', title: 'Designer' },
      ],
    });
    const talking = await insertMatch(t, { roleId: roleIds[0], candidateId: v.profileId, status: 'OFFERED' });
    const agreed = await insertMatch(t, { roleId: roleIds[1], candidateId: v.profileId, status: 'CONFIRMED' });
    await insertMatch(t, { roleId: roleIds[2], candidateId: v.profileId, status: 'PROPOSED' });
    const quietOffer = await insertMatch(t, { roleId: roleIds[2], candidateId: w.volunteer.profileId, status: 'OFFERED' });

    await post(v.token, agreed, 'Hello from the tester side');
    await post(w.nonprofit.token, talking, `<b>Welcome!</b> ${'x'.repeat(300)}`);

    const mine = (await threads(v.token)).data?.messageThreads;
    expect(mine?.nodes.map((n) => [n.matchId, n.roleTitle, n.counterpartName, n.unreadCount, n.writable])).toEqual([
      [talking, 'Developer', 'Tafel Nord', 1, true],
      [agreed, 'Tester', 'Tafel Nord', 0, true],
    ]);
    expect(mine?.nodes[0].lastMessageExcerpt).toMatch(/^<b>Welcome!<\/b> x+…$/);
    expect([...(mine?.nodes[0].lastMessageExcerpt ?? '')]).toHaveLength(140);
    expect(mine?.nodes[1]).toMatchObject({ needTitle: 'Food bank app', lastMessageExcerpt: 'Hello from the tester side' });

    const nonprofitView = (await threads(w.nonprofit.token)).data?.messageThreads.nodes ?? [];
    expect(nonprofitView.find((n) => n.matchId === agreed)).toMatchObject({ counterpartName: 'Inbox Ines', unreadCount: 1 });
    // An offer without messages is no thread yet.
    expect(nonprofitView.map((n) => n.matchId)).not.toContain(quietOffer);

    for (const stranger of [w.outsider, w.otherCurator, w.volunteer]) {
      const theirs = (await threads(stranger.token)).data?.messageThreads;
      expect(theirs?.nodes.map((n) => n.matchId)).not.toEqual(expect.arrayContaining([talking]));
      expect(theirs?.nodes.map((n) => n.matchId)).not.toContain(agreed);
    }
  });

  it('keeps an ended match’s thread listed, read-only', async () => {
    const v = await volunteer(t, 'Ended Emil');
    const { roleIds } = await addNeed(t, w, { roles: [{ kind: 'VOLUNTEER', title: 'Analyst' }] });
    const id = await insertMatch(t, { roleId: roleIds[0], candidateId: v.profileId, status: 'OFFERED' });
    await post(v.token, id, 'Looking forward to it');
    ok(await cancelMatch(t, w.nonprofit.token, id, 1, { reason: 'Paused' }), 'cancelMatch');
    const nodes = (await threads(v.token)).data?.messageThreads.nodes;
    expect(nodes).toEqual([expect.objectContaining({ matchId: id, status: 'CANCELLED', writable: false, unreadCount: 0 })]);
  });

  it('pages with the one cursor shape and refuses sizes and cursors it did not give out', async () => {
    const v = await volunteer(t, 'Paging Pia');
    const { roleIds } = await addNeed(t, w, {
      roles: [
        { kind: 'VOLUNTEER', title: 'One' },
        { kind: 'VOLUNTEER', title: 'Two' },
      ],
    });
    const older = await insertMatch(t, { roleId: roleIds[0], candidateId: v.profileId, status: 'CONFIRMED' });
    const newer = await insertMatch(t, { roleId: roleIds[1], candidateId: v.profileId, status: 'OFFERED' });
    await post(v.token, older, 'first');
    await post(v.token, newer, 'second');
    const first = (await threads(v.token, { first: 1 })).data?.messageThreads;
    expect([first?.totalCount, first?.pageInfo.hasNextPage, first?.nodes.map((n) => n.matchId)]).toEqual([2, true, [newer]]);
    const second = (await threads(v.token, { first: 1, after: first?.pageInfo.endCursor })).data?.messageThreads;
    expect([second?.pageInfo.hasNextPage, second?.nodes.map((n) => n.matchId)]).toEqual([false, [older]]);

    expect(errorCode(await threads(v.token, { first: 1000 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await threads(v.token, { after: Buffer.from('{"k":"newest","v":1,"id":"x"}').toString('base64') }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(THREADS, {}))).toBe('UNAUTHENTICATED');
  });
});
