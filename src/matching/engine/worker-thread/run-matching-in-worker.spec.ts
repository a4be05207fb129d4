import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

import { generateMatchingWorld } from '../bench/matching-world.generator';
import { runMatching } from '../match-engine';
import { compiledEngineDir } from '../testing/engine-build';
import type { MatchingResult } from '../types';
import { canUseWorker, runMatchingInWorker } from './run-matching-in-worker';

const withoutTimings = (result: MatchingResult): unknown => ({ ...result, stats: { ...result.stats, timings: null } });

describe('runMatchingInWorker', () => {
  const world = generateMatchingWorld({ seed: 9, candidates: 400, roles: 80 });

  it('runs inline when loaded from TypeScript source, with the same result', async () => {
    expect(canUseWorker()).toBe(false);
    expect(withoutTimings(await runMatchingInWorker(world))).toEqual(withoutTimings(runMatching(world)));
  });

  it('runs on a worker thread from the compiled build, keeping the event loop free', () => {
    const engine = compiledEngineDir();
    const script = `
      const { runMatchingInWorker, canUseWorker } = require(${JSON.stringify(join(engine, 'worker-thread', 'run-matching-in-worker.js'))});
      const { runMatching } = require(${JSON.stringify(join(engine, 'match-engine.js'))});
      const { generateMatchingWorld } = require(${JSON.stringify(join(engine, 'bench', 'matching-world.generator.js'))});
      const strip = (r) => JSON.stringify({ ...r, stats: { ...r.stats, timings: null } });
      const world = generateMatchingWorld({ seed: 9, candidates: 20000, roles: 4000 });
      let ticks = 0;
      const timer = setInterval(() => ticks++, 5);
      runMatchingInWorker(world).then((result) => {
        clearInterval(timer);
        const broken = runMatchingInWorker({ ...world, roles: [world.roles[0], world.roles[0]] }).then(() => 'resolved', (e) => e.name + ': ' + e.message);
        return broken.then((error) => console.log(JSON.stringify({ canUseWorker: canUseWorker(), ticks, same: strip(result) === strip(runMatching(world)), error })));
      });
    `;
    const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(child.stderr).toBe('');
    const report = JSON.parse(child.stdout) as { canUseWorker: boolean; ticks: number; same: boolean; error: string };
    expect(report).toMatchObject({ canUseWorker: true, same: true });
    expect(report.ticks).toBeGreaterThan(5);
    expect(report.error).toMatch(/^MatchingInputError: matching input: roles\[1\] .*duplicate id/);
  }, 120_000);
});
