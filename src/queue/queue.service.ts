import { getQueueToken } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { JobsOptions, Queue, RepeatOptions } from 'bullmq';

import { QueueJobType } from './queue-job';
import { QueueName } from './queue-names';

/** Every job added at the same id is the same work: adding it again while it is known changes nothing. */
export interface AddJobOptions extends Omit<JobsOptions, 'jobId'> {
  jobId: string;
}

/** The one way work reaches a queue: jobs by class, with deterministic ids. */
@Injectable()
export class QueueService {
  constructor(private readonly moduleRef: ModuleRef) {}

  async add<TData>(job: QueueJobType<TData>, data: TData, options: AddJobOptions): Promise<void> {
    await this.queue(job.queue).add(job.name, data, { ...job.options, ...options });
  }

  async addBulk<TData>(job: QueueJobType<TData>, entries: { data: TData; jobId: string }[]): Promise<void> {
    if (entries.length === 0) return;
    await this.queue(job.queue).addBulk(entries.map(({ data, jobId }) => ({ name: job.name, data, opts: { ...job.options, jobId } })));
  }

  /** Idempotent: every worker calls it at start, and the queue keeps one scheduler per id. */
  async schedule<TData>(job: QueueJobType<TData>, schedulerId: string, repeat: Omit<RepeatOptions, 'key'>, data: TData): Promise<void> {
    await this.queue(job.queue).upsertJobScheduler(schedulerId, repeat, { name: job.name, data, opts: job.options });
  }

  private queue(name: QueueName): Queue {
    return this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
  }
}
