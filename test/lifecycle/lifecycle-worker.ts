import { Module, Type } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';

import { DomainEventsModule } from '../../src/common/events/domain-events';
import { PubSubModule } from '../../src/common/pubsub/pubsub.module';
import { AppConfig } from '../../src/config/app-config';
import { ConfigModule } from '../../src/config/config.module';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { QueueModule } from '../../src/queue/queue.module';
import { TestApp } from '../utils/test-app';

/**
 * A worker process for one test file, as src/worker.module.ts builds it but with only the given
 * processor modules, on the test app's database and queue prefix.
 */
export async function startWorker(t: TestApp, processors: Type[]): Promise<TestingModule> {
  @Module({
    imports: [
      ConfigModule,
      TypeOrmModule.forRootAsync({ inject: [AppConfig], useFactory: (config: AppConfig) => dataSourceOptions(config.DATABASE_URL as string) }),
      DomainEventsModule,
      PubSubModule,
      QueueModule,
      ...processors,
    ],
  })
  class TestWorkerModule {}
  const ref = await Test.createTestingModule({ imports: [TestWorkerModule] })
    .overrideProvider(AppConfig)
    .useValue(t.config)
    .compile();
  ref.useLogger(false);
  await ref.init();
  return ref;
}
