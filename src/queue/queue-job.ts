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
