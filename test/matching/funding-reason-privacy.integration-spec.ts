import { INestApplicationContext } from '@nestjs/common';

import { FundingReasonsWithoutBudget1796496366198 } from '../../migrations/1796496366198-FundingReasonsWithoutBudget';
import { buildWorld, must, needInput, World } from '../access/access-world';
import { createTestApp, errorCode, TestApp } from '../utils/test-app';
import { waitForRun } from './matching-fixtures';
import { startWorker } from './matching-worker';

/**
 * A funder's budget is private to the funder, its curators and platform admins (issue 9). A
 * funding match reaches the nonprofit once offered: its reasons, explanation, breakdown and score
 * must not give the budget away, whether the engine wrote them now or before the fix.
 */
describe('funding match reasons keep the funder’s budget private', () => {
  let t: TestApp;
  let w: World;
  let worker: INestApplicationContext;
  const MATCH = `query($id: ID!) { match(id: $id) { id candidateKind score explanation reasons { kind amount } breakdown { parts { availability } weights { availability } } } }`;
  type Read = {
    match: {
      id: string;
      candidateKind: string;
      score: number;
      explanation: string;
      reasons: { kind: string; amount: number | null }[];
      breakdown: { parts: { availability: number }; weights: { availability: number } } | null;
    };
  };
  // Every way the figure could be spelled: raw, grouped, or as a float.
  const spellings = (budget: number) => [String(budget), budget.toLocaleString('en'), budget.toLocaleString('de'), `${budget}.0`];

  beforeAll(async () => {
    t = await createTestApp();
    w = await buildWorld(t);
    worker = await startWorker(t.config);
  }, 120_000);
  afterAll(async () => {
    await worker?.close();
    await t.close();
  });

  it('proposes, offers and shows a funding match to the nonprofit without the budget left', async () => {
    const { a } = w;
    // 30,000 left against 20,000 asked: the old headroom part (30,000 / 40,000 = 0.75) gave the budget away.
    const offer = await must<{ createFundingOffer: { id: string } }>(
      t,
      `mutation($input: CreateFundingOfferInput!) { createFundingOffer(input: $input) { id } }`,
      { input: { funderId: a.funderId, title: 'Small grants', minTicket: 1000, maxTicket: 20000, budgetTotal: 30000, currency: 'EUR' } },
      a.sessions.funder,
    );
    // Only the small offer competes for the role: the world's other offer (50,000) is paused.
    await t.dataSource.query(`UPDATE funding_offer SET active = false WHERE id = $1`, [a.fundingOfferId]);
    const input = { ...needInput(a.nonprofitId, a.programId, 'Seed money only'), roles: [{ kind: 'FUNDING', title: 'Seed money', amount: 20000, currency: 'EUR', skills: [] }] };
    const need = await must<{ createNeed: { id: string; roles: { id: string }[] } }>(
      t,
      `mutation($input: CreateNeedInput!) { createNeed(input: $input) { id roles { id } } }`,
      { input },
      a.sessions.nonprofit,
    );
    await must(t, `mutation($id: ID!) { publishNeed(id: $id) { id } }`, { id: need.createNeed.id }, a.sessions.nonprofit);
    const run = await must<{ startMatchingRun: { id: string } }>(
      t,
      `mutation($input: StartMatchingRunInput!) { startMatchingRun(input: $input) { id } }`,
      { input: { scope: 'PROGRAM', scopeId: a.programId } },
      a.sessions.curator,
    );
    expect((await waitForRun(t.dataSource, run.startMatchingRun.id)).status).toBe('SUCCEEDED');

    const rows = (await t.dataSource.query(`SELECT id FROM match WHERE role_id = $1 AND funding_offer_id = $2 AND status = 'PROPOSED'`, [
      need.createNeed.roles[0].id,
      offer.createFundingOffer.id,
    ])) as { id: string }[];
    expect(rows).toHaveLength(1);
    const id = rows[0].id;
    await must(t, `mutation($input: ProposalDecisionInput!) { approveProposals(input: $input) { ok } }`, { input: { matchIds: [id] } }, a.sessions.curator);

    const seen = await must<Read>(t, MATCH, { id }, a.sessions.nonprofit);
    expect(seen.match.reasons).toContainEqual({ kind: 'FUNDING', amount: 20000 });
    expect(seen.match.explanation).toContain('the offer covers the 20,000 asked');
    expect([0.5, 1]).toContain(seen.match.breakdown!.parts.availability);
    const text = JSON.stringify(seen);
    for (const spelled of spellings(30000)) expect(text).not.toContain(spelled);

    // Nor is it stored, where a later change of exposure could reveal it.
    const [stored] = (await t.dataSource.query(`SELECT reasons::text AS reasons, explanation FROM match WHERE id = $1`, [id])) as { reasons: string; explanation: string }[];
    expect(stored.reasons).not.toContain('budget');
    for (const spelled of spellings(30000)) expect(stored.reasons + stored.explanation).not.toContain(spelled);

    // The funder still sees its own budget where budgets are shown.
    const own = await must<{ match: { fundingOffer: { budgetLeft: number | null } } }>(
      t,
      `query($id: ID!) { match(id: $id) { fundingOffer { budgetLeft } } }`,
      { id },
      a.sessions.funder,
    );
    expect(own.match.fundingOffer.budgetLeft).toBe(30000);
  });

  it('has no budget field on a match reason to ask for', async () => {
    const res = await t.gql(`query($id: ID!) { match(id: $id) { reasons { budgetLeft } } }`, { id: w.a.matches.offeredFunding }, w.a.sessions.nonprofit.token);
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('strips the budget from reasons, explanation and breakdown stored before the fix', async () => {
    const id = w.a.matches.offeredFunding;
    // As the engine wrote it before: 50,000 left for 5,000 asked, and a headroom part of 0.6 once budgetLeft was 6,000.
    await t.dataSource.query(
      `UPDATE match SET score = 0.7,
              reasons = '[{"kind":"language","language":"ja"},{"kind":"funding","amount":5000,"budgetLeft":50000},{"kind":"cause","cause":"VULNERABLE_GROUPS"}]',
              explanation = 'speaks Japanese; based in Japan; 50,000 budget left for 5,000 asked; funds VULNERABLE_GROUPS',
              breakdown = '{"parts":{"skills":1,"cause":1,"language":1,"location":1,"availability":0.6,"affinity":0,"load":1},"weights":{"skills":0.3,"cause":0.1,"language":0.1,"location":0.1,"availability":0.1,"affinity":0.2,"load":0.1}}'
        WHERE id = $1`,
      [id],
    );
    const runner = t.dataSource.createQueryRunner();
    try {
      await new FundingReasonsWithoutBudget1796496366198().up(runner);
    } finally {
      await runner.release();
    }
    const seen = await must<Read>(t, MATCH, { id }, w.a.sessions.nonprofit);
    expect(seen.match.reasons).toEqual([
      { kind: 'LANGUAGE', amount: null },
      { kind: 'FUNDING', amount: 5000 },
      { kind: 'CAUSE', amount: null },
    ]);
    expect(seen.match.explanation).toBe('speaks Japanese; based in Japan; the offer covers the 5,000 asked; funds VULNERABLE_GROUPS');
    expect(seen.match.breakdown!.parts.availability).toBe(0.5);
    expect(seen.match.score).toBeCloseTo(0.7 - 0.1 * 0.1, 10);
    const text = JSON.stringify(seen);
    for (const spelled of [...spellings(50000), '6000']) expect(text).not.toContain(spelled);
    const [stored] = (await t.dataSource.query(`SELECT reasons::text AS reasons FROM match WHERE id = $1`, [id])) as { reasons: string }[];
    expect(stored.reasons).not.toContain('budgetLeft');
  });
});
