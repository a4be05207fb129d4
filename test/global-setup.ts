import 'reflect-metadata';

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { startEmbeddedDatabase } from '../src/database/embedded-database';
import { migrationOptions } from '../src/database/migration-options';

const LOCAL = 'postgres://postgres@127.0.0.1:5432/postgres';

async function reachable(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

async function serverUrl(): Promise<string> {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  if (await reachable(LOCAL)) return LOCAL;
  const dir = mkdtempSync(join(tmpdir(), 'rally-test-pg-'));
  const embedded = await startEmbeddedDatabase(dir, 54339);
  (globalThis as { rallyEmbedded?: typeof embedded }).rallyEmbedded = embedded;
  return embedded.url;
}

/** Once per test run: a template database with every migration, which each test file copies. */
export default async function globalSetup(): Promise<void> {
  const admin = await serverUrl();
  const template = `rally_tpl_${process.pid}`;
  const client = new Client({ connectionString: admin });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
  await client.query(`CREATE DATABASE "${template}"`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${template}`;
  const dataSource = await new DataSource(migrationOptions(url.toString())).initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
  process.env.RALLY_TEST_ADMIN_URL = admin;
  process.env.RALLY_TEST_TEMPLATE = template;
}
