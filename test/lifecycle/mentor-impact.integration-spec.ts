import { insertMatch } from '../utils/fixtures';
import { createTestApp, errorCode, TestApp } from '../utils/test-app';
import { addNeed, createWorld, World } from './lifecycle-world';
import { ok } from './match-operations';

const IMPACT = `query($scope: ImpactScopeInput!) { impact(scope: $scope) { totals { confirmed offers } } }`;

/** A mentor without a volunteer profile has impact of their own, and only they see it. */
describe('a mentor’s impact', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t);
    const { roleIds } = await addNeed(t, w, { roles: [{ kind: 'MENTOR' }] });
    await insertMatch(t, { roleId: roleIds[0], kind: 'MENTOR', candidateId: w.mentor.profileId, status: 'ACTIVE' });
  });
  afterAll(() => t.close());

  it('counts the mentor’s active engagement', async () => {
    const report = ok(await t.gql<{ impact: { totals: { confirmed: number } } }>(IMPACT, { scope: { mentorProfileId: w.mentor.profileId } }, w.mentor.token), 'impact');
    expect(report.totals.confirmed).toBe(1);
  });

  it('refuses anyone else', async () => {
    for (const p of [w.volunteer, w.nonprofit, w.companyAdmin]) {
      expect(errorCode(await t.gql(IMPACT, { scope: { mentorProfileId: w.mentor.profileId } }, p.token))).toBe('FORBIDDEN');
    }
    expect(errorCode(await t.gql(IMPACT, { scope: { mentorProfileId: 'x<b>' } }, w.mentor.token))).toBe('BAD_USER_INPUT');
  });
});
