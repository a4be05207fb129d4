// Shared pieces for Rally's browser tests: build, serve, launch Chromium, take screenshots.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

export const CLIENT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ARTIFACTS_DIR = path.join(CLIENT_DIR, 'test-artifacts');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const PHONE = { width: 375, height: 812 };
export const DESKTOP = { width: 1280, height: 800 };

export function buildClient() {
  if (process.env.E2E_SKIP_BUILD === '1') return;
  const result = spawnSync('npm', ['run', 'build'], { cwd: CLIENT_DIR, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`client build failed with exit code ${result.status}`);
}

async function waitForHttp(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
      lastError = new Error(`HTTP ${response.status}`);
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms: ${lastError}`);
}

/**
 * Serves client/dist with `vite preview`, or uses E2E_BASE_URL (for example the API serving the
 * built client) when it is set. Returns the base URL and a stop function.
 */
export async function startServer({ port = Number(process.env.E2E_PORT ?? 4173) } = {}) {
  if (process.env.E2E_BASE_URL) return { baseUrl: process.env.E2E_BASE_URL.replace(/\/$/, ''), stop: async () => {} };
  const vite = path.join(CLIENT_DIR, 'node_modules', 'vite', 'bin', 'vite.js');
  const child = spawn(process.execPath, [vite, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: CLIENT_DIR,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${baseUrl}/`, 20_000);
  } catch (error) {
    child.kill('SIGTERM');
    throw new Error(`${error.message}\n${output}`, { cause: error });
  }
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { baseUrl, stop };
}

export async function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

export async function newPage(browser, { viewport = DESKTOP, locale = 'en-US', storage } = {}) {
  const context = await browser.newContext({
    viewport,
    locale,
    deviceScaleFactor: 1,
    isMobile: viewport.width < 600,
    hasTouch: viewport.width < 600,
  });
  if (storage) {
    await context.addInitScript((entries) => {
      for (const [key, value] of Object.entries(entries)) window.localStorage.setItem(key, value);
    }, storage);
  }
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  return { context, page, problems };
}

export async function screenshot(page, name, { fullPage = true } = {}) {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}

/** Answers GraphQL requests in the page from a map of operation name to response body. */
export async function mockGraphQL(page, responses) {
  await mockGraphQLWebSocket(page);
  await page.route('**/graphql', async (route) => {
    const body = route.request().postDataJSON() ?? {};
    const response = responses[body.operationName];
    if (!response) return route.fulfill({ status: 200, json: { errors: [{ message: `No mock for ${body.operationName}`, extensions: { code: 'NOT_FOUND' } }] } });
    return route.fulfill({ status: 200, json: typeof response === 'function' ? response(body.variables) : response });
  });
}

export async function hasHorizontalOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
}

/** Waits until an element stops moving, so screenshots never catch a sliding drawer half-way. */
export async function waitForSettled(page, selector) {
  let previous = null;
  for (let i = 0; i < 50; i += 1) {
    const box = await page.locator(selector).first().boundingBox();
    const current = box ? `${Math.round(box.x)},${Math.round(box.y)},${Math.round(box.width)}` : null;
    if (current !== null && current === previous) return;
    previous = current;
    await page.waitForTimeout(100);
  }
}

/** Accepts graphql-ws connections and never pushes an event, so subscriptions stay quiet. */
export async function mockGraphQLWebSocket(page) {
  await page.routeWebSocket(/\/graphql$/, (ws) => {
    ws.onMessage((message) => {
      const parsed = JSON.parse(String(message));
      if (parsed.type === 'connection_init') ws.send(JSON.stringify({ type: 'connection_ack' }));
      if (parsed.type === 'ping') ws.send(JSON.stringify({ type: 'pong' }));
    });
  });
}

const AXE_SOURCE = path.join(CLIENT_DIR, 'node_modules', 'axe-core', 'axe.min.js');

/** Runs axe-core on the page as it is now; answers one line per violation, naming the rule and the elements. */
export async function axeViolations(page) {
  await page.addScriptTag({ path: AXE_SOURCE });
  const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations);
  return violations.map(
    ({ id, impact, help, nodes }) =>
      `${id} (${impact}, ${nodes.length}×): ${help}: ${nodes
        .slice(0, 3)
        .map((node) => `${node.html.slice(0, 160)} ${node.failureSummary?.split('\n')[1] ?? ''}`.trim())
        .join(' | ')}`,
  );
}
