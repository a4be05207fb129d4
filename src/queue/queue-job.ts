import { Job, JobsOptions } from 'bullmq';

import { QueueName } from './queue-names';

/**
 * A job: an injectable class named `<Verb><Noun>Job` whose class name is its name on the queue,
 * with a typed `<Verb><Noun>JobData`. Processors stay thin and hand each job to its class.
 */
export interface QueueJob<TData> {
  handle(data: TData, job: Job<TData>): Promise<unknown>;
}

/** What QueueService needs to know about a job class: its name, its queue and its retry policy. */
export interface QueueJobType<TData> {
  readonly name: string;
  readonly queue: QueueName;
  readonly options?: JobsOptions;
  prototype: QueueJob<TData>;
}

/** Every email job retries alike: a mail server may be down for a while, and sent mail is kept a week. */
export const EMAIL_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 30_000 },
  removeOnComplete: { age: 7 * 86400 },
  removeOnFail: { age: 30 * 86400 },
};
