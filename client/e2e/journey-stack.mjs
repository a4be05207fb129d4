import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { after, before } from 'node:test';

import { ARTIFACTS_DIR, buildClient, launchBrowser } from './harness.mjs';
import { JourneyRun } from './journey-run.mjs';
import { buildRoot, startStack } from './real-stack.mjs';

/**
 * The real stack and a browser for one journey file: built and started before its tests, stopped
 * after them and on Ctrl-C. Each run goes through `run`, and `report` prints the runs at the end.
 */
export function useJourneyStack(prefix, { report = defaultReport(prefix) } = {}) {
  let stack;
  let browser;
  const results = [];
  const onSignal = async (signal) => {
    await stack?.stop({ fast: true }).catch(() => undefined);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };

  before(
    async () => {
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      // Screenshots of an earlier run must not pass for this one's.
      mkdirSync(ARTIFACTS_DIR, { recursive: true });
      for (const file of readdirSync(ARTIFACTS_DIR)) if (file.startsWith(`${prefix}-`) && file.endsWith('.png')) rmSync(path.join(ARTIFACTS_DIR, file));
      const started = Date.now();
      buildRoot();
      buildClient();
      console.log(`  builds: ${((Date.now() - started) / 1000).toFixed(1)} s`);
      const booted = Date.now();
      stack = await startStack();
      console.log(`  API ${stack.baseUrl} and worker up on database ${stack.database}: ${((Date.now() - booted) / 1000).toFixed(1)} s`);
      browser = await launchBrowser();
    },
    { timeout: 300_000 },
  );

  after(async () => {
    await browser?.close().catch(() => undefined);
    await stack?.stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    report(results);
  });

  return {
    /** One run of `journey` for a variant: a failure leaves its screenshots, and errors in the browser fail it. */
    async run(variant, journey) {
      const started = Date.now();
      const run = new JourneyRun(variant, { baseUrl: stack.baseUrl, browser, prefix });
      let problems;
      try {
        await journey(run);
      } catch (error) {
        await run.afterFailure();
        throw error;
      } finally {
        problems = await run.close();
        results.push({ variant: variant.name, steps: run.steps, gaps: run.gaps, seconds: (Date.now() - started) / 1000 });
      }
      assert.deepEqual(problems, [], `errors in the browser during the ${prefix} ${variant.name} run`);
    },
  };
}

const defaultReport = (prefix) => (results) => {
  for (const { variant, steps, seconds } of results) console.log(`  ${prefix} ${variant}: ${seconds.toFixed(1)} s, ${steps.length} steps`);
};
