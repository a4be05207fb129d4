import { getQueueToken } from '@nestjs/bullmq';
import { TestingModule } from '@nestjs/testing';
import { Queue } from 'bullmq';

import { LifecycleWorkerModule } from '../../src/matches/lifecycle-worker.module';
import { OfferDeadlinesService } from '../../src/matches/offer-deadlines.service';
import { QueueName } from '../../src/queue/queue-names';
import { insertMatch } from '../utils/fixtures';
import { createTestApp, errorCode, TestApp } from '../utils/test-app';
import { waitFor } from '../utils/wait';
import { startWorker } from './lifecycle-worker';
import { addNeed, createWorld, eventsOf, matchRow, volunteer, World } from './lifecycle-world';
import { acceptMatch, ok } from './match-operations';

const HOUR = 3_600_000;

describe('offer deadlines', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t);
  });
  afterAll(() => t.close());

  async function offerExpiringIn(ms: number) {
    const v = await volunteer(t, 'Slow Sam');
    const { roleIds } = await addNeed(t, w, { roles: [{ kind: 'VOLUNTEER' }] });
    const id = await insertMatch(t, { roleId: roleIds[0], kind: 'VOLUNTEER', candidateId: v.profileId, status: 'OFFERED' });
    await t.dataSource.query('UPDATE match SET expires_at = now() + make_interval(secs => $2) WHERE id = $1', [id, ms / 1000]);
    return { id, v };
  }

  const kindsOf = async (id: string) =>
    ((await t.dataSource.query('SELECT user_id, kind FROM notification WHERE match_id = $1 ORDER BY kind, user_id', [id])) as { user_id: string; kind: string }[]).map(
      (r) => `${r.kind}:${r.user_id}`,
    );

  it('reminds the sides that have not answered once, 48 hours before the deadline', async () => {
    const soon = await offerExpiringIn(40 * HOUR);
    const later = await offerExpiringIn(60 * HOUR);
    ok(await acceptMatch(t, w.nonprofit.token, soon.id, 1), 'acceptMatch');
    const deadlines = t.app.get(OfferDeadlinesService);

    const first = await deadlines.run();
    expect(first.reminded).toBeGreaterThanOrEqual(1);
    expect((await kindsOf(soon.id)).filter((k) => k.startsWith('OFFER_EXPIRING'))).toEqual([`OFFER_EXPIRING:${soon.v.userId}`]);
    expect(await kindsOf(later.id)).toEqual([]);
    const [{ title }] = await t.dataSource.query(`SELECT title FROM notification WHERE match_id = $1 AND kind = 'OFFER_EXPIRING'`, [soon.id]);
    expect(title).toMatch(/^Please answer by /);

    await deadlines.run();
    expect((await kindsOf(soon.id)).filter((k) => k.startsWith('OFFER_EXPIRING'))).toHaveLength(1);
    // A reminder is no transition: the version the sides hold stays valid.
    expect(await matchRow(t, soon.id)).toMatchObject({ status: 'OFFERED', version: 2 });
  });

  it('expires offers past their deadline with a system event, and leaves the others', async () => {
    const overdue = await offerExpiringIn(-HOUR);
    const open = await offerExpiringIn(100 * HOUR);
    const result = await t.app.get(OfferDeadlinesService).run();
    expect(result.expired).toBeGreaterThanOrEqual(1);
    expect(await matchRow(t, overdue.id)).toMatchObject({ status: 'EXPIRED', version: 2 });
    expect(await eventsOf(t, overdue.id)).toEqual([{ action: 'EXPIRE', from_status: 'OFFERED', to_status: 'EXPIRED', actor_user_id: null, reason: 'offer deadline passed' }]);
    expect(await matchRow(t, open.id)).toMatchObject({ status: 'OFFERED', version: 1 });
    const late = await acceptMatch(t, overdue.v.token, overdue.id, 1);
    expect(errorCode(late)).toBe('CONFLICT');
    expect(late.errors?.[0].extensions).toMatchObject({ currentStatus: 'EXPIRED', currentVersion: 2 });
  });

  it('runs the sweep from a job scheduler on the LIFECYCLE queue in the worker', async () => {
    const overdue = await offerExpiringIn(-HOUR);
    let worker: TestingModule | undefined;
    try {
      worker = await startWorker(t, [LifecycleWorkerModule]);
      const queue = t.app.get<Queue>(getQueueToken(QueueName.LIFECYCLE));
      const schedulers = await queue.getJobSchedulers();
      expect(schedulers).toEqual([expect.objectContaining({ key: 'lifecycle-tick', every: 300000, name: 'SweepOfferDeadlinesJob' })]);
      await waitFor('the overdue offer to expire', async () => (await matchRow(t, overdue.id)).status === 'EXPIRED');
    } finally {
      await worker?.close();
    }
  });
});
