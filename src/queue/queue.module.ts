import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import IORedis from 'ioredis';

import { REDIS, RedisModule } from '../common/redis/redis.module';
import { AppConfig } from '../config/app-config';
import { QueueService } from './queue.service';
import { QueueName } from './queue-names';

const QUEUES = Object.values(QueueName).map((name) => BullModule.registerQueue({ name }));

/** BullMQ's connection and every queue; the prefix keeps dev servers and test runs from taking each other's jobs. */
@Global()
@Module({
  imports: [
    RedisModule,
    BullModule.forRootAsync({
      imports: [RedisModule],
      inject: [AppConfig, REDIS],
      useFactory: (config: AppConfig, connection: IORedis) => ({ prefix: config.redisPrefix, connection }),
    }),
    ...QUEUES,
  ],
  providers: [QueueService],
  exports: [RedisModule, QueueService, ...QUEUES],
})
export class QueueModule {}
