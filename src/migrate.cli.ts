import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './database/data-source-options';
import { prepareAppDatabase } from './prepare-app-database';

/** `npm run migrate`: the migrations and the reference data for DATABASE_URL, e.g. as a one-off deploy step. */
async function main(): Promise<number> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('DATABASE_URL is not set: set it (e.g. postgres://postgres@localhost:5432/rally) to migrate that database.');
    return 1;
  }
  const dataSource = await new DataSource(dataSourceOptions(url)).initialize();
  try {
    await prepareAppDatabase(dataSource);
    console.log('Database migrated and reference data loaded.');
    return 0;
  } finally {
    await dataSource.destroy();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
