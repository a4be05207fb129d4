// An event in Chromium against the real API, worker, PostgreSQL and Redis (issue 14): the Japanese
// curator opens the demo Tokyo rally from the events list and recomputes its schedule through the
// queue, then reads the quality (total score beside the greedy baseline's) → the demo volunteer opens
// her agenda, checks the .ics calendar and rates a meeting → the demo nonprofit's contact, who hosts
// a table, turns one of her meetings into an offer in one click.
//
// `npm run test:journey` runs it after the other journeys, on a stack of its own (node --test runs
// each file in its own process). Screenshots: test-artifacts/event-<en|ja>-<nn>-<step>.png.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { DESKTOP } from './harness.mjs';
import { useJourneyStack } from './journey-stack.mjs';

const EVENT_NAME = 'Pro Bono Rally Tokyo 2027';
const VARIANTS = [
  { name: 'en', lang: 'en', viewport: DESKTOP },
  { name: 'ja', lang: 'ja', viewport: DESKTOP },
];

/** From the navigation to the events list, then into the demo rally. */
async function openRally(run, page) {
  const { t } = run;
  await page
    .getByRole('link', { name: t('nav.events'), exact: true })
    .first()
    .click();
  await page.getByRole('heading', { name: t('events.list.title'), exact: true }).waitFor();
  await run.screen(page, 'events-list');
  await page.getByRole('link', { name: new RegExp(EVENT_NAME) }).click();
  await page.getByRole('heading', { name: EVENT_NAME, exact: true }).waitFor();
  return page.url().split('/events/')[1];
}

async function curatorSchedules(run) {
  const { t } = run;
  const curator = await run.signIn('curator');
  const eventId = await openRally(run, curator.page);
  const before = (await run.api(curator.page, 'query ($eventId: ID!) { event(eventId: $eventId) { scheduleVersion } }', { eventId })).event.scheduleVersion;
  await curator.page.getByRole('button', { name: t('events.schedule'), exact: true }).click();
  // The page polls while the worker computes; the figures appear once the new schedule is done.
  await curator.page.waitForFunction(
    async ({ version }) => {
      const { accessToken } = JSON.parse(localStorage.getItem('rally.session') ?? '{}');
      const id = window.location.pathname.split('/')[2];
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
        body: JSON.stringify({ query: `{ event(eventId: "${id}") { scheduleStatus scheduleVersion } }` }),
      });
      const { data } = await response.json();
      return data.event.scheduleVersion > version && data.event.scheduleStatus === 'DONE';
    },
    { version: before },
    { timeout: 30_000, polling: 500 },
  );
  await curator.page.getByText(t('events.status.DONE'), { exact: true }).waitFor();
  await curator.page.getByText(t('events.greedyScore'), { exact: true }).waitFor();
  await curator.page.getByText(t('events.meetingsPerPerson'), { exact: true }).waitFor();
  const { event } = await run.api(curator.page, 'query ($eventId: ID!) { event(eventId: $eventId) { scheduleQuality { totalScore greedyScore unmetMinimums } } }', { eventId });
  assert.ok(event.scheduleQuality.totalScore >= event.scheduleQuality.greedyScore - 1e-9, 'the optimizer scores at least what greedy does');
  await run.screen(curator.page, 'schedule-quality', { note: `total ${event.scheduleQuality.totalScore.toFixed(1)} vs greedy ${event.scheduleQuality.greedyScore.toFixed(1)}` });
  return eventId;
}

async function volunteerRates(run, eventId) {
  const { t } = run;
  const volunteer = await run.signIn('volunteer');
  assert.equal(await openRally(run, volunteer.page), eventId);
  const ics = volunteer.page.getByRole('link', { name: t('events.downloadIcs'), exact: true });
  await ics.waitFor();
  assert.equal(await ics.getAttribute('download'), 'agenda.ics');
  const calendar = decodeURIComponent((await ics.getAttribute('href')).replace(/^data:text\/calendar;charset=utf-8,/, ''));
  assert.match(calendar, /BEGIN:VCALENDAR/);
  assert.match(calendar, /BEGIN:VEVENT/);
  assert.match(calendar, new RegExp(EVENT_NAME));
  const rating = volunteer.page.getByRole('button', { name: t('events.rateValue', { rating: 4 }), exact: true }).first();
  await rating.click();
  await volunteer.page.waitForFunction(
    (label) => [...document.querySelectorAll('button')].some((b) => b.getAttribute('aria-label') === label && b.getAttribute('aria-pressed') === 'true'),
    t('events.rateValue', { rating: 4 }),
  );
  const { myAgenda } = await run.api(volunteer.page, 'query ($eventId: ID!) { myAgenda(eventId: $eventId) { meetings { myRating } } }', { eventId });
  assert.ok(
    myAgenda.meetings.some((m) => m.myRating === 4),
    'the rating is saved',
  );
  await run.screen(volunteer.page, 'agenda-rated');
}

async function nonprofitOffers(run, eventId) {
  const { t } = run;
  const nonprofit = await run.signIn('nonprofit');
  assert.equal(await openRally(run, nonprofit.page), eventId);
  const agenda = async () =>
    (await run.api(nonprofit.page, 'query ($eventId: ID!) { myAgenda(eventId: $eventId) { meetings { meetingId canOffer } } }', { eventId })).myAgenda.meetings;
  const offerable = (await agenda()).filter((m) => m.canOffer).length;
  assert.ok(offerable > 0, 'the nonprofit host has a meeting that can become an offer');
  await nonprofit.page
    .getByRole('button', { name: t('events.makeOffer'), exact: true })
    .first()
    .click();
  await run.expectNotice(nonprofit.page, t('events.offerMade'));
  await nonprofit.page.waitForFunction(({ label, count }) => [...document.querySelectorAll('button')].filter((b) => b.textContent === label).length === count, {
    label: t('events.makeOffer'),
    count: offerable - 1,
  });
  assert.equal((await agenda()).filter((m) => m.canOffer).length, offerable - 1);
  await run.screen(nonprofit.page, 'offer-made');
}

describe('an event: schedule through the queue, quality, agenda with .ics, rating, an offer from a meeting', () => {
  const journey = useJourneyStack('event');

  for (const variant of VARIANTS) {
    it(`runs an event in ${variant.lang === 'ja' ? 'Japanese' : 'English'}`, { timeout: 180_000 }, () =>
      journey.run(variant, async (run) => {
        const eventId = await curatorSchedules(run);
        await volunteerRates(run, eventId);
        await nonprofitOffers(run, eventId);
      }),
    );
  }
});
