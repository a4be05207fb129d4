import { startReferenceServer } from './reference-server';

// Its own process, as Rally's API is, so neither shares an event loop with autocannon.
const { BENCH_DATABASE_URL, BENCH_JWT_SECRET, BENCH_PORT } = process.env;
if (!BENCH_DATABASE_URL || !BENCH_JWT_SECRET || !BENCH_PORT) throw new Error('BENCH_DATABASE_URL, BENCH_JWT_SECRET and BENCH_PORT are required');
void startReferenceServer(BENCH_DATABASE_URL, BENCH_JWT_SECRET, Number(BENCH_PORT)).then(() => process.send?.('ready'));
