import 'reflect-metadata';

import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request, { Response } from 'supertest';
import { DataSource } from 'typeorm';

import { AppModule } from '../../src/app.module';
import { APP_OPTIONS, configureApp } from '../../src/bootstrap';
import { AppConfig, loadConfig } from '../../src/config/app-config';
import { createTestDatabase } from './test-database';

export interface GqlResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; [k: string]: unknown } }[];
}

export interface TestApp {
  app: INestApplication;
  dataSource: DataSource;
  config: AppConfig;
  /** Sends one GraphQL operation over real HTTP, as the signed-in user of `token` if given. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>>;
  /** Posts a raw body to /graphql, for tests about the HTTP answer itself (status, malformed bodies). */
  post(body: object, token?: string): Promise<Response>;
  close(): Promise<void>;
}

/**
 * The whole API against its own fresh database and its own queue prefix, so test files never
 * see each other's rows or jobs.
 */
export async function createTestApp(env: Record<string, string> = {}, options: { clientDist?: string } = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    QUEUE_PREFIX: `rally-test-${db.name}`,
    SEED_DEMO_ON_START: 'false',
    LOG_LEVEL: 'silent',
    SIGN_IN_RATE_LIMIT_PER_MINUTE: '1000',
    ...env,
  });
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] })
    .overrideProvider(AppConfig)
    .useValue(config)
    .compile();
  const app = moduleRef.createNestApplication({ ...APP_OPTIONS, logger: false });
  configureApp(app, config, options);
  await app.init();
  const server = app.getHttpServer();
  const post = async (body: object, token?: string): Promise<Response> => {
    const req = request(server).post('/graphql').set('Content-Type', 'application/json');
    if (token) req.set('Authorization', `Bearer ${token}`);
    return req.send(body);
  };
  return {
    app,
    config,
    dataSource: app.get(DataSource),
    async gql<T>(query: string, variables: Record<string, unknown> = {}, token?: string) {
      return (await post({ query, variables }, token)).body as GqlResult<T>;
    },
    post,
    async close() {
      await app.close();
      await db.drop();
    },
  };
}

/** The error code of the first error, for terse assertions. */
export const errorCode = (result: GqlResult<unknown>) => result.errors?.[0]?.extensions?.code;

/** The input fields a BAD_USER_INPUT error names, each once, sorted. */
export const errorFields = (result: GqlResult<unknown>): string[] =>
  [...new Set(((result.errors?.[0]?.extensions?.fields as { field: string }[] | undefined) ?? []).map((f) => f.field))].sort();
