import { randomBytes, randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';

import { JwtService } from '@nestjs/jwt';

import { ask, drive, LoadResult } from './load';
import { ACCEPT_MATCH, body, CURATION_BOARD, IMPACT_REPORT, LOG_HOURS, MY_MATCHES, NEED_WITH_PROPOSALS, NEEDS_PAGE, TYPENAME } from './operations';
import { startRally, startReference } from './servers';
import { BenchWorld, clearHours, createWorld, databaseUrl, describeWorld, resetOffers } from './world';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const demo = process.argv.includes('--demo');
const size = demo ? null : { volunteers: env('BENCH_VOLUNTEERS', 100_000), needs: env('BENCH_NEEDS', 20_000), roles: env('BENCH_ROLES', 60_000) };
const adminUrl = process.env.BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dbName = demo ? 'rally_bench_demo' : 'rally_bench_large';
const duration = env('BENCH_DURATION', 10);
const connectionCounts = (process.env.BENCH_CONNECTIONS ?? '10,50').split(',').map(Number);
// BENCH_ONLY=needs measures the needs page alone, for profiling.
const only = process.env.BENCH_ONLY;

interface Row {
  path: string;
  server: string;
  connections: number;
  result: LoadResult;
}

async function main(): Promise<void> {
  const started = Date.now();
  const world = process.env.BENCH_REUSE ? await describeWorld(databaseUrl(adminUrl, dbName)) : await createWorld(adminUrl, dbName, size);
  console.log(`world ${demo ? 'demo' : JSON.stringify(size)} ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const secret = randomBytes(32).toString('hex');
  const jwt = new JwtService({ secret });
  const tokenOf = (userId: string) => jwt.sign({ sub: userId, sid: randomUUID() }, { expiresIn: 3600, algorithm: 'HS256' });
  const volunteer = tokenOf(world.volunteerUserId);
  const curator = tokenOf(world.curatorUserId);
  const rally = await startRally(world.url, secret, 3900 + (process.pid % 50), `/tmp/rally-bench-api-${process.pid}.log`);
  const reference = await startReference(world.url, secret, 3950 + (process.pid % 50));
  try {
    const [mine, theirs] = await Promise.all([ask(rally.url, volunteer, body(NEEDS_PAGE)), ask(reference.url, volunteer, body(NEEDS_PAGE))]);
    if (!isDeepStrictEqual(mine, theirs)) throw new Error('Rally and the reference answer the needs page differently; the comparison would be unfair.');
    const rows: Row[] = [];
    for (const connections of connectionCounts) {
      const run = async (path: string, server: string, url: string, token: string, requestBody: string) => {
        await ask(url, token, requestBody);
        rows.push({ path, server, connections, result: await drive({ url, token, connections, duration, body: requestBody }) });
        console.log(format(rows.at(-1) as Row));
      };
      await run('needs page', 'reference', reference.url, volunteer, body(NEEDS_PAGE));
      await run('needs page', 'rally', rally.url, volunteer, body(NEEDS_PAGE));
      await run('__typename', 'reference', reference.url, volunteer, body(TYPENAME));
      await run('__typename', 'rally', rally.url, volunteer, body(TYPENAME));
      if (only === 'needs') continue;
      await run('need + proposals', 'rally', rally.url, curator, body(NEED_WITH_PROPOSALS, { id: world.needId }));
      await run('my matches', 'rally', rally.url, volunteer, body(MY_MATCHES));
      await run('curation board', 'rally', rally.url, curator, body(CURATION_BOARD));
      await run('impact report', 'rally', rally.url, curator, body(IMPACT_REPORT, { id: world.intermediaryId }));
      rows.push({ path: 'accept match', server: 'rally', connections, result: await acceptOffers(world, rally.url, volunteer, connections) });
      console.log(format(rows.at(-1) as Row));
      rows.push({ path: 'log hours', server: 'rally', connections, result: await logHours(world, rally.url, volunteer, connections) });
      console.log(format(rows.at(-1) as Row));
    }
    printTable(rows);
  } finally {
    await Promise.all([rally.stop(), reference.stop()]);
  }
}

/** Each offer can be accepted once, so the load is bounded by the offers made new for this run. */
async function acceptOffers(world: BenchWorld, url: string, token: string, connections: number): Promise<LoadResult> {
  const offers = await resetOffers(world.url);
  return drive({ url, token, connections, duration, amount: offers.length, bodies: offers.map(({ id, version }) => body(ACCEPT_MATCH, { id, version })) });
}

/** A day takes at most 24 hours, so the requests spread over ten years of past days; each run starts without logged hours. */
async function logHours(world: BenchWorld, url: string, token: string, connections: number): Promise<LoadResult> {
  await clearHours(world.url);
  const yesterday = Date.now() - DAY_MS;
  const bodies = Array.from({ length: 3650 }, (_, k) => body(LOG_HOURS, { matchId: world.activeMatchId, workedOn: new Date(yesterday - k * DAY_MS).toISOString().slice(0, 10) }));
  await ask(url, token, bodies[0]);
  return drive({ url, token, connections, duration, bodies });
}

const DAY_MS = 86_400_000;

const ms = (n: number) => `${n.toFixed(0)} ms`;

function format({ path, server, connections, result: r }: Row): string {
  return `| ${path} | ${server} | ${connections} | ${r.rps.toFixed(1)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.failures} |`;
}

function printTable(rows: Row[]): void {
  console.log('\n| path | server | connections | req/s | p50 | p95 | p99 | failed |\n| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) console.log(format(row));
  for (const path of ['needs page', '__typename']) {
    for (const connections of connectionCounts) {
      const rps = (server: string) => rows.find((r) => r.path === path && r.server === server && r.connections === connections)?.result.rps ?? 0;
      console.log(`${path} at ${connections} connections: Rally/reference = ${(rps('rally') / rps('reference')).toFixed(2)}`);
    }
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
