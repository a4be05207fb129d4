import IORedis from 'ioredis';

import { REDIS } from '../../src/common/redis/redis.module';
import { NotificationMailer } from '../../src/notifications/notification-mailer.service';
import { insertMatch } from '../utils/fixtures';
import { listeners, notificationChannel, subscribe } from '../utils/subscriptions';
import { createTestApp, TestApp } from '../utils/test-app';
import { waitFor } from '../utils/wait';
import { addNeed, createWorld, volunteer, World } from './lifecycle-world';
import { acceptMatch, ok } from './match-operations';

const LIST = `{ notifications(first: 5) { nodes { id kind title body } } }`;

interface Listed {
  notifications: { nodes: { id: string; kind: string; title: string; body: string }[] };
}

describe("notifications in the reader's language of now", () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t);
  });
  afterAll(() => t.close());

  async function acceptedOfferFor(profileId: string): Promise<string> {
    const { roleIds } = await addNeed(t, w, { title: 'Website relaunch', roles: [{ kind: 'VOLUNTEER', title: 'Web developer' }] });
    const id = await insertMatch(t, { roleId: roleIds[0], candidateId: profileId, status: 'OFFERED' });
    ok(await acceptMatch(t, w.nonprofit.token, id, 1), 'acceptMatch');
    return id;
  }

  const setLocale = async (token: string, locale: string) =>
    expect((await t.gql(`mutation($l: String!) { updateMe(input: { locale: $l }) { id } }`, { l: locale }, token)).errors).toBeUndefined();

  it('reads a notification written while the user spoke Japanese in German after they switch', async () => {
    const v = await volunteer(t, 'Switching Sam');
    await setLocale(v.token, 'ja');
    await acceptedOfferFor(v.profileId);
    const [stored] = await t.dataSource.query(`SELECT title FROM notification WHERE user_id = $1`, [v.userId]);
    expect(stored.title).toBe('Tafel Nordが承諾しました');

    await setLocale(v.token, 'de');
    const res = await t.gql<Listed>(LIST, {}, v.token);
    expect(res.data?.notifications.nodes.map((n) => [n.kind, n.title, n.body])).toEqual([
      ['MATCH_ACCEPTED', 'Tafel Nord hat zugesagt', 'Für Web developer in „Website relaunch“. Jetzt sind Sie dran: zusagen oder absagen.'],
    ]);
  });

  it('pushes live notifications in the language the subscriber has switched to since subscribing', async () => {
    const v = await volunteer(t, 'Live Lina');
    await setLocale(v.token, 'ja');
    const live = await subscribe(t, v.token);
    try {
      await waitFor('the subscription to reach Redis', async () => (await listeners(t.app.get<IORedis>(REDIS), notificationChannel(t, v.userId))) > 0);
      await acceptedOfferFor(v.profileId);
      await waitFor('the first pushed notification', async () => live.received.length === 1);
      await setLocale(v.token, 'de');
      await acceptedOfferFor(v.profileId);
      await waitFor('the second pushed notification', async () => live.received.length === 2);
      expect(live.received.map((r) => (r as { notificationAdded: { title: string } }).notificationAdded.title)).toEqual(['Tafel Nordが承諾しました', 'Tafel Nord hat zugesagt']);
    } finally {
      await live.dispose();
    }
  });

  it('keeps the stored text of older rows written without their params', async () => {
    const v = await volunteer(t, 'Legacy Lou');
    await t.dataSource.query(`INSERT INTO notification (user_id, kind, title, body, data) VALUES ($1, 'MATCH_ACCEPTED', 'Old title', 'Old body', '{}')`, [v.userId]);
    const res = await t.gql<Listed>(LIST, {}, v.token);
    expect(res.data?.notifications.nodes.map((n) => [n.title, n.body])).toEqual([['Old title', 'Old body']]);
  });

  it('emails in the language the recipient has when it is sent', async () => {
    const v = await volunteer(t, 'Mailed Mia');
    await acceptedOfferFor(v.profileId);
    await setLocale(v.token, 'ja');
    const [{ id }] = await t.dataSource.query(`SELECT id FROM notification WHERE user_id = $1`, [v.userId]);
    const mailer = new NotificationMailer(t.config, t.dataSource);
    const deliver = jest.spyOn(mailer, 'deliver').mockResolvedValue('written');
    expect(await mailer.send(id)).toBe('written');
    const [message] = deliver.mock.calls[0];
    expect(message.subject).toBe('Tafel Nordが承諾しました');
    expect(message.text).toContain('「Website relaunch」のWeb developerについて');
    mailer.onModuleDestroy();
  });
});
