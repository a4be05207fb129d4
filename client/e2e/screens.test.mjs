import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { apiResponses, signedIn } from './fixtures.mjs';
import { axeViolations, buildClient, hasHorizontalOverflow, launchBrowser, mockGraphQL, newPage, PHONE, screenshot, startServer } from './harness.mjs';

async function open(browser, server, path, options = {}) {
  const session = await newPage(browser, { storage: signedIn, ...options });
  await mockGraphQL(session.page, apiResponses);
  await session.page.goto(`${server.baseUrl}${path}`);
  return session;
}

describe('screens against a canned API', () => {
  let server;
  let browser;

  before(
    async () => {
      buildClient();
      server = await startServer({ port: 4174 });
      browser = await launchBrowser();
    },
    { timeout: 180_000 },
  );

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('posts a need through the guided form', async () => {
    const { context, page, problems } = await open(browser, server, '/needs/new');
    await page.getByRole('heading', { name: 'Post a need' }).waitFor();
    await page.getByRole('textbox', { name: 'Title' }).fill('Donor database for our clinics');
    await page.getByRole('textbox', { name: 'What do you need done?' }).fill('Move 2,000 donors from spreadsheets into a simple CRM.');
    await page.getByRole('combobox', { name: 'Focus area' }).click();
    await page.getByRole('option', { name: 'Health' }).click();
    await screenshot(page, 'need-form-about');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('combobox', { name: 'Country' }).fill('Kenya');
    await page.getByRole('option', { name: 'Kenya' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('textbox', { name: 'Role title' }).fill('CRM volunteer');
    await page.getByRole('combobox', { name: 'Add a skill' }).fill('Sales');
    await page.getByRole('option', { name: 'CRM administration' }).click();
    await screenshot(page, 'need-form-roles');
    assert.deepEqual(problems, []);
    await context.close();

    const phone = await open(browser, server, '/needs/new', { viewport: PHONE });
    await phone.page.getByText('1/4 · About').waitFor();
    assert.equal(await hasHorizontalOverflow(phone.page), false, 'need form scrolls sideways at 375px');
    await screenshot(phone.page, 'need-form-phone');
    assert.deepEqual(phone.problems, []);
    await phone.context.close();
  });

  it('shows offers with their reasons, also on a phone', async () => {
    const { context, page, problems } = await open(browser, server, '/offers');
    await page.getByRole('heading', { name: 'Donor database for our clinics' }).waitFor();
    await page.getByText('Covers 2 of 3 skills wanted: Fundraising strategy: Expert, CRM administration: Competent').first().waitFor();
    await page.getByRole('button', { name: 'How the score is made' }).first().click();
    await screenshot(page, 'offers-desktop');
    await context.close();

    const phone = await open(browser, server, '/offers', { viewport: PHONE });
    await phone.page.getByRole('heading', { name: 'Donor database for our clinics' }).waitFor();
    assert.equal(await hasHorizontalOverflow(phone.page), false, 'offers scroll sideways at 375px');
    await screenshot(phone.page, 'offers-phone');
    assert.deepEqual([...problems, ...phone.problems], []);
    await phone.context.close();
  });

  it('lets a curator pick proposals for bulk approval', async () => {
    const { context, page, problems } = await open(browser, server, '/curation/board');
    await page.getByRole('heading', { name: 'Curation board' }).waitFor();
    await page.getByRole('checkbox', { name: 'Select all' }).check();
    await page.getByRole('button', { name: 'Approve 2 proposals' }).waitFor();
    await screenshot(page, 'curation-board');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('shows matching runs with progress', async () => {
    const { context, page, problems } = await open(browser, server, '/curation/runs');
    await page.getByRole('heading', { name: 'Matching runs' }).waitFor();
    await page.getByText('37 proposed from 1,200 candidates for 40 roles').waitFor();
    await screenshot(page, 'matching-runs');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('draws the impact dashboard in German', async () => {
    const { context, page, problems } = await open(browser, server, '/impact', { storage: { ...signedIn, 'rally.language': 'de' } });
    await page.getByRole('heading', { name: 'Wirkung' }).waitFor();
    await page.locator('.recharts-bar-rectangle').first().waitFor();
    await page.getByText('Bestätigte Stunden', { exact: true }).first().waitFor();
    await screenshot(page, 'impact-de');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("lists an engagement's hours for the nonprofit to confirm or dispute", async () => {
    const { context, page, problems } = await open(browser, server, '/engagements');
    await page.getByRole('heading', { name: 'Engagements', exact: true }).first().waitFor();
    const card = page.locator('article').filter({ has: page.getByRole('heading', { name: 'Need 2' }) });
    await card.getByText('Jonas Weber', { exact: false }).first().waitFor();
    await card.getByText('Disputed: We met for one hour').waitFor();
    await card.getByRole('button', { name: 'Confirm', exact: true }).first().waitFor();
    await screenshot(page, 'engagements-nonprofit');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('shows the match page with people, reasons, timeline and hours, also on a phone', async () => {
    const { context, page, problems } = await open(browser, server, '/matches/x9');
    await page.getByRole('heading', { name: 'Donor database for our clinics' }).waitFor();
    await page.getByRole('link', { name: 'jonas.weber@example.org' }).waitFor();
    await page.getByText('Work started').waitFor();
    await page.getByRole('button', { name: 'Mark as done' }).waitFor();
    await page.getByRole('heading', { name: 'Messages' }).waitFor();
    await screenshot(page, 'match-page-desktop');
    await context.close();

    const phone = await open(browser, server, '/matches/x9', { viewport: PHONE });
    await phone.page.getByRole('heading', { name: 'Donor database for our clinics' }).waitFor();
    await phone.page.getByText('Work started').waitFor();
    assert.equal(await hasHorizontalOverflow(phone.page), false, 'match page scrolls sideways at 375px');
    await screenshot(phone.page, 'match-page-phone');
    assert.deepEqual([...problems, ...phone.problems], []);
    await phone.context.close();
  });

  describe('accessibility: axe finds nothing on the main screens, in English', () => {
    const SCREENS = [
      ['sign-in', '/sign-in', 'Sign in to Rally', { storage: {} }],
      ['home', '/', 'Welcome, Amara Okafor'],
      ['needs list', '/needs', 'Our needs'],
      ['need form', '/needs/new', 'Post a need'],
      ['curation board', '/curation/board', 'Curation board'],
      ['offers', '/offers', 'My offers'],
      ['engagements', '/engagements', 'Engagements'],
      ['impact', '/impact', 'Impact'],
      ['match page', '/matches/x9', 'Donor database for our clinics'],
      ['profile', '/profile', 'My profile'],
    ];
    for (const [name, path, heading, options] of SCREENS) {
      it(`has no axe violations on the ${name}`, async () => {
        const { context, page } = await open(browser, server, path, options);
        await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
        // Loading skeletons give way to the data; axe must see the screen people read.
        await page.waitForLoadState('networkidle');
        assert.deepEqual(await axeViolations(page), [], `axe violations on ${path}`);
        await context.close();
      });
    }
  });
});
