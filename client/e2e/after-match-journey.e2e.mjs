// After the match, in Chromium against the real API, worker, PostgreSQL and Redis (issue 12):
// the demo volunteer finds a need on the browse page and raises her hand → the curator turns the
// interest into an offer in one click → the volunteer and the nonprofit accept on the match page →
// they exchange messages live (two browsers open at once, no reload) → the nonprofit proposes
// kick-off times and the volunteer picks one (.ics download) → she starts and logs hours → the
// nonprofit confirms some, completes through the confirm dialog → both leave feedback.
// Run three times: in English, in German, and in English on a 375×812 phone.
//
// `npm run test:journey` runs it after the main journey, on a stack of its own (node --test runs
// each file in its own process). Screenshots: test-artifacts/after-match-<en|de|phone>-<nn>-<step>.png.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { DESKTOP, PHONE, waitForSettled } from './harness.mjs';
import { useJourneyStack } from './journey-stack.mjs';
import { meetingTexts, pickKickOff } from './steps/meetings.mjs';

const VARIANTS = [
  { name: 'en', lang: 'en', viewport: DESKTOP },
  { name: 'de', lang: 'de', viewport: DESKTOP },
  { name: 'phone', lang: 'en', viewport: PHONE },
];

// The demo volunteer (src/seed/data/asia-world.data.ts) is a Tokyo marketing manager with 12 hours a
// month. A photography role asking 30 hours is one the matcher never proposes her for (no skill
// overlap, too few free hours), so the need's matching run leaves her free to raise her hand, and the
// match this journey follows is the one made from her interest.
const createNeedInput = (nonprofitId, title) => ({
  nonprofitId,
  title,
  summary: 'Our children’s cafeterias need photos of a day in the kitchen for the annual report and the donor letters.',
  impact: 'Donors who see the children’s meals give again.',
  focusArea: 'CHILDREN_YOUTH',
  country: 'JP',
  language: 'ja',
  remote: true,
  roles: [
    {
      kind: 'VOLUNTEER',
      title: 'Photographer',
      description: 'Two shooting days and a photo edit.',
      hoursPerMonth: 30,
      seats: 1,
      skills: [{ skillId: 'photography', level: 3, weight: 5 }],
    },
  ],
});

/** The need every run starts from, one per run so the runs never share a role: posted and published through the API. */
async function postNeedThroughApi(run, nonprofit, title) {
  const nonprofitId = nonprofit.me.memberships.find((m) => m.organization.kind === 'NONPROFIT').organization.id;
  const { createNeed } = await run.api(nonprofit.page, 'mutation ($input: CreateNeedInput!) { createNeed(input: $input) { id } }', {
    input: createNeedInput(nonprofitId, title),
  });
  await run.api(nonprofit.page, 'mutation ($id: ID!) { publishNeed(id: $id) { id status } }', { id: createNeed.id });
  run.log('API', 'need-posted', title);
  return createNeed.id;
}

/** The volunteer filters the browse page down to the need, opens it and raises her hand with a note. */
async function raiseHand(run, volunteer, { title, stamp }, note) {
  const { t } = run;
  const { page } = volunteer;
  await run.open(page, '/needs/browse', t('interests.browse.title'));
  await page.getByRole('textbox', { name: t('interests.browse.search') }).fill(stamp);
  await page.getByRole('combobox', { name: t('interests.browse.focusArea') }).selectOption({ label: t('domain.focusArea.CHILDREN_YOUTH') });
  await page.getByRole('textbox', { name: t('interests.browse.country') }).fill('JP');
  await page.getByRole('combobox', { name: t('interests.browse.remote') }).selectOption({ label: t('interests.browse.remoteOnly') });
  // The filters live in the URL (history.replaceState, so no navigation to wait for).
  await page.waitForFunction(() => {
    const params = new URLSearchParams(window.location.search);
    return params.get('country') === 'JP' && params.get('remote') === 'yes';
  });
  const found = page.getByRole('link', { name: title, exact: true });
  await found.waitFor();
  await page.waitForFunction(() => document.querySelectorAll('main article').length === 1);
  await run.screen(page, 'browse');
  await found.click();
  await page.getByRole('heading', { name: title, exact: true }).waitFor();
  await page.getByRole('button', { name: t('interests.raise.button'), exact: true }).click();
  const dialog = page.getByRole('dialog', { name: t('interests.raise.title', { role: 'Photographer' }) });
  await dialog.getByRole('textbox', { name: t('interests.raise.noteLabel') }).fill(note);
  await waitForSettled(page, '[role="dialog"]');
  await run.screen(page, 'raise-hand');
  await dialog.getByRole('button', { name: t('interests.raise.submit'), exact: true }).click();
  await run.expectNotice(page, t('interests.raise.done'));
  await page.getByText(t('interests.raise.raised'), { exact: true }).waitFor();
  await run.screen(page, 'hand-raised');
}

/** The curator sees the raised hand on the need page and makes the offer in one click; answers the match id. */
async function offerFromInterest(run, curator, needId, volunteerName, note) {
  const { t } = run;
  const { page } = curator;
  await run.open(page, `/needs/${needId}`, t('interests.queue.title'));
  const card = page.getByRole('article', { name: volunteerName });
  await card.getByText(note, { exact: true }).waitFor();
  await card.getByText(t('interests.queue.who', { name: volunteerName, role: 'Photographer' })).waitFor();
  await run.screen(page, 'curator-interest');
  await card.getByRole('button', { name: t('interests.queue.offer'), exact: true }).click();
  await run.expectNotice(page, t('interests.queue.offered'));
  await page.getByText(t('interests.queue.empty'), { exact: true }).waitFor();
  const { interests } = await run.api(page, 'query ($needId: ID!) { interests(filter: { needId: $needId }) { nodes { status matchId } } }', { needId });
  assert.equal(interests.nodes.length, 1);
  assert.equal(interests.nodes[0].status, 'OFFERED');
  await run.screen(page, 'curator-offered');
  return interests.nodes[0].matchId;
}

async function openMatch(run, page, matchId, title) {
  await run.open(page, `/matches/${matchId}`, title);
}

/** One side of the offer accepts on the match page. */
async function accept(run, page, step) {
  const { t } = run;
  const actions = page.locator('section[aria-labelledby="match-actions"]');
  await actions.getByText(t('matches.actions.waitingForYou'), { exact: true }).waitFor();
  await actions.getByRole('button', { name: t('matches.actions.accept'), exact: true }).click();
  await run.screen(page, step);
}

/** `from` posts; `to`, open all along, sees the message appear without a reload. */
async function sendLive(run, from, to, body) {
  const { t } = run;
  await from.getByRole('textbox', { name: t('messages.composerLabel') }).fill(body);
  await from.getByRole('button', { name: t('messages.send'), exact: true }).click();
  await from
    .getByRole('list', { name: t('messages.threadLabel') })
    .getByText(body, { exact: true })
    .waitFor();
  await to
    .getByRole('list', { name: t('messages.threadLabel') })
    .getByText(body, { exact: true })
    .waitFor({ timeout: 10_000 });
}

async function exchangeMessages(run, volunteer, nonprofit) {
  const { t } = run;
  // A marker set in each window shows the message arrived without a reload: a reload would drop it.
  for (const page of [volunteer.page, nonprofit.page]) await page.evaluate(() => (window.__noReload = true));
  await nonprofit.page.getByText(t('messages.empty'), { exact: true }).waitFor();
  const hello = `Welcome aboard, ${volunteer.me.name}! <b>Could you shoot on a Saturday?</b>`;
  await sendLive(run, nonprofit.page, volunteer.page, hello);
  await run.screen(volunteer.page, 'message-received');
  const reply = `Gladly — Saturdays suit me (${run.variant.name}).`;
  await sendLive(run, volunteer.page, nonprofit.page, reply);
  for (const page of [volunteer.page, nonprofit.page]) assert.equal(await page.evaluate(() => window.__noReload), true, 'the page was reloaded');
  // Text, never markup: the tags stay visible characters.
  assert.equal(await volunteer.page.locator('section[aria-labelledby="match-thread"] b').count(), 0);
  await run.screen(nonprofit.page, 'reply-received');
}

/** Volunteer logs two entries; the nonprofit confirms the first, then completes through the dialog that names the unconfirmed second. */
async function hoursAndCompletion(run, volunteer, nonprofit, matchId, title) {
  const { t } = run;
  const notes = [`Shooting day (${run.variant.name})`, `Photo edit (${run.variant.name})`];
  const hours = [5, 1.5];
  const vHours = volunteer.page.locator('section[aria-labelledby="match-hours"]');
  const vActions = volunteer.page.locator('section[aria-labelledby="match-actions"]');
  await vActions.getByRole('button', { name: t('engagements.start'), exact: true }).click();
  await run.expectNotice(volunteer.page, t('engagements.started'));
  await volunteer.page.getByText(t('domain.matchStatus.ACTIVE'), { exact: true }).first().waitFor();
  for (const [i, note] of notes.entries()) {
    await vHours.getByRole('button', { name: t('hours.log'), exact: true }).click();
    await vHours.getByRole('textbox', { name: t('hours.hours') }).fill(String(hours[i]));
    await vHours.getByRole('textbox', { name: t('hours.note') }).fill(note);
    await vHours.getByRole('button', { name: t('hours.submit'), exact: true }).click();
    await vHours.getByRole('listitem').filter({ hasText: note }).getByText(t('hours.status.LOGGED'), { exact: true }).waitFor();
  }
  await run.screen(volunteer.page, 'hours-logged');

  await openMatch(run, nonprofit.page, matchId, title);
  const nHours = nonprofit.page.locator('section[aria-labelledby="match-hours"]');
  const first = nHours.getByRole('listitem').filter({ hasText: notes[0] });
  await first.getByRole('button', { name: t('hours.confirm'), exact: true }).click();
  await run.expectNotice(nonprofit.page, t('hours.confirmed'));
  await first.getByText(t('hours.status.CONFIRMED'), { exact: true }).waitFor();
  await run.screen(nonprofit.page, 'hours-confirmed');

  const nActions = nonprofit.page.locator('section[aria-labelledby="match-actions"]');
  await nActions.getByRole('button', { name: t('engagements.complete'), exact: true }).click();
  const dialog = nonprofit.page.getByRole('dialog', { name: t('engagements.completeConfirmTitle') });
  await dialog.waitFor();
  await waitForSettled(nonprofit.page, '[role="dialog"]');
  await run.screen(nonprofit.page, 'complete-dialog');
  await dialog.getByRole('button', { name: t('engagements.completeAnyway'), exact: true }).click();
  await run.expectNotice(nonprofit.page, t('engagements.completed'));
  await nonprofit.page.getByText(t('domain.matchStatus.COMPLETED'), { exact: true }).first().waitFor();
  const { match } = await run.api(nonprofit.page, 'query ($id: ID!) { match(id: $id) { status confirmedHours } }', { id: matchId });
  assert.deepEqual(match, { status: 'COMPLETED', confirmedHours: hours[0] });
  await run.screen(nonprofit.page, 'completed');
}

/** Each side rates the other once on the match page; the given feedback replaces the form. */
async function leaveFeedback(run, page, stars, comment, step) {
  const { t } = run;
  const form = page.getByRole('form', { name: t('matchPage.feedback.formTitle') });
  // The star's radio is visually hidden; people click the star, its label.
  const star = await form.getByRole('radio', { name: t('matchPage.feedback.stars', { count: stars }), exact: true }).getAttribute('id');
  await form.locator(`label[for="${star}"]`).click();
  await form.getByRole('textbox', { name: t('matchPage.feedback.comment') }).fill(comment);
  await form.getByRole('button', { name: t('matchPage.feedback.submit'), exact: true }).click();
  await form.waitFor({ state: 'detached' });
  await page.locator('section[aria-labelledby="match-feedback"]').getByText(comment, { exact: true }).waitFor();
  await run.screen(page, step);
}

async function runAfterMatch(run) {
  const { t } = run;
  const stamp = `${run.variant.name}${Date.now().toString(36)}`;
  const title = `Photos for our annual report (${stamp})`;
  const note = `I photograph for our company newsletter and would love to help (${run.variant.name}).`;

  const nonprofit = await run.signIn('nonprofit');
  const needId = await postNeedThroughApi(run, nonprofit, title);
  const volunteer = await run.signIn('volunteer');
  await raiseHand(run, volunteer, { title, stamp }, note);

  const curator = await run.signIn('curator');
  const matchId = await offerFromInterest(run, curator, needId, volunteer.me.name, note);
  run.openMatch = { id: matchId, curatorPage: curator.page };

  // The volunteer follows her interest to the match; both sides accept there.
  await run.open(volunteer.page, '/interests', t('interests.mine.title'));
  await volunteer.page
    .getByRole('link', { name: t('interests.mine.openMatch') })
    .first()
    .click();
  await volunteer.page.waitForURL((url) => url.pathname === `/matches/${matchId}`);
  await volunteer.page.getByRole('heading', { name: title, exact: true }).waitFor();
  await accept(run, volunteer.page, 'volunteer-accepts');
  await volunteer.page.getByText(t('matches.actions.waitingForOther'), { exact: true }).waitFor();
  await openMatch(run, nonprofit.page, matchId, title);
  await accept(run, nonprofit.page, 'nonprofit-accepts');
  await nonprofit.page.getByText(t('domain.matchStatus.CONFIRMED'), { exact: true }).first().waitFor();

  await openMatch(run, volunteer.page, matchId, title);
  await exchangeMessages(run, volunteer, nonprofit);

  const kickOff = await pickKickOff({ proposerPage: nonprofit.page, pickerPage: volunteer.page, matchId, texts: meetingTexts(run.variant.lang) });
  await run.screen(volunteer.page, 'kick-off-picked', { note: `${kickOff.chosen} (${kickOff.filename})` });

  await openMatch(run, volunteer.page, matchId, title);
  await hoursAndCompletion(run, volunteer, nonprofit, matchId, title);
  run.openMatch = null;

  await leaveFeedback(run, nonprofit.page, 5, `Wonderful photos, thank you (${run.variant.name}).`, 'nonprofit-feedback');
  await openMatch(run, volunteer.page, matchId, title);
  await leaveFeedback(run, volunteer.page, 4, `A warm team to work with (${run.variant.name}).`, 'volunteer-feedback');
  const { match } = await run.api(volunteer.page, 'query ($id: ID!) { match(id: $id) { feedback { direction rating } } }', { id: matchId });
  assert.deepEqual(match.feedback.map((f) => f.rating).sort(), [4, 5]);
}

describe('after the match: browse, raise a hand, offer, accept, messages, kick-off, hours, completion, feedback', () => {
  const journey = useJourneyStack('after-match');

  for (const variant of VARIANTS) {
    it(
      `runs after the match ${variant.name === 'phone' ? `on a ${PHONE.width}×${PHONE.height} phone` : `in ${variant.lang === 'de' ? 'German' : 'English'}`}`,
      { timeout: 180_000 },
      () => journey.run(variant, runAfterMatch),
    );
  }
});
