// One run of a real-stack browser journey, shared by the journeys: sign-in of the demo accounts,
// screens checked for their language and (on a phone) sideways scrolling, screenshots, GraphQL
// calls as a signed-in reader, and clean-up after a failure.
import assert from 'node:assert/strict';

import { hasHorizontalOverflow, newPage, PHONE, screenshot } from './harness.mjs';
import { displayNames, inAnyLanguage, translator } from './journey-texts.mjs';

export const PASSWORD = 'rally-demo-2026';
export const EMAILS = {
  nonprofit: 'nonprofit@rally.demo',
  curator: 'curator.jp@rally.demo',
  volunteer: 'volunteer@rally.demo',
  companySignOff: 'company.signoff@rally.demo',
  volunteerSignOff: 'volunteer.signoff@rally.demo',
};

/** One run of the journey: its screenshots, its checks per screen, and which steps used the API. */
export class JourneyRun {
  constructor(variant, { baseUrl, browser, prefix = 'journey' }) {
    this.prefix = prefix;
    this.variant = variant;
    this.baseUrl = baseUrl;
    this.browser = browser;
    this.t = translator(variant.lang);
    this.names = displayNames(variant.lang);
    this.phone = variant.viewport.width < 600;
    this.steps = [];
    this.gaps = [];
    this.sessions = [];
    this.shots = 0;
  }

  log(via, step, note = '') {
    this.steps.push({ via, step, note });
    console.log(`  [${this.prefix} ${this.variant.name}] ${via.padEnd(6)} ${step}${note ? ` — ${note}` : ''}`);
  }

  /**
   * A step the UI cannot do (a missing control) or shows wrongly (a broken screen): the journey
   * goes on through the API and says so; E2E_JOURNEY_STRICT=1 makes every such gap a failure.
   */
  gap(step, what) {
    if (process.env.E2E_JOURNEY_STRICT === '1') throw new Error(`UI gap at ${step}: ${what}`);
    this.gaps.push({ step, what });
  }

  /** Every screen: in the journey's language, no sideways scrolling on a phone, then a screenshot. */
  async screen(page, step, { via = 'UI', note = '' } = {}) {
    assert.equal(await page.getAttribute('html', 'lang'), this.variant.lang, `${step}: the page is not in ${this.variant.lang}`);
    if (this.phone) assert.equal(await hasHorizontalOverflow(page), false, `${step}: the screen scrolls sideways at ${PHONE.width}px`);
    this.shots += 1;
    await this.capture(page, `${this.prefix}-${this.variant.name}-${String(this.shots).padStart(2, '0')}-${step}`);
    this.log(via, step, note);
  }

  /**
   * The whole page in one picture. A full-page screenshot would paint the fixed header in the middle
   * of long pages, over the content; a viewport as tall as the page (same width, so the same layout)
   * shows everything once.
   */
  async capture(page, name) {
    const { width, height } = this.variant.viewport;
    const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
    if (pageHeight <= height) return screenshot(page, name, { fullPage: false });
    await page.setViewportSize({ width, height: Math.min(pageHeight, 8000) });
    try {
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      await screenshot(page, name, { fullPage: false });
    } finally {
      await page.setViewportSize({ width, height });
    }
  }

  async open(page, path, heading) {
    await page.goto(`${this.baseUrl}${path}`);
    await page.getByRole('heading', { name: heading, exact: true }).first().waitFor();
  }

  async signIn(who) {
    const { t } = this;
    const session = await newPage(this.browser, { viewport: this.variant.viewport });
    this.sessions.push(session);
    const { page } = session;
    await page.goto(`${this.baseUrl}/sign-in`);
    await page.getByRole('combobox', { name: inAnyLanguage('language.label') }).selectOption(this.variant.lang);
    await page.getByRole('heading', { name: t('auth.signIn.title') }).waitFor();
    await page.getByRole('textbox', { name: t('auth.email') }).fill(EMAILS[who]);
    await page.getByRole('textbox', { name: t('auth.password'), exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: t('auth.signIn.submit'), exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/');
    const { me } = await this.api(page, 'query { me { id name locale volunteerProfile { id } memberships { organization { id kind } } } }');
    // The language picked on the sign-in page wins over the one saved on the account (Japanese for
    // the curator and the volunteer), and is saved to the account.
    await page.waitForFunction((lang) => document.documentElement.lang === lang, this.variant.lang);
    await page.getByRole('heading', { name: t('home.greeting', { name: me.name }) }).waitFor();
    return { page, me, problems: session.problems };
  }

  /** GraphQL as the signed-in reader of `page`, with the access token the client keeps. */
  async api(page, query, variables = {}) {
    const session = await page.evaluate(() => localStorage.getItem('rally.session'));
    const { accessToken } = JSON.parse(session ?? '{}');
    assert.ok(accessToken, 'no session in the page');
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (body.errors) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
    return body.data;
  }

  async expectNotice(page, text) {
    await page.getByText(text, { exact: true }).first().waitFor();
  }

  /**
   * What each signed-in reader saw when a step failed. The demo volunteer takes one engagement at a
   * time, so a match this run left open is cancelled: the next run must fail on its own, if at all.
   */
  async afterFailure() {
    for (const [i, { page }] of this.sessions.entries()) {
      await screenshot(page, `${this.prefix}-${this.variant.name}-failure-${i + 1}`).catch(() => undefined);
    }
    if (!this.openMatch) return;
    const { id, curatorPage } = this.openMatch;
    await this.api(curatorPage, 'query ($id: ID!) { match(id: $id) { version } }', { id })
      .then(({ match }) =>
        this.api(curatorPage, 'mutation ($id: ID!, $version: Int!) { cancelMatch(id: $id, version: $version, reason: "journey test failed") { status } }', {
          id,
          version: match.version,
        }),
      )
      .catch((error) => console.log(`  [${this.prefix} ${this.variant.name}] could not cancel match ${id}: ${error.message}`));
  }

  async close() {
    await Promise.all(this.sessions.map((s) => s.context.close()));
    return this.sessions.flatMap((s) => s.problems);
  }
}
