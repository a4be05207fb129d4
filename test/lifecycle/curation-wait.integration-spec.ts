import { insertMatch } from '../utils/fixtures';
import { createTestApp, TestApp } from '../utils/test-app';
import { addNeed, createWorld, mentor, World } from './lifecycle-world';
import { decideProposals, ok } from './match-operations';

const NEED = `query($id: ID!) { need(id: $id) { roles { id awaitingCuration { count since } } } }`;

type Wait = { count: number; since: string } | null;

describe('proposals waiting for the curator, as the nonprofit sees them', () => {
  let t: TestApp;
  let w: World;
  let needId: string;
  let roleIds: string[];
  let matchIds: string[];

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t);
    ({ needId, roleIds } = await addNeed(t, w, { roles: [{ kind: 'MENTOR', seats: 2 }, { kind: 'MENTOR' }] }));
    const other = await mentor(t, 'Mira Mentor');
    matchIds = [
      await insertMatch(t, { roleId: roleIds[0], kind: 'MENTOR', candidateId: w.mentor.profileId }),
      await insertMatch(t, { roleId: roleIds[0], kind: 'MENTOR', candidateId: other.profileId }),
    ];
    await t.dataSource.query(`UPDATE match SET created_at = $2 WHERE id = $1`, [matchIds[0], '2026-12-03T09:00:00Z']);
    await t.dataSource.query(`UPDATE match SET created_at = $2 WHERE id = $1`, [matchIds[1], '2026-12-04T09:00:00Z']);
    // An offer already past the curator does not wait for them.
    await insertMatch(t, { roleId: roleIds[1], kind: 'MENTOR', candidateId: other.profileId, status: 'OFFERED' });
  });
  afterAll(() => t.close());

  const waits = async (token: string): Promise<Wait[]> =>
    ok(await t.gql<{ need: { roles: { awaitingCuration: Wait }[] } }>(NEED, { id: needId }, token), 'need').roles.map((r) => r.awaitingCuration);

  it('tells the nonprofit and its curator how many proposals wait and since when', async () => {
    const expected = [{ count: 2, since: '2026-12-03T09:00:00.000Z' }, null];
    expect(await waits(w.nonprofit.token)).toEqual(expected);
    expect(await waits(w.curator.token)).toEqual(expected);
  });

  it('tells nobody else: another nonprofit, another intermediary, the candidates', async () => {
    for (const stranger of [w.outsider, w.otherCurator, w.mentor, w.volunteer]) {
      expect(await waits(stranger.token)).toEqual([null, null]);
    }
  });

  it('counts down as the curator decides', async () => {
    const [decision] = ok(await decideProposals(t, w.curator.token, 'approveProposals', [matchIds[0]]), 'approveProposals');
    expect(decision.ok).toBe(true);
    expect((await waits(w.nonprofit.token))[0]).toEqual({ count: 1, since: '2026-12-04T09:00:00.000Z' });
    ok(await decideProposals(t, w.curator.token, 'rejectProposals', [matchIds[1]], 'Not a fit'), 'rejectProposals');
    expect(await waits(w.nonprofit.token)).toEqual([null, null]);
  });
});
