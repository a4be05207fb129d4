import { randomUUID } from 'node:crypto';

import { RedisPubSub } from 'graphql-redis-subscriptions';
import IORedis from 'ioredis';

import { PUB_SUB } from '../../src/common/pubsub/pubsub.module';
import { notificationTopic } from '../../src/notifications/notifications.service';
import { signUp } from '../utils/operations';
import { listeners, notificationChannel, OpenSubscription, subscribe } from '../utils/subscriptions';
import { createTestApp, TestApp } from '../utils/test-app';
import { waitFor } from '../utils/wait';

/**
 * Two installs on one Redis, each with its own prefix, where the same user id exists in both (as
 * the demo world's ids do): neither may hear the other's notifications.
 */
describe('installs sharing a Redis', () => {
  let mine: TestApp;
  let theirs: TestApp;
  let redis: IORedis;
  let sub: OpenSubscription;
  const notify = (app: TestApp, userId: string, title: string) =>
    app.app.get<RedisPubSub>(PUB_SUB).publish(notificationTopic(userId), { notificationAdded: { id: randomUUID(), userId, kind: 'MATCH_ACCEPTED', title, createdAt: new Date() } });

  beforeAll(async () => {
    const prefix = `rally-prefix-${randomUUID()}`;
    mine = await createTestApp({ REDIS_PREFIX: `${prefix}-mine` });
    theirs = await createTestApp({ REDIS_PREFIX: `${prefix}-theirs`, DATABASE_URL: mine.config.DATABASE_URL as string });
    redis = new IORedis(mine.config.REDIS_URL);
  });
  afterAll(async () => {
    await sub?.dispose();
    redis.disconnect();
    await theirs.close();
    await mine.close();
  });

  it('delivers a notification only within the install that published it', async () => {
    const person = await signUp(mine);
    sub = await subscribe(mine, person.token);
    await waitFor('the subscription to reach Redis', async () => (await listeners(redis, notificationChannel(mine, person.userId))) > 0);
    // Nothing listens under the other prefix, nor on the bare channel name of before.
    expect(await listeners(redis, notificationChannel(theirs, person.userId))).toBe(0);
    expect(await listeners(redis, notificationTopic(person.userId))).toBe(0);

    await notify(theirs, person.userId, 'from the other install');
    await waitFor('the subscription to reach Redis', async () => {
      await notify(mine, person.userId, 'from this install');
      return sub.received.length > 0;
    });
    const titles = sub.received.map((r) => (r as { notificationAdded: { title: string } }).notificationAdded.title);
    expect(new Set(titles)).toEqual(new Set(['from this install']));
  });

  it('keeps every key of the queues and rate limits under the prefix', async () => {
    await mine.gql(`mutation { signIn(input: { email: "nobody@example.org", password: "not the password" }) { accessToken } }`);
    const keys = await redis.keys(`*${mine.config.redisPrefix}*`);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((k) => !k.startsWith(`${mine.config.redisPrefix}:`))).toEqual([]);
  });
});
