import { Logger } from '@nestjs/common';
import IORedis, { RedisOptions } from 'ioredis';

const warned = new Set<string>();

/**
 * A Redis connection that says once, in one line, when Redis is down and how to start it,
 * instead of a stack trace per reconnect attempt.
 */
export function createRedis(url: string, purpose: string, extra: RedisOptions = {}): IORedis {
  const redis = new IORedis(url, { maxRetriesPerRequest: null, lazyConnect: false, ...extra });
  redis.on('error', (err: NodeJS.ErrnoException) => {
    if (warned.has(url)) return;
    warned.add(url);
    new Logger('Redis').error(`Redis is not reachable at ${url} (${err.code ?? err.message}) for ${purpose}; start one with "redis-server --daemonize yes" or set REDIS_URL.`);
  });
  redis.on('ready', () => warned.delete(url));
  return redis;
}

/** Closes politely when connected; when Redis is down, QUIT would wait for a reconnect forever. */
export async function closeRedis(redis: IORedis): Promise<void> {
  if (redis.status === 'ready') {
    await redis.quit().catch(() => redis.disconnect());
  } else {
    redis.disconnect();
  }
}
