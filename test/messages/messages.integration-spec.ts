import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { getQueueToken } from '@nestjs/bullmq';
import { TestingModule } from '@nestjs/testing';
import { Queue } from 'bullmq';
import IORedis from 'ioredis';

import { REDIS } from '../../src/common/redis/redis.module';
import { redisKey } from '../../src/common/redis/redis-keys';
import { SendMessageDigestJob } from '../../src/messages/jobs/send-message-digest.job';
import { messageTopic } from '../../src/messages/messages.service';
import { MessagesWorkerModule } from '../../src/messages/messages-worker.module';
import { NotificationsWorkerModule } from '../../src/notifications/notifications-worker.module';
import { QueueName } from '../../src/queue/queue-names';
import { subscribeFirst } from '../access/access-world';
import { startWorker } from '../lifecycle/lifecycle-worker';
import { addNeed, createWorld, Person, volunteer, World } from '../lifecycle/lifecycle-world';
import { insertMatch } from '../utils/fixtures';
import { listeners, portOf, subscribe } from '../utils/subscriptions';
import { createTestApp, errorCode, TestApp } from '../utils/test-app';
import { waitFor } from '../utils/wait';

interface MessageView {
  id: string;
  body: string;
  matchId: string;
  author: { id: string; name: string; email: string | null } | null;
}

const MESSAGE = 'id body matchId createdAt author { id name email }';
const LIST = `query($id: ID!, $first: Int, $after: String) { matchMessages(matchId: $id, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ${MESSAGE} } } }`;
const POST = `mutation($id: ID!, $body: String!) { postMessage(matchId: $id, body: $body) { ${MESSAGE} } }`;
const MARK_READ = `mutation($id: ID!) { markMessagesRead(matchId: $id) }`;
const UNREAD = `{ unreadMessageCount }`;

describe('messages between the two sides of a match', () => {
  let t: TestApp;
  let w: World;
  let worker: TestingModule;
  const outbox = mkdtempSync(join(tmpdir(), 'rally-messages-outbox-'));

  beforeAll(async () => {
    t = await createTestApp({ OUTBOX_DIR: outbox });
    w = await createWorld(t);
    worker = await startWorker(t, [NotificationsWorkerModule, MessagesWorkerModule]);
  });
  afterAll(async () => {
    await worker.close();
    await t.close();
  });

  const post = (token: string | undefined, matchId: string, body: string) => t.gql<{ postMessage: MessageView }>(POST, { id: matchId, body }, token);
  const posted = async (token: string, matchId: string, body: string): Promise<MessageView> => {
    const res = await post(token, matchId, body);
    expect(res.errors).toBeUndefined();
    return (res.data as { postMessage: MessageView }).postMessage;
  };
  const list = (token: string | undefined, matchId: string, first = 20, after?: string) =>
    t.gql<{ matchMessages: { totalCount: number; pageInfo: { endCursor: string | null; hasNextPage: boolean }; nodes: MessageView[] } }>(
      LIST,
      { id: matchId, first, after },
      token,
    );
  const unread = async (p: Person) => {
    const res = await t.gql<{ unreadMessageCount: number }>(UNREAD, {}, p.token);
    expect(res.errors).toBeUndefined();
    return (res.data as { unreadMessageCount: number }).unreadMessageCount;
  };
  const emailOf = async (p: Person) => ((await t.dataSource.query('SELECT email FROM user_account WHERE id = $1', [p.userId])) as { email: string }[])[0].email;
  const rowCount = async (matchId: string) => ((await t.dataSource.query('SELECT count(*)::int AS n FROM message WHERE match_id = $1', [matchId])) as { n: number }[])[0].n;

  async function offeredMatch(kind: 'VOLUNTEER' | 'MENTOR' | 'FUNDING' = 'VOLUNTEER', candidateId = w.volunteer.profileId): Promise<string> {
    const { roleIds } = await addNeed(t, w, { title: 'Website relaunch', roles: [{ kind, title: 'Web developer' }] });
    return insertMatch(t, { roleId: roleIds[0], kind, candidateId, status: 'OFFERED' });
  }

  it('lets both sides and the curator read and post, newest last, with authors by name', async () => {
    const id = await offeredMatch();
    await posted(w.nonprofit.token, id, 'Hello Vera, welcome!');
    await posted(w.volunteer.token, id, 'Hi Nora, glad to help.');
    await posted(w.curator.token, id, 'I am here if you need me.');

    for (const p of [w.nonprofit, w.volunteer, w.curator]) {
      const res = await list(p.token, id);
      expect(res.errors).toBeUndefined();
      expect(res.data?.matchMessages.totalCount).toBe(3);
      expect(res.data?.matchMessages.nodes.map((m) => [m.author?.name, m.body])).toEqual([
        ['Nora Nonprofit', 'Hello Vera, welcome!'],
        ['Vera Volunteer', 'Hi Nora, glad to help.'],
        ['Clara Curator', 'I am here if you need me.'],
      ]);
    }
    // Emails follow the email rule: one's own, never the other side's before the match is confirmed, never to curators.
    const seenByNonprofit = (await list(w.nonprofit.token, id)).data?.matchMessages.nodes ?? [];
    expect(seenByNonprofit.map((m) => m.author?.email)).toEqual([await emailOf(w.nonprofit), null, null]);
    const seenByCurator = (await list(w.curator.token, id)).data?.matchMessages.nodes ?? [];
    expect(seenByCurator.map((m) => m.author?.email)).toEqual([null, null, await emailOf(w.curator)]);
  });

  it('pages from the newest to older messages by cursor', async () => {
    const id = await offeredMatch();
    for (const n of [1, 2, 3]) await posted(w.nonprofit.token, id, `Message ${n}`);
    const first = await list(w.volunteer.token, id, 2);
    expect(first.data?.matchMessages.nodes.map((m) => m.body)).toEqual(['Message 2', 'Message 3']);
    expect(first.data?.matchMessages.pageInfo.hasNextPage).toBe(true);
    const older = await list(w.volunteer.token, id, 2, first.data?.matchMessages.pageInfo.endCursor ?? undefined);
    expect(older.data?.matchMessages.nodes.map((m) => m.body)).toEqual(['Message 1']);
    expect(older.data?.matchMessages.pageInfo.hasNextPage).toBe(false);
  });

  it('gives the funder’s members the candidate side of a funding match', async () => {
    const id = await offeredMatch('FUNDING', w.offerId);
    await posted(w.funder.token, id, 'Our grant committee meets on Monday.');
    expect((await list(w.nonprofit.token, id)).data?.matchMessages.nodes.map((m) => m.author?.name)).toEqual(['Fiona Funder']);
    expect(errorCode(await post(w.volunteer.token, id, 'Not my match'))).toBe('NOT_FOUND');
  });

  it('refuses another tenant, an unrelated volunteer and anonymous callers, and writes nothing for them', async () => {
    const id = await offeredMatch();
    await posted(w.nonprofit.token, id, 'Only for us');
    const stranger = await volunteer(t, 'Sam Stranger');
    for (const p of [w.otherCurator, w.outsider, stranger, w.companyAdmin]) {
      expect(errorCode(await list(p.token, id))).toBe('NOT_FOUND');
      expect(errorCode(await post(p.token, id, 'Let me in'))).toBe('NOT_FOUND');
      expect(errorCode(await t.gql(MARK_READ, { id }, p.token))).toBe('NOT_FOUND');
      expect(await unread(p)).toBe(0);
    }
    expect(errorCode(await list(undefined, id))).toBe('UNAUTHENTICATED');
    expect(errorCode(await post(undefined, id, 'Anonymous'))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(MARK_READ, { id }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(UNREAD))).toBe('UNAUTHENTICATED');
    expect(await rowCount(id)).toBe(1);
    expect(await t.dataSource.query('SELECT user_id FROM message_read WHERE match_id = $1', [id])).toEqual([{ user_id: w.nonprofit.userId }]);
  });

  it('hides a proposal’s thread from both sides until it is offered', async () => {
    const { roleIds } = await addNeed(t, w, { roles: [{ kind: 'VOLUNTEER' }] });
    const id = await insertMatch(t, { roleId: roleIds[0], kind: 'VOLUNTEER', candidateId: w.volunteer.profileId });
    expect(errorCode(await list(w.nonprofit.token, id))).toBe('NOT_FOUND');
    expect(errorCode(await list(w.volunteer.token, id))).toBe('NOT_FOUND');
    expect((await list(w.curator.token, id)).data?.matchMessages.totalCount).toBe(0);
    expect(errorCode(await post(w.curator.token, id, 'Too early'))).toBe('CONFLICT');
  });

  it.each(['COMPLETED', 'CANCELLED', 'WITHDRAWN', 'REJECTED', 'EXPIRED', 'DECLINED'])('keeps the thread of a %s match readable but refuses new messages', async (status) => {
    const id = await offeredMatch();
    await posted(w.volunteer.token, id, 'Before the end');
    await t.dataSource.query('UPDATE match SET status = $2 WHERE id = $1', [id, status]);
    for (const p of [w.nonprofit, w.volunteer, w.curator]) {
      const res = await post(p.token, id, 'After the end');
      expect(errorCode(res)).toBe('CONFLICT');
      expect(res.errors?.[0].extensions).toMatchObject({ reason: 'THREAD_READ_ONLY', currentStatus: status });
    }
    expect((await list(w.nonprofit.token, id)).data?.matchMessages.nodes.map((m) => m.body)).toEqual(['Before the end']);
    expect(await rowCount(id)).toBe(1);
  });

  it('refuses empty, too long and control-character bodies, and keeps HTML as plain text', async () => {
    const id = await offeredMatch();
    for (const body of ['', '   \n\t ', 'x'.repeat(4001), 'null\u0000byte', 'bell\u0007', 'escape\u001b[31m', 'lone \ud800 surrogate']) {
      expect(errorCode(await post(w.nonprofit.token, id, body))).toBe('BAD_USER_INPUT');
    }
    expect(await rowCount(id)).toBe(0);

    const html = `<script>alert('x')</script><b>bold</b> &amp; <img src=x onerror=alert(1)>`;
    expect((await posted(w.nonprofit.token, id, html)).body).toBe(html);
    expect((await posted(w.nonprofit.token, id, '  Line one\r\nLine two\n\n\tindented  ')).body).toBe('Line one\nLine two\n\n\tindented');
    expect((await posted(w.nonprofit.token, id, 'y'.repeat(4000))).body).toHaveLength(4000);
    expect((await posted(w.nonprofit.token, id, 'Emoji 👋 and 日本語')).body).toBe('Emoji 👋 and 日本語');
    const stored = (await t.dataSource.query('SELECT body FROM message WHERE match_id = $1 ORDER BY created_at', [id])) as { body: string }[];
    expect(stored[0].body).toBe(html);
    expect((await list(w.volunteer.token, id)).data?.matchMessages.nodes[0].body).toBe(html);
  });

  it('throttles a person posting faster than the limit, whatever the thread', async () => {
    const fast = await volunteer(t, 'Fast Typer');
    const one = await offeredMatch('VOLUNTEER', fast.profileId);
    const two = await offeredMatch('VOLUNTEER', fast.profileId);
    const limit = t.config.MESSAGE_POSTS_PER_MINUTE;
    for (let n = 1; n <= limit; n++) await posted(fast.token, n % 2 ? one : two, `Message ${n}`);
    const res = await post(fast.token, one, 'One too many');
    expect(errorCode(res)).toBe('THROTTLED');
    expect((await rowCount(one)) + (await rowCount(two))).toBe(limit);
    // Another person is not held up by it.
    await posted(w.nonprofit.token, one, 'I can still write');
  });

  it('counts unread messages by others in the threads one follows, until they are read', async () => {
    const reader = await volunteer(t, 'Rita Reader');
    const id = await offeredMatch('VOLUNTEER', reader.profileId);
    const nonprofitBefore = await unread(w.nonprofit);
    const curatorBefore = await unread(w.curator);
    await posted(reader.token, id, 'First question');
    await posted(reader.token, id, 'Second question');
    expect(await unread(w.nonprofit)).toBe(nonprofitBefore + 2);
    expect(await unread(reader)).toBe(0);
    // A curator follows a thread once they have opened it.
    expect(await unread(w.curator)).toBe(curatorBefore);
    expect((await t.gql(MARK_READ, { id }, w.curator.token)).data).toEqual({ markMessagesRead: 2 });
    await posted(reader.token, id, 'Third question');
    expect(await unread(w.curator)).toBe(curatorBefore + 1);

    expect((await t.gql(MARK_READ, { id }, w.nonprofit.token)).data).toEqual({ markMessagesRead: 3 });
    expect(await unread(w.nonprofit)).toBe(nonprofitBefore);
    expect((await t.gql(MARK_READ, { id }, w.nonprofit.token)).data).toEqual({ markMessagesRead: 0 });
    // Replying reads the thread up to one's own message.
    await posted(w.curator.token, id, 'Answering all three');
    expect(await unread(w.curator)).toBe(curatorBefore);
    expect(await unread(reader)).toBe(1);
  });

  describe('digest emails', () => {
    const queue = () => t.app.get<Queue>(getQueueToken(QueueName.MESSAGES));
    const digestJobs = async (matchId: string) => (await queue().getDelayed()).filter((j) => (j.data as { matchId: string }).matchId === matchId);
    const digestNotifications = (matchId: string) =>
      t.dataSource.query(`SELECT id, user_id, title FROM notification WHERE match_id = $1 AND kind = 'NEW_MESSAGE'`, [matchId]) as Promise<
        { id: string; user_id: string; title: string }[]
      >;
    const emailsFor = (notificationId: string) =>
      readdirSync(outbox).filter((f) => f.endsWith('.eml') && readFileSync(join(outbox, f), 'utf8').includes(`X-Rally-Notification: ${notificationId}`));

    it('queues one delayed digest per follower and window, and sends exactly one email for three unread messages', async () => {
      const v = await volunteer(t, 'Dora Digest');
      const id = await offeredMatch('VOLUNTEER', v.profileId);
      for (const n of [1, 2, 3]) await posted(v.token, id, `Update ${n}`);

      const jobs = await digestJobs(id);
      // Only the nonprofit follows besides the author; the curator never opened this thread.
      expect(new Set(jobs.map((j) => (j.data as { userId: string }).userId))).toEqual(new Set([w.nonprofit.userId]));
      expect(jobs.length).toBeLessThanOrEqual(2);
      for (const job of jobs) {
        expect(job.id).toMatch(new RegExp(`^message-digest-${id}-${w.nonprofit.userId}-\\d+$`));
        expect(job.opts.delay).toBe(t.config.MESSAGE_DIGEST_DELAY_MINUTES * 60_000);
      }

      const digest = worker.get(SendMessageDigestJob);
      expect(await digest.handle({ matchId: id, userId: w.nonprofit.userId })).toBe('notified');
      // The second window's job, or a retry, finds nothing new.
      expect(await digest.handle({ matchId: id, userId: w.nonprofit.userId })).toBe('nothing-unread');
      const rows = await digestNotifications(id);
      expect(rows).toEqual([{ id: expect.any(String), user_id: w.nonprofit.userId, title: '3 new messages about Web developer' }]);
      await waitFor('the digest email', async () => emailsFor(rows[0].id).length === 1);
      expect(emailsFor(rows[0].id)).toHaveLength(1);
    });

    it('sends nothing when the messages were read before the digest ran, nor to people outside the thread', async () => {
      const v = await volunteer(t, 'Quick Reader');
      const id = await offeredMatch('VOLUNTEER', v.profileId);
      await posted(v.token, id, 'Are you there?');
      await posted(w.nonprofit.token, id, 'Yes, reading right away.');
      const digest = worker.get(SendMessageDigestJob);
      // The nonprofit replied, which read the thread; the volunteer reads the reply in time.
      expect(await digest.handle({ matchId: id, userId: w.nonprofit.userId })).toBe('nothing-unread');
      await t.gql(MARK_READ, { id }, v.token);
      expect(await digest.handle({ matchId: id, userId: v.userId })).toBe('nothing-unread');
      expect(await digest.handle({ matchId: id, userId: w.outsider.userId })).toBe('not-following');
      expect(await digest.handle({ matchId: id, userId: w.curator.userId })).toBe('not-following');
      expect(await digestNotifications(id)).toEqual([]);
    });

    it('respects a muted NEW_MESSAGE kind', async () => {
      const v = await volunteer(t, 'Mute Mia');
      const mute = await t.gql(`mutation { updateMe(input: { mutedNotificationKinds: [NEW_MESSAGE] }) { mutedNotificationKinds } }`, {}, v.token);
      expect(mute.errors).toBeUndefined();
      const id = await offeredMatch('VOLUNTEER', v.profileId);
      await posted(w.nonprofit.token, id, 'Hello');
      await worker.get(SendMessageDigestJob).handle({ matchId: id, userId: v.userId });
      expect(await digestNotifications(id)).toEqual([]);
    });
  });

  describe('live', () => {
    const channel = (matchId: string) => redisKey(t.config, 'pubsub', messageTopic(matchId));

    it('delivers a new message to the other side as it is posted', async () => {
      const id = await offeredMatch();
      const redis = t.app.get<IORedis>(REDIS);
      const before = await listeners(redis, channel(id));
      const sub = await subscribe(t, w.nonprofit.token, `subscription { messageAdded(matchId: "${id}") { ${MESSAGE} } }`);
      try {
        await waitFor('the subscription to listen', async () => (await listeners(redis, channel(id))) > before);
        const message = await posted(w.volunteer.token, id, 'Live hello\nsecond line');
        await waitFor('the message to arrive', async () => sub.received.length > 0);
        expect(sub.received[0]).toEqual({
          messageAdded: expect.objectContaining({ id: message.id, body: 'Live hello\nsecond line', author: expect.objectContaining({ name: 'Vera Volunteer' }) }),
        });
        expect(sub.errors).toEqual([]);
      } finally {
        await sub.dispose();
      }
    });

    it('refuses the subscription to another tenant, an unrelated volunteer and an anonymous caller', async () => {
      const id = await offeredMatch();
      const query = `subscription { messageAdded(matchId: "${id}") { id body } }`;
      const stranger = await volunteer(t, 'Sub Stranger');
      const url = `ws://127.0.0.1:${await portOf(t)}/graphql`;
      for (const token of [w.otherCurator.token, w.outsider.token, stranger.token]) {
        expect(errorCode(await subscribeFirst(url, token, query, {}))).toBe('NOT_FOUND');
      }
      // Without a token the socket is refused before any subscription starts.
      const anonymous = await subscribe(t, '', query);
      expect(await anonymous.closed).toBe(4403);
      expect(anonymous.received).toEqual([]);
      await anonymous.dispose();
      await posted(w.volunteer.token, id, 'Nobody else hears this');
    });
  });
});
