import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import IORedis from 'ioredis';
import { closeRedis, createRedis } from '../redis/redis';
import { AppConfig } from '../../config/app-config';

export const PUB_SUB = Symbol('PUB_SUB');

/** Subscriptions fan out through Redis, so any API process can serve any subscriber. */
@Global()
@Module({
  providers: [
    {
      provide: PUB_SUB,
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        new RedisPubSub({
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
