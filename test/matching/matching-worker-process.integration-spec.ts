import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { MatchingScope, MatchingTrigger } from '../../src/matching/matching-run.entity';
import { MatchingRunLauncher } from '../../src/matching/matching-run.launcher';
import { createTestApp, TestApp } from '../utils/test-app';
import { waitFor } from '../utils/wait';
import { insertBenchWorld } from './matching-bench-world';
import { runRow, waitForRun } from './matching-fixtures';

const WORKER = join(__dirname, '..', '..', 'dist', 'src', 'worker.js');
// Large enough that a run takes seconds and saves in several batches, small enough for a 2-core CI.
const WORLD = { volunteers: 20_000, needs: 2_000 };

interface WorkerProcess {
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output: () => string;
}

jest.setTimeout(240_000);

/**
 * The compiled worker (`node dist/src/worker.js`, built by `npm test` or `npx tsc -p tsconfig.build.json`)
 * as a child process: killed with SIGKILL mid-run, and stopped with SIGTERM while a run is going.
 */
describe('the worker process', () => {
  let t: TestApp;
  let intermediaryId: string;
  let reference: string[];
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    if (!existsSync(WORKER)) throw new Error(`${WORKER} is missing: build first with "npx tsc -p tsconfig.build.json" (npm test does).`);
    t = await createTestApp();
    ({ intermediaryId } = await insertBenchWorld(t.dataSource, WORLD));
  });
  afterAll(async () => {
    for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
    await t?.close();
  });

  const startWorkerProcess = (): WorkerProcess => {
    let output = '';
    const child = spawn(process.execPath, [WORKER], {
      env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: t.config.DATABASE_URL, QUEUE_PREFIX: t.config.QUEUE_PREFIX, LOG_LEVEL: 'warn', SEED_DEMO_ON_START: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    const worker = { child, exited, output: () => output };
    workers.push(worker);
    return worker;
  };
  const launch = async () =>
    (await t.app.get(MatchingRunLauncher).launch({ scope: MatchingScope.INTERMEDIARY, scopeId: intermediaryId, trigger: MatchingTrigger.CURATOR, requestedById: null })).id;
  const proposedPairs = async (): Promise<string[]> =>
    (await t.dataSource.query(`SELECT role_id || '|' || candidate_id AS pair FROM match WHERE status = 'PROPOSED' ORDER BY 1`)).map((r: { pair: string }) => r.pair);
  const openDuplicates = () =>
    t.dataSource.query(`SELECT role_id, candidate_id FROM match WHERE status IN ('PROPOSED', 'OFFERED', 'CONFIRMED', 'ACTIVE') GROUP BY 1, 2 HAVING count(*) > 1`);
  const forgetProposals = () => t.dataSource.query('TRUNCATE match CASCADE');

  it('finishes a run after its worker is killed with SIGKILL mid-save, with the same proposals as an uninterrupted run', async () => {
    const first = startWorkerProcess();
    const uninterrupted = await waitForRun(t.dataSource, await launch(), undefined, 180_000).catch((e: Error) => {
      throw new Error(`${e.message}\nworker output:\n${first.output()}`);
    });
    expect(uninterrupted.status).toBe('SUCCEEDED');
    reference = await proposedPairs();
    expect(reference.length).toBe(uninterrupted.counts.proposed);
    console.log(`uninterrupted run: counts ${JSON.stringify(uninterrupted.counts)}, timings ${JSON.stringify(uninterrupted.timings)}`);

    await forgetProposals();
    const runId = await launch();
    const midSave = await waitFor(
      'the run to be saving',
      async () => {
        const run = await runRow(t.dataSource, runId);
        return run.status === 'RUNNING' && run.progress > 60 && run.progress < 100 ? run : undefined;
      },
      180_000,
      20,
    );
    first.child.kill('SIGKILL');
    expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });
    const partial = (await proposedPairs()).length;
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(reference.length);
    expect((await runRow(t.dataSource, runId)).status).toBe('RUNNING');

    const killedAt = Date.now();
    const second = startWorkerProcess();
    const recovered = await waitForRun(t.dataSource, runId, undefined, 180_000).catch((e: Error) => {
      throw new Error(`${e.message}\nworker output:\n${second.output()}`);
    });
    console.log(`killed at progress ${midSave.progress} with ${partial}/${reference.length} proposals saved; finished ${Date.now() - killedAt} ms later`);

    expect(recovered).toMatchObject({ status: 'SUCCEEDED', progress: 100, attempts: 2, error: null });
    expect(await proposedPairs()).toEqual(reference);
    expect(await openDuplicates()).toEqual([]);
    const [events] = await t.dataSource.query(`SELECT count(*)::int AS events, count(DISTINCT match_id)::int AS matches FROM match_event WHERE action = 'PROPOSE'`);
    expect(events).toEqual({ events: reference.length, matches: reference.length });
  });

  it('drains on SIGTERM: the running job finishes before the worker exits', async () => {
    await forgetProposals();
    const worker = workers.find((w) => w.child.exitCode === null && w.child.signalCode === null) ?? startWorkerProcess();
    const runId = await launch();
    await waitFor(
      'the run to be running',
      async () => {
        const run = await runRow(t.dataSource, runId);
        return run.status === 'RUNNING' && run.progress >= 10 && run.progress < 100 ? run : undefined;
      },
      180_000,
      20,
    );

    worker.child.kill('SIGTERM');
    const exit = await worker.exited;

    const run = await runRow(t.dataSource, runId);
    expect(run).toMatchObject({ status: 'SUCCEEDED', progress: 100, attempts: 1 });
    // Nest's shutdown hooks end the process by re-raising the signal once every hook has run.
    expect([exit.code === 0, exit.signal === 'SIGTERM']).toContain(true);
    expect(await proposedPairs()).toEqual(reference);
  });
});
