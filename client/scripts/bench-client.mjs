// Measures what a visitor on a slow connection waits for: the JavaScript Chromium downloads for the
// first page, and first paint / largest paint, on DevTools' "Fast 3G" and "Slow 3G" links with a 4× slower CPU.
// The built client is served by the API's own static-file code (dist/src/client-assets.js, so run the
// root build first: `npm run bench:client` does both); GraphQL answers come from the browser tests' mocks.
import { createRequire } from 'node:module';
import path from 'node:path';

import { apiResponses, signedIn } from '../e2e/fixtures.mjs';
import { CLIENT_DIR, launchBrowser, mockGraphQL } from '../e2e/harness.mjs';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(CLIENT_DIR, '..');
const express = require(path.join(ROOT, 'node_modules', 'express'));
const { clientAssets, sendShell } = require(path.join(ROOT, 'dist', 'src', 'client-assets.js'));

const kbit = (n) => (n * 1024) / 8;
// Chromium DevTools' presets: what "a slow 3G-like profile" means to most people measuring.
const PROFILES = [
  { name: 'Fast 3G', network: { offline: false, latency: 562.5, downloadThroughput: kbit(1474.56), uploadThroughput: kbit(675) } },
  { name: 'Slow 3G', network: { offline: false, latency: 2000, downloadThroughput: kbit(400), uploadThroughput: kbit(400) } },
];
const CPU_SLOWDOWN = 4;
const BUDGET_MS = 3000;
const DIST = path.join(CLIENT_DIR, 'dist');

function serveClient() {
  const app = express();
  app.use(clientAssets(DIST));
  app.use((req, res) => sendShell(req, res, DIST));
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => resolve(server));
  });
}

/** Paint timings as the page saw them; LCP settles once the page stops adding content. */
function paintTimings() {
  return new Promise((resolve) => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
    new PerformanceObserver((list) => {
      const entries = list.getEntries();
      resolve({ fcp, lcp: entries.at(-1)?.startTime ?? null });
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
}

async function measure(browser, baseUrl, network, { name, path: pagePath, storage, heading, headers }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', extraHTTPHeaders: headers });
  if (storage) await context.addInitScript((entries) => Object.entries(entries).forEach(([key, value]) => localStorage.setItem(key, value)), storage);
  const page = await context.newPage();
  await mockGraphQL(page, apiResponses);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', network);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const scripts = new Map();
  cdp.on('Network.responseReceived', ({ requestId, type, response }) => {
    const encoding = Object.entries(response.headers).find(([header]) => header.toLowerCase() === 'content-encoding')?.[1] ?? 'identity';
    if (type === 'Script') scripts.set(requestId, { url: response.url, encoding, bytes: 0 });
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const script = scripts.get(requestId);
    if (script) script.bytes = encodedDataLength;
  });
  const started = Date.now();
  await page.goto(`${baseUrl}${pagePath}`, { timeout: 120_000 });
  await page.getByRole('heading', { name: heading, level: 1 }).waitFor({ timeout: 120_000 });
  const ready = Date.now() - started;
  await page.waitForLoadState('networkidle');
  const { fcp, lcp } = await page.evaluate(paintTimings);
  await context.close();
  const files = [...scripts.values()];
  return {
    name,
    files: files.length,
    kb: files.reduce((sum, file) => sum + file.bytes, 0) / 1024,
    encodings: [...new Set(files.map((f) => f.encoding))].join(','),
    fcp,
    lcp,
    ready,
  };
}

const server = await serveClient();
const baseUrl = `http://127.0.0.1:${server.address().port}`;
const browser = await launchBrowser();
try {
  const pages = [
    { name: 'sign-in', path: '/sign-in', heading: 'Sign in to Rally' },
    { name: 'home (signed in)', path: '/', storage: signedIn, heading: 'Welcome, Amara Okafor' },
    // The same sign-in page as it was sent before precompression, for comparison.
    { name: 'sign-in, uncompressed', path: '/sign-in', heading: 'Sign in to Rally', headers: { 'Accept-Encoding': 'identity' } },
  ];
  const ms = (value) => (value === null ? 'n/a' : `${Math.round(value)} ms`);
  for (const profile of PROFILES) {
    const results = [];
    for (const page of pages) results.push(await measure(browser, baseUrl, profile.network, page));
    const { latency, downloadThroughput } = profile.network;
    console.log(`\nFirst visit, empty cache, ${profile.name}: ${latency} ms RTT, ${Math.round((downloadThroughput * 8) / 1024)} kbit/s down, CPU ${CPU_SLOWDOWN}× slower\n`);
    console.table(
      results.map((r) => ({
        page: r.name,
        'JS files': r.files,
        'JS transferred': `${r.kb.toFixed(1)} KB`,
        encoding: r.encodings,
        'first paint': ms(r.fcp),
        LCP: ms(r.lcp),
        'heading shown': ms(r.ready),
        [`LCP < ${BUDGET_MS / 1000} s`]: r.lcp !== null && r.lcp < BUDGET_MS ? 'yes' : 'no',
      })),
    );
  }
} finally {
  await browser.close();
  server.close();
}
