import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import IORedis from 'ioredis';
import { REDIS, RedisModule } from '../common/redis/redis.module';
import { AppConfig } from '../config/app-config';

/** BullMQ's connection; the prefix keeps dev servers and test runs from taking each other's jobs. */
@Global()
@Module({
  imports: [
    RedisModule,
    BullModule.forRootAsync({
      imports: [RedisModule],
      inject: [AppConfig, REDIS],
      useFactory: (config: AppConfig, connection: IORedis) => ({ prefix: config.redisPrefix, connection }),
    }),
  ],
  exports: [RedisModule],
})
export class QueueModule {}
