import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import IORedis from 'ioredis';

import { AppConfig } from '../../config/app-config';
import { closeRedis, createRedis } from './redis';

export const REDIS = Symbol('REDIS');
/**
 * For commands a request waits on (session checks, rate limits): while Redis is down they fail
 * after one reconnect attempt instead of holding the request forever, as queue commands may.
 */
export const REQUEST_REDIS = Symbol('REQUEST_REDIS');

/** The process's shared Redis connections; closed when the app stops. */
@Global()
@Module({
  providers: [
    { provide: REDIS, inject: [AppConfig], useFactory: (config: AppConfig) => createRedis(config.REDIS_URL, 'queues') },
    { provide: REQUEST_REDIS, inject: [AppConfig], useFactory: (config: AppConfig) => createRedis(config.REDIS_URL, 'sessions and rate limits', { maxRetriesPerRequest: 1 }) },
  ],
  exports: [REDIS, REQUEST_REDIS],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(
    @Inject(REDIS) private readonly redis: IORedis,
    @Inject(REQUEST_REDIS) private readonly requestRedis: IORedis,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([closeRedis(this.redis), closeRedis(this.requestRedis)]);
  }
}
