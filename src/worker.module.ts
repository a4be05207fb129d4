import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';

import { DomainEventsModule } from './common/events/domain-events';
import { PubSubModule } from './common/pubsub/pubsub.module';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions, requireDatabaseUrl } from './database/data-source-options';
import { loggerOptions } from './logger';
import { QueueModule } from './queue/queue.module';
import { WORKER_MODULES } from './worker-modules';

/** The worker process: no HTTP, only the queue processors and what they need. */
@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({ inject: [AppConfig], useFactory: loggerOptions }),
    TypeOrmModule.forRootAsync({ inject: [AppConfig], useFactory: (config: AppConfig) => dataSourceOptions(requireDatabaseUrl(config)) }),
    DomainEventsModule,
    PubSubModule,
    QueueModule,
    ...WORKER_MODULES,
  ],
})
export class WorkerModule {}
