import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { UnrecoverableError } from 'bullmq';
import { In, Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

import { runMatchingInWorker } from './engine/worker-thread/run-matching-in-worker';
import { MatchingInputLoader, MatchingScopeMissingError } from './matching-input.loader';
import { MatchingProgressPublisher } from './matching-progress.publisher';
import { MatchingRunEntity, MatchingRunStatus } from './matching-run.entity';
import { ProposalWriter } from './proposal.writer';

const PROGRESS = { LOADED: 10, SOLVED: 60, SAVED: 100 } as const;

/**
 * Executes a MatchingRun: QUEUED → RUNNING → SUCCEEDED, or FAILED once retrying cannot help.
 * A run found RUNNING (its worker died) simply runs again: loading, solving and the idempotent
 * save give the same proposals, so nothing is lost or duplicated.
 */
@Injectable()
export class MatchingRunService {
  private readonly logger = new Logger(MatchingRunService.name);

  constructor(
    @InjectRepository(MatchingRunEntity) private readonly runs: Repository<MatchingRunEntity>,
    private readonly loader: MatchingInputLoader,
    private readonly writer: ProposalWriter,
    private readonly progress: MatchingProgressPublisher,
  ) {}

  async execute(runId: string, { finalAttempt }: { finalAttempt: boolean }): Promise<void> {
    const run = await this.start(runId);
    if (!run) return;
    try {
      await this.perform(run);
    } catch (error) {
      const permanent = error instanceof MatchingScopeMissingError;
      const message = error instanceof Error ? error.message : String(error);
      await this.recordFailure(run, message, permanent || finalAttempt);
      throw permanent ? new UnrecoverableError(message) : error;
    }
  }

  /** Marks a run FAILED unless it already finished; for jobs BullMQ gave up on without running them (stalled too often). */
  async failIfUnfinished(runId: string, message: string): Promise<void> {
    const result = await this.runs.update(
      { id: runId, status: In([MatchingRunStatus.QUEUED, MatchingRunStatus.RUNNING]) },
      { status: MatchingRunStatus.FAILED, error: message, finishedAt: new Date() },
    );
    if (result.affected) await this.publish(runId);
  }

  private async perform(run: MatchingRunEntity): Promise<void> {
    let started = performance.now();
    const loaded = await this.loader.load(run);
    const loadMs = Math.round(performance.now() - started);
    await this.update(run.id, { progress: PROGRESS.LOADED, timings: { loadMs } });

    started = performance.now();
    const result = await runMatchingInWorker(loaded.input);
    const solveMs = Math.round(performance.now() - started);
    const { stats } = result;
    const counts = {
      roles: stats.roles,
      candidates: stats.candidates,
      edges: stats.edges,
      mustFillCovered: stats.mustFillCovered,
      mustFillTotal: stats.mustFillTotal,
    };
    const timings = { loadMs, solveMs, candidateMs: Math.round(stats.timings.candidateMs), assignMs: Math.round(stats.timings.solveMs) };
    await this.update(run.id, { progress: PROGRESS.SOLVED, counts, timings });

    started = performance.now();
    const saved = await this.writer.save(run.id, loaded, result, async (done, total) => {
      if (done < total) await this.update(run.id, { progress: PROGRESS.SOLVED + Math.floor(((PROGRESS.SAVED - PROGRESS.SOLVED) * done) / total) });
    });
    const saveMs = Math.round(performance.now() - started);
    await this.update(run.id, {
      status: MatchingRunStatus.SUCCEEDED,
      progress: PROGRESS.SAVED,
      counts: { ...counts, ...saved },
      timings: { ...timings, saveMs },
      error: null,
      finishedAt: new Date(),
    });
    this.logger.log(`Matching run ${run.id} (${run.scope}): ${JSON.stringify({ ...counts, ...saved })} in ${loadMs}+${solveMs}+${saveMs} ms`);
  }

  /** Claims the run; null when it is gone or already finished (a duplicate or late job). */
  private async start(runId: string): Promise<MatchingRunEntity | null> {
    const [rows] = (await this.runs.query(
      `UPDATE matching_run SET status = 'RUNNING', attempts = attempts + 1, progress = 0, error = NULL,
              started_at = COALESCE(started_at, now()), updated_at = now()
        WHERE id = $1 AND status IN ('QUEUED', 'RUNNING') RETURNING id`,
      [runId],
    )) as [{ id: string }[], number];
    if (rows.length === 0) {
      this.logger.warn(`Matching run ${runId} is missing or already finished; nothing to do.`);
      return null;
    }
    return this.publish(runId);
  }

  /** A failure that will be retried puts the run back to QUEUED with the reason, so watchers see why it waits. */
  private async recordFailure(run: MatchingRunEntity, message: string, final: boolean): Promise<void> {
    this.logger.error(`Matching run ${run.id} failed${final ? '' : ', will retry'}: ${message}`);
    await this.update(
      run.id,
      final ? { status: MatchingRunStatus.FAILED, error: message, finishedAt: new Date() } : { status: MatchingRunStatus.QUEUED, error: `Attempt failed, retrying: ${message}` },
    );
  }

  private async update(runId: string, changes: QueryDeepPartialEntity<MatchingRunEntity>): Promise<void> {
    await this.runs.update({ id: runId }, changes);
    await this.publish(runId);
  }

  private async publish(runId: string): Promise<MatchingRunEntity> {
    const run = await this.runs.findOneByOrFail({ id: runId });
    await this.progress.publish(run);
    return run;
  }
}
