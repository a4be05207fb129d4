import { INestApplicationContext, Module, Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';

import { DomainEventsModule } from '../../src/common/events/domain-events';
import { PubSubModule } from '../../src/common/pubsub/pubsub.module';
import { AppConfig } from '../../src/config/app-config';
import { ConfigModule } from '../../src/config/config.module';
import { dataSourceOptions, requireDatabaseUrl } from '../../src/database/data-source-options';
import { loggerOptions } from '../../src/logger';
import { MatchingWorkerModule } from '../../src/matching/matching-worker.module';
import { QueueModule } from '../../src/queue/queue.module';

/**
 * WorkerModule with only the matching processor: the same infrastructure, without the other
 * queues' processors, so these tests watch matching alone. The spawned-process tests run the real
 * dist/src/worker.js with every processor.
 */
@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({ inject: [AppConfig], useFactory: loggerOptions }),
    TypeOrmModule.forRootAsync({ inject: [AppConfig], useFactory: (config: AppConfig) => dataSourceOptions(requireDatabaseUrl(config)) }),
    DomainEventsModule,
    PubSubModule,
    QueueModule,
    MatchingWorkerModule,
  ],
})
class MatchingOnlyWorkerModule {}

/** A worker inside the test process, on the test app's database and queue prefix. */
export async function startWorker(config: AppConfig, withModules: Type[] = []): Promise<INestApplicationContext> {
  const moduleRef = await Test.createTestingModule({ imports: [MatchingOnlyWorkerModule, ...withModules] })
    .overrideProvider(AppConfig)
    .useValue(config)
    .compile();
  moduleRef.useLogger(false);
  await moduleRef.init();
  return moduleRef;
}
