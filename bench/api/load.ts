import autocannon from 'autocannon';

export interface LoadResult {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  failures: number;
}

export interface Load {
  url: string;
  token: string;
  connections: number;
  /** Seconds; ignored when `amount` bounds the run. */
  duration: number;
  amount?: number;
  body?: string;
  /** Bodies taken in turn, for writes that may happen once each (accepting an offer) or only so often a day (hours). */
  bodies?: string[];
}

/** autocannon reports no p95, so every response time is kept and the percentiles are read from them. */
export function drive(load: Load): Promise<LoadResult> {
  const times: number[] = [];
  let next = 0;
  const bodies = load.bodies;
  const setupRequest = bodies ? (request: { body?: string }) => ({ ...request, body: bodies[next++ % bodies.length] }) : undefined;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${load.url}/graphql`,
        connections: load.connections,
        ...(load.amount ? { amount: load.amount } : { duration: load.duration }),
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${load.token}` },
        body: load.body,
        requests: setupRequest ? [{ setupRequest }] : undefined,
      },
      (error, result) => {
        if (error) return reject(error);
        times.sort((a, b) => a - b);
        const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
        resolve({
          rps: result.requests.total / Math.max(result.duration, 0.001),
          p50: at(0.5),
          p95: at(0.95),
          p99: at(0.99),
          requests: result.requests.total,
          failures: result.errors + result.timeouts + result.non2xx,
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
}

/** One request outside the load: the bench refuses to measure a path that answers errors. */
export async function ask(url: string, token: string, body: string): Promise<unknown> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
  const json = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  if (!response.ok || json.errors?.length) throw new Error(`${response.status} ${JSON.stringify(json.errors ?? json)} for ${body.slice(0, 120)}`);
  return json.data;
}
