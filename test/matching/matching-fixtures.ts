import { DataSource } from 'typeorm';

import { waitFor } from '../utils/wait';

/** Reading what matching runs wrote; the rows they read are built with test/utils/fixtures. */

export interface OpenMatch {
  id: string;
  role_id: string;
  candidate_id: string;
  status: string;
  score: number;
  explanation: string;
}

/** Every match of the given roles, oldest first. */
export async function matchesOf(ds: DataSource, roleIds: string[]): Promise<OpenMatch[]> {
  return ds.query(`SELECT id, role_id, candidate_id, status, score, explanation FROM match WHERE role_id = ANY($1::uuid[]) ORDER BY created_at, id`, [roleIds]);
}

export interface RunRow {
  id: string;
  status: string;
  progress: number;
  error: string | null;
  attempts: number;
  counts: Record<string, number>;
  timings: Record<string, number>;
}

export async function runRow(ds: DataSource, runId: string): Promise<RunRow> {
  const [row] = await ds.query(`SELECT id, status, progress, error, attempts, counts, timings FROM matching_run WHERE id = $1`, [runId]);
  return row;
}

export function waitForRun(ds: DataSource, runId: string, statuses = ['SUCCEEDED', 'FAILED'], timeoutMs = 30_000): Promise<RunRow> {
  return waitFor(
    `run ${runId} to be ${statuses.join('/')}`,
    async () => {
      const run = await runRow(ds, runId);
      return run && statuses.includes(run.status) ? run : undefined;
    },
    timeoutMs,
  );
}
