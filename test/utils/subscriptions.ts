import { Client, createClient } from 'graphql-ws';
import IORedis from 'ioredis';
import WebSocket from 'ws';

import { redisKey } from '../../src/common/redis/redis-keys';
import { notificationTopic } from '../../src/notifications/notifications.service';
import { TestApp } from './test-app';

export const NOTIFICATION_ADDED = 'subscription { notificationAdded { id kind title userId } }';

export interface OpenSubscription {
  received: unknown[];
  errors: unknown[];
  /** Resolves with the close code once the server closes the socket. */
  closed: Promise<number>;
  dispose(): Promise<void>;
}

/** The HTTP port of the test app, listening on a random one first if needed. */
export async function portOf(t: TestApp): Promise<number> {
  const server = t.app.getHttpServer();
  if (!server.listening) await t.app.listen(0, '127.0.0.1');
  return (server.address() as { port: number }).port;
}

/** A real graphql-ws socket subscribed to `query` as the holder of `token`. */
export async function subscribe(t: TestApp, token: string, query = NOTIFICATION_ADDED): Promise<OpenSubscription> {
  const port = await portOf(t);
  let onClosed: (code: number) => void = () => undefined;
  const closed = new Promise<number>((resolve) => (onClosed = resolve));
  const client: Client = createClient({
    url: `ws://127.0.0.1:${port}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    lazy: false,
    retryAttempts: 0,
    // Refused and closed sockets are what these tests look for, not errors to print.
    onNonLazyError: () => undefined,
    on: { closed: (event) => onClosed((event as { code: number }).code) },
  });
  const received: unknown[] = [];
  const errors: unknown[] = [];
  const unsubscribe = client.subscribe({ query }, { next: (v) => void received.push(v.data), error: (e) => void errors.push(e), complete: () => undefined });
  return {
    received,
    errors,
    closed,
    async dispose() {
      unsubscribe();
      await client.dispose();
    },
  };
}

/** How many Redis connections listen on `channel` (across every process). */
export async function listeners(redis: IORedis, channel: string): Promise<number> {
  const [, count] = (await redis.pubsub('NUMSUB', channel)) as [string, number];
  return count;
}

/** The notification channel of a user, as one install names it in Redis. */
export const notificationChannel = (t: TestApp, userId: string) => redisKey(t.config, 'pubsub', notificationTopic(userId));
