import { Inject, Injectable } from '@nestjs/common';
import IORedis from 'ioredis';

import { AppConfig } from '../../config/app-config';
import { Clock } from '../clock';
import { REQUEST_REDIS } from './redis.module';
import { redisKey } from './redis-keys';

// Counts an attempt in the current window; the window starts with the first attempt.
const HIT = `
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return n`;

// Refuses while a backoff runs; otherwise counts the attempt as a failure up front (so that
// parallel guesses cannot all slip in before the first one fails) and, past the free failures,
// starts a backoff that doubles with each further failure up to a cap.
const BEGIN_ATTEMPT = `
local now = tonumber(ARGV[1])
local blocked = tonumber(redis.call('HGET', KEYS[1], 'until') or '0')
if blocked > now then return blocked - now end
local failures = redis.call('HINCRBY', KEYS[1], 'failures', 1)
local free, base, cap = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
if failures >= free then
  redis.call('HSET', KEYS[1], 'until', now + math.min(base * 2 ^ (failures - free), cap))
end
redis.call('PEXPIRE', KEYS[1], ARGV[5])
return 0`;

// Failures are forgotten a day after the last one.
const FAILURE_MEMORY_MS = 86_400_000;

/**
 * Attempt counters in Redis, so every API process shares them: fixed windows per caller, and
 * failure backoff per account.
 */
@Injectable()
export class RateLimiter {
  constructor(
    @Inject(REQUEST_REDIS) private readonly redis: IORedis,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** Counts one attempt; false once more than `limit` were made in the window. */
  async hit(bucket: string, limit: number, windowMs: number): Promise<boolean> {
    const count = (await this.redis.eval(HIT, 1, redisKey(this.config, 'rate', bucket), windowMs)) as number;
    return count <= limit;
  }

  /**
   * Starts an attempt against an account: the milliseconds to wait when it is backing off,
   * else 0 and the attempt counts as a failure until `succeeded` is called.
   */
  async beginAttempt(account: string): Promise<number> {
    const { SIGN_IN_FREE_FAILURES, SIGN_IN_BACKOFF_BASE_SECONDS, SIGN_IN_BACKOFF_MAX_SECONDS } = this.config;
    const args = [this.clock.now(), SIGN_IN_FREE_FAILURES, SIGN_IN_BACKOFF_BASE_SECONDS * 1000, SIGN_IN_BACKOFF_MAX_SECONDS * 1000, FAILURE_MEMORY_MS];
    return (await this.redis.eval(BEGIN_ATTEMPT, 1, this.accountKey(account), ...args)) as number;
  }

  async succeeded(account: string): Promise<void> {
    await this.redis.del(this.accountKey(account));
  }

  private accountKey(account: string): string {
    return redisKey(this.config, 'backoff', account);
  }
}
