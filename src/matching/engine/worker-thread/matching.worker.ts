import { parentPort, workerData } from 'node:worker_threads';

import { runMatching } from '../match-engine';
import type { MatchingInput } from '../types';
import type { MatchingWorkerReply } from './matching-worker.types';

function reply(): MatchingWorkerReply {
  try {
    return { ok: true, result: runMatching(workerData as MatchingInput) };
  } catch (error) {
    return { ok: false, name: (error as Error).name, message: (error as Error).message };
  }
}

parentPort?.postMessage(reply());
