import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';

import { UnitOfWork } from '../common/database/unit-of-work';
import { AppConfig } from '../config/app-config';
import { QueueService } from '../queue/queue.service';
import { deterministicUuid } from './deterministic-id';
import { RunMatchingJob } from './jobs/run-matching.job';
import { MatchingRunEntity, MatchingRunStatus, MatchingScope, MatchingTrigger } from './matching-run.entity';

export interface RunRequest {
  scope: MatchingScope;
  scopeId: string | null;
  trigger: MatchingTrigger;
  requestedById: string | null;
  parameters?: Record<string, unknown>;
}

/** Creates MatchingRun rows and queues them; every trigger (events, curators, the scheduler) comes through here. */
@Injectable()
export class MatchingRunLauncher {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: QueueService,
    private readonly config: AppConfig,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  /**
   * Joins a run of the same scope that has not started yet instead of queueing a second one: it
   * will load the data after this request's change anyway. The lock makes two requests at once agree.
   */
  async launch(request: RunRequest): Promise<MatchingRunEntity> {
    const run = await this.unitOfWork.run(async ({ manager: m }) => {
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`rally:matching-run:${request.scope}:${request.scopeId ?? ''}`]);
      const waiting = await m.findOne(MatchingRunEntity, {
        where: { scope: request.scope, scopeId: request.scopeId ?? IsNull(), status: MatchingRunStatus.QUEUED, attempts: 0 },
        order: { createdAt: 'ASC' },
      });
      return waiting ?? m.save(m.create(MatchingRunEntity, this.newRun(request)));
    });
    await this.enqueue(run.id);
    return run;
  }

  /**
   * The run named by `key`: created and queued by the first call, a no-op for every later one
   * (the row insert is ON CONFLICT DO NOTHING and the job id is the run id). `delayMs` lets a
   * debounced trigger run after its window closes, so it sees every change made within it.
   */
  async launchOnce(key: string, request: RunRequest, delayMs = 0): Promise<MatchingRunEntity> {
    const id = deterministicUuid(`matching-run:${key}`);
    const run = this.newRun(request);
    await this.dataSource.query(
      `INSERT INTO matching_run (id, scope, scope_id, trigger, requested_by_id, parameters) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING`,
      [id, run.scope, run.scopeId, run.trigger, run.requestedById, JSON.stringify(run.parameters)],
    );
    await this.enqueue(id, delayMs);
    return this.dataSource.getRepository(MatchingRunEntity).findOneByOrFail({ id });
  }

  /** Job id = run id: adding a run that is already queued, running or recently done changes nothing. */
  private async enqueue(runId: string, delay = 0): Promise<void> {
    await this.queue.add(RunMatchingJob, { runId }, { jobId: runId, delay });
  }

  private newRun(request: RunRequest): Pick<MatchingRunEntity, 'scope' | 'scopeId' | 'trigger' | 'requestedById' | 'status' | 'parameters'> {
    return {
      scope: request.scope,
      scopeId: request.scopeId,
      trigger: request.trigger,
      requestedById: request.requestedById,
      status: MatchingRunStatus.QUEUED,
      parameters: { topK: this.config.MATCHING_TOP_K, ...request.parameters },
    };
  }
}
