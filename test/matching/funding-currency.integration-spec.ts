import { MatchingInputLoader } from '../../src/matching/matching-input.loader';
import { MatchingRunEntity, MatchingScope } from '../../src/matching/matching-run.entity';
import { addNeed, createWorld, World } from '../lifecycle/lifecycle-world';
import { createTestApp, TestApp } from '../utils/test-app';

/** Rally converts no money: a funding offer is proposed only for roles asking in its own currency. */
describe('funding offers and the currency of a role', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t);
  });
  afterAll(() => t.close());

  async function excludedFor(currency: string): Promise<boolean> {
    const { needId, roleIds } = await addNeed(t, w, { roles: [{ kind: 'FUNDING', amount: 4000 }] });
    await t.dataSource.query('UPDATE need_role SET currency = $2 WHERE id = $1', [roleIds[0], currency]);
    const run = Object.assign(new MatchingRunEntity(), { scope: MatchingScope.NEED, scopeId: needId, parameters: {} });
    const { input } = await new MatchingInputLoader(t.dataSource, t.config).load(run);
    expect(input.roles.map((r) => r.id)).toContain(roleIds[0]);
    return input.exclusions.some((e) => e.roleId === roleIds[0] && e.candidateId === w.offerId);
  }

  it('keeps the offer for a role in its currency and leaves it out for a role in another', async () => {
    const [{ currency }] = (await t.dataSource.query('SELECT currency FROM funding_offer WHERE id = $1', [w.offerId])) as { currency: string }[];
    const other = currency === 'JPY' ? 'EUR' : 'JPY';
    expect(await excludedFor(currency)).toBe(false);
    expect(await excludedFor(other)).toBe(true);
  });
});
