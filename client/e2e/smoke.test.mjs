import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { apiResponses } from './fixtures.mjs';
import { buildClient, hasHorizontalOverflow, launchBrowser, mockGraphQL, newPage, PHONE, screenshot, startServer, waitForSettled } from './harness.mjs';

const viewer = {
  __typename: 'User',
  id: 'u1',
  email: 'amara@example.org',
  name: 'Amara Okafor',
  locale: 'en',
  isPlatformAdmin: false,
  volunteerProfile: null,
  mentorProfile: null,
  memberships: [
    { __typename: 'Membership', id: 'm1', role: 'ADMIN', organization: { __typename: 'Organization', id: 'o1', name: 'Clean Water Kenya', kind: 'NONPROFIT' } },
    { __typename: 'Membership', id: 'm2', role: 'MEMBER', organization: { __typename: 'Organization', id: 'o2', name: 'Bridge Foundation', kind: 'INTERMEDIARY' } },
  ],
};
const signedIn = { 'rally.session': JSON.stringify({ accessToken: 'test-access', refreshToken: 'test-refresh' }) };

describe('client smoke', () => {
  let server;
  let browser;

  before(
    async () => {
      buildClient();
      server = await startServer();
      browser = await launchBrowser();
    },
    { timeout: 180_000 },
  );

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('sends a signed-out visitor to the sign-in page, in English', async () => {
    const { context, page, problems } = await newPage(browser);
    await page.goto(`${server.baseUrl}/`);
    await page.getByRole('heading', { name: 'Sign in to Rally' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/sign-in');
    await screenshot(page, 'sign-in-en');

    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Enter a valid email address').waitFor();
    // Sign-in only asks for a password; the length rule belongs to sign-up.
    await page.getByText('Enter your password').waitFor();
    await screenshot(page, 'sign-in-en-validation');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('switches the sign-in page to German and remembers it', async () => {
    const { context, page, problems } = await newPage(browser);
    await page.goto(`${server.baseUrl}/sign-in`);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
    await page.getByRole('heading', { name: 'Bei Rally anmelden' }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'de');
    await screenshot(page, 'sign-in-de');

    await page.reload();
    await page.getByRole('heading', { name: 'Bei Rally anmelden' }).waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('fits a 375×812 phone screen', async () => {
    const { context, page, problems } = await newPage(browser, { viewport: PHONE });
    await page.goto(`${server.baseUrl}/sign-in`);
    await page.getByRole('heading', { name: 'Sign in to Rally' }).waitFor();
    assert.equal(await hasHorizontalOverflow(page), false, 'sign-in page scrolls sideways at 375px');
    await screenshot(page, 'sign-in-phone');

    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByRole('heading', { name: 'Create your Rally account' }).waitFor();
    assert.equal(await hasHorizontalOverflow(page), false, 'sign-up page scrolls sideways at 375px');
    await screenshot(page, 'sign-up-phone');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('shows the signed-in shell with role navigation behind a burger menu on a phone', async () => {
    const { context, page, problems } = await newPage(browser, { viewport: PHONE, storage: signedIn });
    await mockGraphQL(page, { Me: { data: { me: viewer } }, UnreadNotificationCount: { data: { unreadNotificationCount: 3 } }, Inbox: apiResponses.Inbox });
    await page.goto(`${server.baseUrl}/`);
    await page.getByRole('heading', { name: 'Welcome, Amara Okafor' }).waitFor();
    assert.equal(await hasHorizontalOverflow(page), false, 'home scrolls sideways at 375px');
    await screenshot(page, 'home-phone');

    await page.getByRole('button', { name: 'Open navigation' }).click();
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await nav.getByRole('link', { name: 'Post a need' }).waitFor();
    await nav.getByRole('link', { name: 'Curation board' }).waitFor();
    await waitForSettled(page, 'nav[aria-label="Main navigation"]');
    await screenshot(page, 'home-phone-menu', { fullPage: false });
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('shows the signed-in shell on a desktop', async () => {
    const { context, page, problems } = await newPage(browser, { storage: signedIn });
    await mockGraphQL(page, { Me: { data: { me: viewer } }, UnreadNotificationCount: { data: { unreadNotificationCount: 3 } }, Inbox: apiResponses.Inbox });
    await page.goto(`${server.baseUrl}/`);
    await page.getByRole('heading', { name: 'Welcome, Amara Okafor' }).waitFor();
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    // Home is the inbox: what waits, with counts and links to where it is done.
    await page.getByRole('link', { name: /37 proposals to review/ }).waitFor();
    await screenshot(page, 'home-desktop');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
