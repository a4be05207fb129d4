import { insertMatch } from '../utils/fixtures';
import { createTestApp, errorCode, TestApp } from '../utils/test-app';
import { addNeed, createWorld, eventsOf, matchRow, volunteer, World } from './lifecycle-world';
import { acceptMatch, declineMatch, ok } from './match-operations';

const ROUNDS = 20;
const CALLS = 50;

/**
 * Both sides hammer one match at once, all with the version they last saw: exactly one call may win,
 * every other one must get CONFLICT, and the history must be one clean chain.
 */
describe('concurrent answers to one offer', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t);
  });
  afterAll(() => t.close());

  it(`lets exactly one of ${CALLS} parallel accept/decline calls win, ${ROUNDS} times over`, async () => {
    const tally = { rounds: 0, calls: 0, winners: 0, conflicts: 0, outcomes: {} as Record<string, number> };
    for (let round = 0; round < ROUNDS; round++) {
      const candidate = await volunteer(t, `Racer ${round}`);
      const { roleIds } = await addNeed(t, w, { roles: [{ kind: 'VOLUNTEER', seats: 1 }] });
      const id = await insertMatch(t, { roleId: roleIds[0], kind: 'VOLUNTEER', candidateId: candidate.profileId, status: 'OFFERED' });
      // Every other round the candidate has already accepted, so the nonprofit's accept confirms and moves a seat.
      const preAccepted = round % 2 === 1;
      const version = preAccepted ? ok(await acceptMatch(t, candidate.token, id, 1), 'acceptMatch').version : 1;

      const calls = Array.from({ length: CALLS }, (_, i) => {
        const token = i % 2 === 0 ? w.nonprofit.token : candidate.token;
        const side = i % 2 === 0 ? 'nonprofit' : 'candidate';
        return i % 4 < 2
          ? acceptMatch(t, token, id, version).then((res) => ({ res, label: `${side} accept` }))
          : declineMatch(t, token, id, version, { reason: 'TIMING' }).then((res) => ({ res, label: `${side} decline` }));
      });
      const results = await Promise.all(calls);
      const winners = results.filter((r) => !r.res.errors);
      const losers = results.filter((r) => r.res.errors);
      expect(winners).toHaveLength(1);
      expect(losers.map((r) => errorCode(r.res))).toEqual(Array(CALLS - 1).fill('CONFLICT'));

      const winner = Object.values(winners[0].res.data ?? {})[0];
      const row = await matchRow(t, id);
      expect(row).toMatchObject({ status: winner.status, version: version + 1 });
      const events = await eventsOf(t, id);
      expect(events).toHaveLength(version);
      expect(events[0].from_status).toBe('OFFERED');
      for (let i = 1; i < events.length; i++) expect(events[i].from_status).toBe(events[i - 1].to_status);
      expect(events.at(-1)?.to_status).toBe(row.status);
      const [{ seats_filled }] = await t.dataSource.query('SELECT seats_filled FROM need_role WHERE id = $1', [roleIds[0]]);
      const [{ active_engagements }] = await t.dataSource.query('SELECT active_engagements FROM volunteer_profile WHERE id = $1', [candidate.profileId]);
      const confirmed = row.status === 'CONFIRMED' ? 1 : 0;
      expect([seats_filled, active_engagements]).toEqual([confirmed, confirmed]);

      tally.rounds++;
      tally.calls += CALLS;
      tally.winners += winners.length;
      tally.conflicts += losers.length;
      const outcome = `${winners[0].label} → ${row.status}`;
      tally.outcomes[outcome] = (tally.outcomes[outcome] ?? 0) + 1;
    }
    expect(tally).toMatchObject({ rounds: ROUNDS, calls: ROUNDS * CALLS, winners: ROUNDS, conflicts: ROUNDS * (CALLS - 1) });
    console.log(`concurrency: ${JSON.stringify(tally)}`);
  });
});
