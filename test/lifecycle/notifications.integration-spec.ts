import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { getQueueToken } from '@nestjs/bullmq';
import { TestingModule } from '@nestjs/testing';
import { Queue } from 'bullmq';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

import { UnitOfWork } from '../../src/common/database/unit-of-work';
import { NotificationKind } from '../../src/common/domain/notification-kind.enum';
import { PUB_SUB } from '../../src/common/pubsub/pubsub.module';
import { redisKey } from '../../src/common/redis/redis-keys';
import { MatchLifecycleService } from '../../src/matches/match-lifecycle.service';
import { NotificationDraft, NotificationsService, notificationTopic } from '../../src/notifications/notifications.service';
import { NotificationsWorkerModule } from '../../src/notifications/notifications-worker.module';
import { QueueName } from '../../src/queue/queue-names';
import { insertMatch } from '../utils/fixtures';
import { createTestApp, errorCode, TestApp } from '../utils/test-app';
import { waitFor } from '../utils/wait';
import { startWorker } from './lifecycle-worker';
import { addNeed, createWorld, person, volunteer, World } from './lifecycle-world';
import { acceptMatch, declineMatch, ok } from './match-operations';

const decodeQuotedPrintable = (text: string) =>
  Buffer.from(
    text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');

interface Row {
  user_id: string;
  kind: string;
  title: string;
  body: string;
}

describe('notifications of the match lifecycle', () => {
  let t: TestApp;
  let w: World;
  let worker: TestingModule;
  const outbox = mkdtempSync(join(tmpdir(), 'rally-outbox-'));

  beforeAll(async () => {
    t = await createTestApp({ OUTBOX_DIR: outbox });
    w = await createWorld(t);
    worker = await startWorker(t, [NotificationsWorkerModule]);
  });
  afterAll(async () => {
    await worker.close();
    await t.close();
  });

  const rowsFor = (matchId: string): Promise<Row[]> =>
    t.dataSource.query('SELECT user_id, kind, title, body FROM notification WHERE match_id = $1 ORDER BY created_at, user_id', [matchId]);

  async function offer(candidateId: string) {
    const { roleIds } = await addNeed(t, w, { title: 'Website relaunch', roles: [{ kind: 'VOLUNTEER', title: 'Web developer' }] });
    return insertMatch(t, { roleId: roleIds[0], kind: 'VOLUNTEER', candidateId, status: 'OFFERED' });
  }

  it('tells the curators about new proposals and both sides about new offers, in their language', async () => {
    const jan = await volunteer(t, 'Jan Deutsch');
    await t.dataSource.query(`UPDATE user_account SET locale = 'de' WHERE id = $1`, [jan.userId]);
    const { roleIds } = await addNeed(t, w, { title: 'Website relaunch', roles: [{ kind: 'VOLUNTEER', title: 'Web developer', seats: 2 }] });
    const proposal = await insertMatch(t, { roleId: roleIds[0], kind: 'VOLUNTEER', candidateId: w.volunteer.profileId });
    const offerId = await insertMatch(t, { roleId: roleIds[0], kind: 'VOLUNTEER', candidateId: jan.profileId, status: 'OFFERED' });
    const lifecycle = t.app.get(MatchLifecycleService);
    await t.app.get(UnitOfWork).run((tx) => lifecycle.announceNewMatches(tx, [proposal, offerId], null));

    expect(await rowsFor(proposal)).toEqual([
      { user_id: w.curator.userId, kind: 'PROPOSAL_NEW', title: 'New proposal: Vera Volunteer for Web developer', body: expect.stringContaining('Website relaunch') },
    ]);
    const offers = await rowsFor(offerId);
    expect(offers.map((r) => r.user_id).sort()).toEqual([w.nonprofit.userId, jan.userId].sort());
    const german = offers.find((r) => r.user_id === jan.userId);
    expect(german).toMatchObject({ kind: 'OFFER_NEW', title: 'Neues Match: Web developer für „Website relaunch“' });
    expect(german?.body).toMatch(/^Tafel Nord und Jan Deutsch wurden zusammengebracht\. Bitte bis .+ zusagen oder absagen\.$/);
  });

  it('writes notifications only for committed changes: a refused or rolled-back transition leaves none', async () => {
    const busy = await volunteer(t, 'Busy Bee', { capacity: 1 });
    await t.dataSource.query('UPDATE volunteer_profile SET active_engagements = 1 WHERE id = $1', [busy.profileId]);
    const id = await offer(busy.profileId);
    expect(errorCode(await acceptMatch(t, busy.token, id, 5))).toBe('CONFLICT');
    expect(errorCode(await acceptMatch(t, w.outsider.token, id, 1))).toBe('NOT_FOUND');
    expect(await rowsFor(id)).toEqual([]);

    ok(await acceptMatch(t, busy.token, id, 1), 'acceptMatch');
    expect((await rowsFor(id)).map((r) => [r.user_id, r.kind])).toEqual([[w.nonprofit.userId, 'MATCH_ACCEPTED']]);
    // The confirmation fails on the volunteer's capacity CHECK inside its transaction: no MATCH_CONFIRMED for anyone.
    expect(errorCode(await acceptMatch(t, w.nonprofit.token, id, 2))).toBe('CONFLICT');
    expect((await rowsFor(id)).map((r) => r.kind)).toEqual(['MATCH_ACCEPTED']);

    // Written, then the transaction fails: the rows vanish with it and nothing is announced or queued.
    const service = t.app.get(NotificationsService);
    const announce = jest.spyOn(service, 'announce');
    const draft: NotificationDraft = {
      userId: w.curator.userId,
      kind: NotificationKind.MATCH_COMPLETED,
      matchId: id,
      params: { needTitle: 'N', roleTitle: 'R', nonprofitName: 'NP', candidateName: 'C' },
    };
    await expect(
      t.app.get(UnitOfWork).run(async (tx) => {
        expect(await service.write(tx, [draft])).toHaveLength(1);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(announce).not.toHaveBeenCalled();
    announce.mockRestore();
    expect((await rowsFor(id)).map((r) => r.kind)).toEqual(['MATCH_ACCEPTED']);
  });

  it('leaves out the kinds a person muted', async () => {
    const quiet = await volunteer(t, 'Quiet Quinn');
    const mute = await t.gql(`mutation { updateMe(input: { mutedNotificationKinds: [MATCH_CONFIRMED] }) { mutedNotificationKinds } }`, {}, quiet.token);
    expect(mute.errors).toBeUndefined();
    const id = await offer(quiet.profileId);
    ok(await acceptMatch(t, w.nonprofit.token, id, 1), 'acceptMatch');
    ok(await acceptMatch(t, quiet.token, id, 2), 'acceptMatch');
    const rows = await rowsFor(id);
    expect(
      rows
        .filter((r) => r.kind === 'MATCH_CONFIRMED')
        .map((r) => r.user_id)
        .sort(),
    ).toEqual([w.curator.userId, w.nonprofit.userId].sort());
    expect(rows.filter((r) => r.user_id === quiet.userId).map((r) => r.kind)).toEqual(['MATCH_ACCEPTED']);
  });

  it('emails each notification once from the worker, as an .eml file when no SMTP is set', async () => {
    const v = await volunteer(t, 'Mail Reader');
    const id = await offer(v.profileId);
    ok(await declineMatch(t, v.token, id, 1, { reason: 'NO_TIME' }), 'declineMatch');
    const rows = (await t.dataSource.query(`SELECT id, user_id FROM notification WHERE match_id = $1 AND kind = 'MATCH_DECLINED'`, [id])) as { id: string; user_id: string }[];
    expect(rows.map((r) => r.user_id).sort()).toEqual([w.curator.userId, w.nonprofit.userId].sort());
    const queue = t.app.get<Queue>(getQueueToken(QueueName.NOTIFICATIONS));
    for (const row of rows) expect((await queue.getJob(`notification-email-${row.id}`))?.data).toEqual({ notificationId: row.id });

    const files = await waitFor('an .eml file per notification', async () => {
      const found = readdirSync(outbox).filter((f) => rows.some((r) => f.endsWith(`${r.id}.eml`)));
      return found.length === rows.length ? found : null;
    });
    const curatorRow = rows.find((r) => r.user_id === w.curator.userId);
    const eml = decodeQuotedPrintable(readFileSync(join(outbox, files.find((f) => f.endsWith(`${curatorRow?.id}.eml`)) as string), 'utf8'));
    expect(eml).toContain('Subject: The match for Web developer was declined');
    expect(eml).toMatch(/To: Clara Curator <clara\.curator\.[^>]+@example\.org>/);
    expect(eml).toContain('Mail Reader declined the match for “Website relaunch”.');
    expect(eml).toContain(`/matches/${id}`);
    const emailed = await waitFor('every notification marked emailed', async () => {
      const [r] = await t.dataSource.query('SELECT count(*)::int AS n FROM notification WHERE id = ANY($1) AND emailed_at IS NOT NULL', [rows.map((x) => x.id)]);
      return r.n === rows.length;
    });
    expect(emailed).toBe(true);

    // Queuing the same notification again (as the sweeper does) neither duplicates the job nor the email:
    // the finished jobs stay as they were, so there is nothing left that could send again.
    const jobStates = () =>
      Promise.all(
        rows.map(async (r) => {
          const job = await queue.getJob(`notification-email-${r.id}`);
          return [await job?.getState(), job?.finishedOn];
        }),
      );
    const finished = await waitFor('the email jobs to finish', async () => {
      const states = await jobStates();
      return states.every(([state]) => state === 'completed') && states;
    });
    await t.app.get(NotificationsService).enqueueEmails(rows.map((r) => r.id));
    expect(await jobStates()).toEqual(finished);
    expect(readdirSync(outbox).filter((f) => rows.some((r) => f.endsWith(`${r.id}.eml`)))).toHaveLength(rows.length);
  });

  it('lists, counts and marks read only the signed-in user’s notifications', async () => {
    const reader = await volunteer(t, 'Reader Rita');
    const idA = await offer(reader.profileId);
    const idB = await offer(reader.profileId);
    ok(await acceptMatch(t, w.nonprofit.token, idA, 1), 'acceptMatch');
    ok(await acceptMatch(t, w.nonprofit.token, idB, 1), 'acceptMatch');
    const LIST = `query($unread: Boolean!) { notifications(first: 10, unreadOnly: $unread) { totalCount nodes { id kind title matchId readAt } } unreadNotificationCount }`;
    const list = await t.gql<{ notifications: { totalCount: number; nodes: { id: string; kind: string; matchId: string }[] }; unreadNotificationCount: number }>(
      LIST,
      { unread: true },
      reader.token,
    );
    expect(list.data?.unreadNotificationCount).toBe(2);
    expect(list.data?.notifications.nodes.map((n) => [n.kind, n.matchId])).toEqual([
      ['MATCH_ACCEPTED', idB],
      ['MATCH_ACCEPTED', idA],
    ]);
    const [newest] = list.data!.notifications.nodes;
    const someoneElses = ((await t.dataSource.query('SELECT id FROM notification WHERE user_id <> $1 LIMIT 1', [reader.userId])) as { id: string }[])[0].id;
    const marked = await t.gql<{ markNotificationsRead: number }>(`mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`, { ids: [newest.id, someoneElses] }, reader.token);
    expect(marked.data?.markNotificationsRead).toBe(1);
    expect((await t.dataSource.query('SELECT read_at FROM notification WHERE id = $1', [someoneElses]))[0].read_at).toBeNull();
    const after = await t.gql<{ notifications: { totalCount: number }; unreadNotificationCount: number }>(LIST, { unread: true }, reader.token);
    expect([after.data?.notifications.totalCount, after.data?.unreadNotificationCount]).toEqual([1, 1]);
    expect((await t.gql<{ markAllNotificationsRead: number }>(`mutation { markAllNotificationsRead }`, {}, reader.token)).data?.markAllNotificationsRead).toBe(1);
    const all = await t.gql<{ notifications: { totalCount: number }; unreadNotificationCount: number }>(LIST, { unread: false }, reader.token);
    expect([all.data?.notifications.totalCount, all.data?.unreadNotificationCount]).toEqual([2, 0]);
    const bad = await t.gql(`mutation { markNotificationsRead(ids: ["nope"]) }`, {}, reader.token);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
  });

  it('pushes new notifications to the signed-in user’s subscription, and only theirs', async () => {
    await t.app.listen(0);
    const { port } = t.app.getHttpServer().address() as { port: number };
    const listener = await volunteer(t, 'Live Lena');
    const stranger = await person(t, 'Not Me');
    const connect = (token: string) =>
      createClient({ url: `ws://127.0.0.1:${port}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, lazy: false, retryAttempts: 0 });
    const mine = connect(listener.token);
    const theirs = connect(stranger.token);
    const SUB = 'subscription { notificationAdded { id kind title userId matchId createdAt } }';
    const received: { kind: string; userId: string; matchId: string; createdAt: string }[] = [];
    const strangerGot: unknown[] = [];
    const unsubscribe = [
      mine.subscribe(
        { query: SUB },
        { next: (v) => void received.push(v.data?.notificationAdded as (typeof received)[number]), error: () => undefined, complete: () => undefined },
      ),
      theirs.subscribe({ query: SUB }, { next: (v) => void strangerGot.push(v), error: () => undefined, complete: () => undefined }),
    ];
    try {
      const pubSub = t.app.get<RedisPubSub>(PUB_SUB);
      const listened = async (userId: string) =>
        ((await pubSub.getPublisher().pubsub('NUMSUB', redisKey(t.config, 'pubsub', notificationTopic(userId)))) as [string, number])[1] > 0;
      await waitFor('both subscriptions to reach Redis', async () => (await listened(listener.userId)) && listened(stranger.userId));
      const id = await offer(listener.profileId);
      ok(await acceptMatch(t, w.nonprofit.token, id, 1), 'acceptMatch');
      const [got] = await waitFor('the pushed notification', async () => (received.length ? received : null));
      expect(got).toMatchObject({ kind: 'MATCH_ACCEPTED', userId: listener.userId, matchId: id });
      expect(Number.isNaN(Date.parse(got.createdAt))).toBe(false);
      expect(strangerGot).toEqual([]);
    } finally {
      unsubscribe.forEach((u) => u());
      await Promise.all([mine.dispose(), theirs.dispose()]);
    }
  });
});
