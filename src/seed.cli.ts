import 'reflect-metadata';

import { DataSource } from 'typeorm';

import { dataSourceOptions } from './database/data-source-options';
import { prepareAppDatabase } from './launcher/prepare-app-database';
import { DEMO_SIGN_INS } from './seed/data/demo-world.data';
import { seedDemoWorld, SeedSummary } from './seed/seed.service';

/** `npm run seed`: migrate the database at DATABASE_URL, load the reference data, then the demo world. */
async function main(): Promise<number> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('DATABASE_URL is not set: set it (e.g. postgres://postgres@localhost:5432/rally) to seed that database, or run `npm start`, which seeds its embedded database.');
    return 1;
  }
  const dataSource = await new DataSource(dataSourceOptions(url)).initialize();
  try {
    await prepareAppDatabase(dataSource);
    const summary = await seedDemoWorld(dataSource);
    console.log(describe(summary));
    console.log(`Demo sign-ins (password ${DEMO_SIGN_INS[0].password}): ${DEMO_SIGN_INS.map((s) => s.email).join(', ')}`);
    return 0;
  } finally {
    await dataSource.destroy();
  }
}

function describe(summary: SeedSummary): string {
  const tables = Object.entries(summary.inserted)
    .filter(([, n]) => n > 0)
    .map(([table, n]) => `${table} ${n}`)
    .join(', ');
  const what = summary.insertedTotal === 0 ? 'nothing new to insert, already seeded' : `inserted ${summary.insertedTotal} rows (${tables})`;
  return `Demo world seeded in ${summary.durationMs} ms: ${what}.`;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
