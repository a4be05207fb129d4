import { Inject, Injectable } from '@nestjs/common';
import { RedisPubSub } from 'graphql-redis-subscriptions';

import { PUB_SUB } from '../common/pubsub/pubsub.module';
import { MatchingRunEntity, MatchingRunStatus } from './matching-run.entity';

const DATE_FIELDS = ['startedAt', 'finishedAt', 'createdAt', 'updatedAt'] as const;
const FINISHED: readonly MatchingRunStatus[] = [MatchingRunStatus.SUCCEEDED, MatchingRunStatus.FAILED];

function isFinished(run: Pick<MatchingRunEntity, 'status'>): boolean {
  return FINISHED.includes(run.status);
}

function progressChannel(runId: string): string {
  return `matching-run-progress.${runId}`;
}

/**
 * Run progress through Redis pub/sub: the worker publishes, any API process relays it to its own
 * subscribers. Messages are JSON, so dates arrive as strings and are revived here.
 */
@Injectable()
export class MatchingProgressPublisher {
  constructor(@Inject(PUB_SUB) private readonly pubSub: RedisPubSub) {}

  async publish(run: MatchingRunEntity): Promise<void> {
    await this.pubSub.publish(progressChannel(run.id), run);
  }

  /**
   * The run as it is now, then each published change until it finishes. The channel is subscribed
   * before `current` is read, so nothing between the two is lost; older messages are skipped.
   * Hand-written rather than a generator so that return() (the client left) ends a pending wait.
   */
  follow(runId: string, current: () => Promise<MatchingRunEntity>): AsyncIterableIterator<MatchingRunEntity> {
    const buffered: MatchingRunEntity[] = [];
    let wake: (() => void) | null = null;
    let closed = false;
    let last: MatchingRunEntity | null = null;
    const subscription = this.pubSub.subscribe(progressChannel(runId), (message: Record<string, unknown>) => {
      buffered.push(revive(message));
      wake?.();
    });
    const close = async (): Promise<IteratorResult<MatchingRunEntity>> => {
      if (!closed) {
        closed = true;
        wake?.();
        this.pubSub.unsubscribe(await subscription);
      }
      return { done: true, value: undefined };
    };
    const next = async (): Promise<IteratorResult<MatchingRunEntity>> => {
      if (closed || (last && isFinished(last))) return close();
      if (!last) {
        await subscription;
        last = await current();
        return { done: false, value: last };
      }
      while (!closed) {
        const run = buffered.shift();
        if (!run) {
          await new Promise<void>((resolve) => (wake = resolve));
          wake = null;
        } else if (run.updatedAt >= last.updatedAt) {
          last = run;
          return { done: false, value: run };
        }
      }
      return close();
    };
    return {
      next,
      return: close,
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }
}

function revive(message: Record<string, unknown>): MatchingRunEntity {
  const run = Object.assign(new MatchingRunEntity(), message);
  for (const field of DATE_FIELDS) {
    const value = message[field];
    (run as unknown as Record<string, Date | null>)[field] = typeof value === 'string' ? new Date(value) : null;
  }
  return run;
}
