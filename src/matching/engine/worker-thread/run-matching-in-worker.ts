import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

import { runMatching } from '../match-engine';
import type { MatchingInput, MatchingResult } from '../types';
import type { MatchingWorkerReply } from './matching-worker.types';

const WORKER_FILE = join(__dirname, 'matching.worker.js');

/**
 * runMatching on a worker thread, so the caller's event loop keeps serving while a big run
 * solves. Only copying the input to the worker (structured clone) happens on the caller's thread.
 * When this module runs from its TypeScript source (Jest with @swc/jest, ts-node) there is no
 * compiled worker beside it, and a Worker cannot load .ts; then the run happens inline after the
 * current tick. The compiled build always uses the worker.
 */
export function runMatchingInWorker(input: MatchingInput): Promise<MatchingResult> {
  if (!canUseWorker()) return Promise.resolve().then(() => runMatching(input));
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_FILE, { workerData: input });
    let settled = false;
    worker.once('message', (reply: MatchingWorkerReply) => {
      settled = true;
      if (reply.ok) resolve(reply.result);
      else reject(Object.assign(new Error(reply.message), { name: reply.name }));
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`matching worker exited with code ${code} before replying`));
    });
  });
}

export function canUseWorker(): boolean {
  return !__filename.endsWith('.ts') && existsSync(WORKER_FILE);
}
