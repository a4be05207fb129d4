import { createHmac, randomUUID } from 'node:crypto';

import { RedisPubSub } from 'graphql-redis-subscriptions';
import IORedis from 'ioredis';

import { SOCKET_EXPIRED, SOCKET_REVOKED } from '../../src/auth/socket-sessions';
import { PUB_SUB } from '../../src/common/pubsub/pubsub.module';
import { redisKey } from '../../src/common/redis/redis-keys';
import { notificationTopic } from '../../src/notifications/notifications.service';
import { Session, signUp } from '../utils/operations';
import { OpenSubscription, subscribe } from '../utils/subscriptions';
import { createTestApp, errorCode, TestApp } from '../utils/test-app';
import { waitFor } from '../utils/wait';

const ME = '{ me { id } }';
const SIGN_OUT = 'mutation($t: String!) { signOut(refreshToken: $t) }';
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { accessToken refreshToken user { id } } }';
const SECRET = 'sessions-test-secret-long-enough-for-hs256-0123456789';

describe('ending a session ends its access tokens and subscriptions', () => {
  let t: TestApp;
  let other: TestApp;
  let redis: IORedis;
  const open: OpenSubscription[] = [];

  const notify = (app: TestApp, userId: string, title: string) =>
    app.app.get<RedisPubSub>(PUB_SUB).publish(notificationTopic(userId), { notificationAdded: { id: randomUUID(), userId, kind: 'MATCH_ACCEPTED', title, createdAt: new Date() } });
  const listen = async (app: TestApp, s: Session) => {
    const sub = await subscribe(app, s.token);
    open.push(sub);
    return sub;
  };
  // Late pings from ready() may still arrive; only the notification sent after the revocation counts.
  const heardAfter = (sub: OpenSubscription) => sub.received.filter((d) => (d as { notificationAdded?: { title?: string } }).notificationAdded?.title === 'after').length;
  /** Subscribing completes asynchronously on the server: ping the user until every socket has heard one. */
  const ready = (userId: string, subs: OpenSubscription[]) =>
    waitFor('every socket to hear a ping', async () => {
      await notify(t, userId, 'ping');
      return subs.every((sub) => sub.received.length > 0);
    });
  const secondSession = async (email: string, password: string): Promise<Session> => {
    const res = await t.gql<{ signIn: { accessToken: string; refreshToken: string; user: { id: string } } }>(SIGN_IN, { input: { email, password } });
    return { token: res.data!.signIn.accessToken, refreshToken: res.data!.signIn.refreshToken, userId: res.data!.signIn.user.id };
  };

  beforeAll(async () => {
    t = await createTestApp({ JWT_SECRET: SECRET });
    // A second API process: same database, same Redis prefix, same secret.
    other = await createTestApp({ JWT_SECRET: SECRET, DATABASE_URL: t.config.DATABASE_URL as string, QUEUE_PREFIX: t.config.QUEUE_PREFIX });
    redis = new IORedis(t.config.REDIS_URL);
  });
  afterAll(async () => {
    await Promise.all(open.map((s) => s.dispose()));
    redis.disconnect();
    await other.close();
    await t.close();
  });

  it('signing out refuses that session’s access token at once, and only that session’s', async () => {
    const a = await signUp(t, { email: 'sora@example.org', password: 'sora sings at night' });
    const b = await secondSession('sora@example.org', 'sora sings at night');
    expect((await t.gql(ME, {}, a.token)).errors).toBeUndefined();
    expect((await t.gql(SIGN_OUT, { t: a.refreshToken })).data).toEqual({ signOut: true });
    expect(errorCode(await t.gql(ME, {}, a.token))).toBe('UNAUTHENTICATED');
    expect(errorCode(await other.gql(ME, {}, a.token))).toBe('UNAUTHENTICATED');
    expect((await t.gql(ME, {}, b.token)).errors).toBeUndefined();
  });

  it('signing out closes that session’s sockets on every API process with 4403, and stops delivery', async () => {
    const a = await signUp(t, { email: 'riku@example.org', password: 'riku rides trains' });
    const b = await secondSession('riku@example.org', 'riku rides trains');
    const here = await listen(t, a);
    const there = await listen(other, a);
    const otherSession = await listen(t, b);
    await ready(a.userId, [here, there, otherSession]);

    await other.gql(SIGN_OUT, { t: a.refreshToken });
    expect(await here.closed).toBe(SOCKET_REVOKED);
    expect(await there.closed).toBe(SOCKET_REVOKED);
    await notify(t, a.userId, 'after');
    await waitFor('the live session to hear the notification', async () => heardAfter(otherSession) === 1);
    expect([heardAfter(here), heardAfter(there)]).toEqual([0, 0]);
  });

  it('stops delivery to a revoked session even when the close message was missed', async () => {
    const a = await signUp(t, { email: 'nao@example.org', password: 'nao knits warm scarves' });
    const b = await secondSession('nao@example.org', 'nao knits warm scarves');
    const revoked = await listen(t, a);
    const live = await listen(t, b);
    await ready(a.userId, [revoked, live]);
    // Revoked in Redis only, as if this process had been deaf to the revocation channel.
    const { sid } = JSON.parse(Buffer.from(a.token.split('.')[1], 'base64url').toString()) as { sid: string };
    await redis.set(redisKey(t.config, 'auth', 'revoked-session', sid), '1', 'EX', 60);
    await notify(t, a.userId, 'after');
    await waitFor('the live session to hear the notification', async () => heardAfter(live) === 1);
    expect(heardAfter(revoked)).toBe(0);
  });

  it('a revoked token cannot open a socket', async () => {
    const a = await signUp(t, { email: 'mio@example.org', password: 'mio paints rivers' });
    await t.gql(SIGN_OUT, { t: a.refreshToken });
    const sub = await subscribe(t, a.token);
    open.push(sub);
    expect(await sub.closed).toBe(4403);
  });

  it('a password change closes every socket of the user', async () => {
    const a = await signUp(t, { email: 'ren@example.org', password: 'ren climbs mountains' });
    const b = await secondSession('ren@example.org', 'ren climbs mountains');
    const first = await listen(t, a);
    const second = await listen(other, b);
    await ready(a.userId, [first, second]);
    const changed = await t.gql(
      `mutation { changePassword(input: { currentPassword: "ren climbs mountains", newPassword: "ren sails the oceans" }) { accessToken } }`,
      {},
      a.token,
    );
    expect(changed.errors).toBeUndefined();
    expect(await first.closed).toBe(SOCKET_REVOKED);
    expect(await second.closed).toBe(SOCKET_REVOKED);
  });

  it('a socket closes with 4401 when its access token expires', async () => {
    const a = await signUp(t, { email: 'yui@example.org', password: 'yui reads old maps' });
    const now = Math.floor(Date.now() / 1000);
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const body = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub: a.userId, sid: randomUUID(), iat: now, exp: now + 2 })}`;
    const shortLived = `${body}.${createHmac('sha256', SECRET).update(body).digest('base64url')}`;
    const sub = await subscribe(t, shortLived);
    open.push(sub);
    expect(await sub.closed).toBe(SOCKET_EXPIRED);
  });
});
