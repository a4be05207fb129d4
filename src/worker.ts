import 'reflect-metadata';

import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';

import { prepareAppDatabase } from './launcher/prepare-app-database';
import { WorkerModule } from './worker.module';

/** `node dist/src/worker.js`: runs the BullMQ processors; SIGTERM lets running jobs finish. */
async function bootstrap(): Promise<void> {
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  // A worker may start first (or alone, after an upgrade): it must not run jobs against an old schema or an empty taxonomy.
  await prepareAppDatabase(app.get(DataSource));
  // Exit 0 once running jobs have drained, instead of re-raising the signal.
  app.enableShutdownHooks(['SIGTERM', 'SIGINT'], { useProcessExit: true });
  app.get(Logger).log('Rally worker started');
}

void bootstrap();
