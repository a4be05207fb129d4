import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { PubSubRedisOptions, RedisPubSub } from 'graphql-redis-subscriptions';
import IORedis from 'ioredis';

import { AppConfig } from '../../config/app-config';
import { closeRedis, createRedis } from '../redis/redis';
import { redisKey } from '../redis/redis-keys';

export const PUB_SUB = Symbol('PUB_SUB');

/**
 * Channels carry the install's prefix on both ends, so installs sharing a Redis never hear each
 * other (the library's triggerTransform applies to subscribing only).
 */
export class PrefixedRedisPubSub extends RedisPubSub {
  constructor(
    private readonly prefix: (channel: string) => string,
    options: PubSubRedisOptions,
  ) {
    super(options);
  }

  override publish<T>(trigger: string, payload: T): Promise<void> {
    return super.publish(this.prefix(trigger), payload);
  }

  override subscribe<T>(trigger: string, onMessage: (message: T) => void, options?: unknown): Promise<number> {
    return super.subscribe(this.prefix(trigger), onMessage, options);
  }
}

/** Subscriptions fan out through Redis, so any API process can serve any subscriber. */
@Global()
@Module({
  providers: [
    {
      provide: PUB_SUB,
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        new PrefixedRedisPubSub((channel) => redisKey(config, 'pubsub', channel), {
          publisher: createRedis(config.REDIS_URL, 'subscriptions'),
          subscriber: createRedis(config.REDIS_URL, 'subscriptions'),
          connectionListener: () => undefined,
        }),
    },
  ],
  exports: [PUB_SUB],
})
export class PubSubModule implements OnApplicationShutdown {
  constructor(@Inject(PUB_SUB) private readonly pubSub: RedisPubSub) {}

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([this.pubSub.getPublisher(), this.pubSub.getSubscriber()].map((r) => closeRedis(r as IORedis)));
  }
}
