import 'reflect-metadata';

import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';

import { AppModule } from './app.module';
import { APP_OPTIONS, configureApp } from './bootstrap';
import { AppConfig, ConfigError, loadConfig } from './config/app-config';
import { prepareAppDatabase } from './launcher/prepare-app-database';

async function bootstrap(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
  if (!config.DATABASE_URL) {
    console.error('DATABASE_URL is not set: run "npm start" (it starts an embedded PostgreSQL) or set DATABASE_URL=postgres://…');
    process.exit(1);
  }
  const app = await NestFactory.create(AppModule, { ...APP_OPTIONS, bufferLogs: true });
  app.useLogger(app.get(Logger));
  configureApp(app, config);
  await prepareAppDatabase(app.get(DataSource));
  await app.listen(config.PORT);
  app.get(Logger).log(`Rally API listening on ${config.publicUrl} (GraphQL at /graphql, health at /health)`);
}

void bootstrap();
