// Employer sign-off, in Chromium against the real API, worker, PostgreSQL and Redis (issue 14):
// the demo world's Tsubame Trading requires sign-off, and one of its employees has an engagement both
// sides agreed to, waiting in AWAITING_EMPLOYER. The volunteer sees it waiting → the company admin
// signs in, finds it in the review table of the company page and approves it → the volunteer sees it
// confirmed. Run once, in English on a desktop: approving ends the seeded wait, so a second run would
// need an engagement of its own.
//
// `npm run test:journey` runs it after the other journeys, on a stack of its own. Screenshots:
// test-artifacts/sign-off-en-<nn>-<step>.png.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { DESKTOP } from './harness.mjs';
import { useJourneyStack } from './journey-stack.mjs';

const VARIANT = { name: 'en', lang: 'en', viewport: DESKTOP };

// src/seed/data/asia-world.data.ts: the Tamagawa research team role and the Tsubame employee matched to it.
const NEED_TITLE = '会員拡大に向けたマーケティング調査';
const EMPLOYEE = '森 健太';

const MATCH = 'query ($id: ID!) { match(id: $id) { id status version } }';

/** The employee's engagement waiting for sign-off, as the volunteer reads it. */
async function awaitingMatch(run, volunteer) {
  const { matches } = await run.api(volunteer.page, '{ matches(first: 20, filter: { sides: [CANDIDATE], statuses: [AWAITING_EMPLOYER] }) { nodes { id need { title } } } }');
  return matches.nodes.find((m) => m.need.title === NEED_TITLE) ?? null;
}

async function runSignOff(run) {
  const { t } = run;
  const volunteer = await run.signIn('volunteerSignOff');
  const waiting = await awaitingMatch(run, volunteer);
  assert.ok(waiting, 'no engagement of the employee waits for sign-off');

  // 1. The volunteer sees her engagement waiting for the employer, with the reason why.
  await run.open(volunteer.page, '/engagements', t('engagements.title'));
  const card = volunteer.page.locator('article').filter({ hasText: NEED_TITLE });
  await card.getByText(t('domain.matchStatus.AWAITING_EMPLOYER'), { exact: true }).first().waitFor();
  await card.getByText(t('matchPage.signOff.awaiting')).waitFor();
  await run.screen(volunteer.page, 'volunteer-awaiting');

  // 2. The company admin finds it in the review table and approves it.
  const admin = await run.signIn('companySignOff');
  await run.open(admin.page, '/company/employees', t('company.title'));
  const review = admin.page.getByRole('table', { name: t('company.reviewTitle') });
  await review.waitFor();
  assert.equal(await admin.page.getByRole('switch', { name: new RegExp(t('company.requireSignOff')) }).isChecked(), true);
  const row = review.getByRole('row').filter({ hasText: EMPLOYEE });
  await row.getByRole('link', { name: NEED_TITLE }).waitFor();
  await run.screen(admin.page, 'company-review');
  await row.getByRole('button', { name: `${t('company.approve')}: ${EMPLOYEE}` }).click();
  await run.expectNotice(admin.page, t('company.approved'));
  await admin.page.getByText(t('company.reviewEmpty'), { exact: true }).waitFor();
  await run.screen(admin.page, 'company-approved');
  const { match: approved } = await run.api(admin.page, MATCH, { id: waiting.id });
  assert.equal(approved.status, 'CONFIRMED');

  // 3. The volunteer sees it confirmed.
  await run.open(volunteer.page, '/engagements', t('engagements.title'));
  await card.getByText(t('domain.matchStatus.CONFIRMED'), { exact: true }).first().waitFor();
  assert.equal(await card.getByText(t('matchPage.signOff.awaiting')).count(), 0);
  await run.screen(volunteer.page, 'volunteer-confirmed');
  const { match: seen } = await run.api(volunteer.page, MATCH, { id: waiting.id });
  assert.equal(seen.status, 'CONFIRMED');
}

describe('employer sign-off: the company admin approves an engagement waiting for it, and the volunteer sees it confirmed', () => {
  const journey = useJourneyStack('sign-off');

  it('signs off in English', { timeout: 180_000 }, () => journey.run(VARIANT, runSignOff));
});
