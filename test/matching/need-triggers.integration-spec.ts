import { getQueueToken } from '@nestjs/bullmq';
import { INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import IORedis from 'ioredis';

import { DomainEvents, RELAY_GRACE_MS } from '../../src/common/events/domain-events';
import { REDIS } from '../../src/common/redis/redis.module';
import { MatchingScope, MatchingTrigger } from '../../src/matching/matching-run.entity';
import { MatchingRunLauncher } from '../../src/matching/matching-run.launcher';
import { DomainEventsWorkerModule, RELAY_DOMAIN_EVENTS_SCHEDULER_ID } from '../../src/queue/domain-events-worker.module';
import { QueueName } from '../../src/queue/queue-names';
import { PUBLISH_NEED, UPDATE_NEED } from '../needs/need-fixtures';
import { insertAffiliation, insertNeed, insertOrganization, insertSkills, insertVolunteer } from '../utils/fixtures';
import { createOrganization, Session, signUp } from '../utils/operations';
import { createTestApp, TestApp } from '../utils/test-app';
import { waitFor } from '../utils/wait';
import { matchesOf, waitForRun } from './matching-fixtures';
import { startWorker } from './matching-worker';

// What starts a run without a curator, end to end: the need's own changes, through the domain-event
// outbox, to a queued run; and the outbox's relay when the queue was unreachable at publish time.
describe('needs start their own matching runs', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let queue: Queue;
  let admin: Session;
  let nonprofitId: string;

  beforeAll(async () => {
    t = await createTestApp();
    worker = await startWorker(t.config, [DomainEventsWorkerModule]);
    queue = t.app.get<Queue>(getQueueToken(QueueName.MATCHING), { strict: false });
    await insertSkills(t.dataSource, ['accounting', 'web-design']);
    admin = await signUp(t);
    nonprofitId = await createOrganization(t, admin, { kind: 'NONPROFIT' });
    await insertAffiliation(t.dataSource, { intermediaryId: await insertOrganization(t.dataSource, 'INTERMEDIARY'), organizationId: nonprofitId, vetted: true });
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
  });

  const runsOf = (needId: string): Promise<{ id: string; trigger: string }[]> =>
    t.dataSource.query(`SELECT id, trigger FROM matching_run WHERE scope = 'NEED' AND scope_id = $1 ORDER BY created_at`, [needId]);

  it('matches an IN_PROGRESS need that still has open seats, as it does an OPEN one', async () => {
    const volunteer = await insertVolunteer(t.dataSource, { skills: [['accounting', 5]] });
    const { needId, roleIds } = await insertNeed(t.dataSource, { nonprofitId, status: 'IN_PROGRESS', roles: [{ seats: 2, skills: [['accounting', 3, 3]] }] });
    const run = await t.app.get(MatchingRunLauncher).launch({ scope: MatchingScope.NEED, scopeId: needId, trigger: MatchingTrigger.CURATOR, requestedById: null });
    expect((await waitForRun(t.dataSource, run.id)).status).toBe('SUCCEEDED');
    expect((await matchesOf(t.dataSource, roleIds)).map((m) => m.candidate_id)).toEqual([volunteer]);
  });

  it('turns edits of an open need into one debounced run for it; edits of a draft start none', async () => {
    const designer = await insertVolunteer(t.dataSource, { skills: [['web-design', 4]] });
    const { needId, roleIds } = await insertNeed(t.dataSource, { nonprofitId, roles: [{ skills: [['web-design', 3, 3]] }] });
    for (const title of ['A new website', 'A new website for the café']) {
      const res = await t.gql(UPDATE_NEED, { id: needId, input: { title } }, admin.token);
      expect(res.errors).toBeUndefined();
    }
    const runs = await waitFor('the NEED_CHANGED run', async () => {
      const rows = await runsOf(needId);
      return rows.length > 0 && rows;
    });
    // Two edits in one minute: one run (two only if the minute turned between them).
    expect(runs.length).toBeLessThanOrEqual(2);
    expect(runs.every((r) => r.trigger === 'NEED_CHANGED')).toBe(true);
    const job = await queue.getJob(runs.at(-1)!.id);
    expect(await job?.isDelayed()).toBe(true);
    await job?.promote();
    expect((await waitForRun(t.dataSource, runs.at(-1)!.id)).status).toBe('SUCCEEDED');
    expect((await matchesOf(t.dataSource, roleIds)).map((m) => m.candidate_id)).toEqual([designer]);

    const draft = await insertNeed(t.dataSource, { nonprofitId, status: 'DRAFT', roles: [{ skills: [['web-design', 3, 3]] }] });
    expect((await t.gql(UPDATE_NEED, { id: draft.needId, input: { title: 'Still a draft' } }, admin.token)).errors).toBeUndefined();
    expect(await t.dataSource.query(`SELECT type FROM domain_event WHERE payload ->> 'needId' = $1`, [draft.needId])).toEqual([]);
    expect(await runsOf(draft.needId)).toEqual([]);
  });

  it('keeps a need published while the queue is unreachable, and the relay queues its run once when it is back', async () => {
    const accountant = await insertVolunteer(t.dataSource, { skills: [['accounting', 4]] });
    const { needId, roleIds } = await insertNeed(t.dataSource, { nonprofitId, status: 'DRAFT', roles: [{ skills: [['accounting', 2, 3]] }] });
    const redis = t.app.get<IORedis>(REDIS);

    redis.disconnect();
    const published = await t.gql<{ publishNeed: { status: string } }>(PUBLISH_NEED, { id: needId }, admin.token);
    expect(published.data?.publishNeed.status).toBe('OPEN');
    const [event] = await t.dataSource.query(`SELECT id, dispatched_at, attempts, last_error FROM domain_event WHERE type = 'need.published' AND payload ->> 'needId' = $1`, [
      needId,
    ]);
    expect(event).toMatchObject({ dispatched_at: null, attempts: 1, last_error: expect.any(String) });

    await redis.connect();
    const [run] = await runsOf(needId);
    expect(await queue.getJob(run.id)).toBeUndefined();

    const events = t.app.get(DomainEvents);
    // Within the grace period the relay leaves the event to its own dispatch; after it, it sends it.
    expect(await events.relay(new Date())).toBe(0);
    const later = new Date(Date.now() + RELAY_GRACE_MS + 1000);
    expect(await events.relay(later)).toBe(1);
    expect(await events.relay(later)).toBe(0);
    expect(await runsOf(needId)).toEqual([{ id: run.id, trigger: 'NEED_PUBLISHED' }]);
    expect((await waitForRun(t.dataSource, run.id)).status).toBe('SUCCEEDED');
    expect((await matchesOf(t.dataSource, roleIds)).map((m) => m.candidate_id)).toEqual([accountant]);
    const [sent] = await t.dataSource.query(`SELECT dispatched_at, attempts FROM domain_event WHERE id = $1`, [event.id]);
    expect(sent).toMatchObject({ dispatched_at: expect.any(Date), attempts: 2 });
    // A week after dispatch the relay prunes it; undispatched events are never pruned.
    await events.relay(new Date(Date.now() + 8 * 86_400_000));
    expect(await t.dataSource.query(`SELECT id FROM domain_event WHERE id = $1`, [event.id])).toEqual([]);
  });

  it('has the worker relay on a schedule, registered once under a fixed id', async () => {
    const relayQueue = worker.get<Queue>(getQueueToken(QueueName.DOMAIN_EVENTS), { strict: false });
    const schedulers = await relayQueue.getJobSchedulers();
    expect(schedulers).toEqual([expect.objectContaining({ key: RELAY_DOMAIN_EVENTS_SCHEDULER_ID })]);
  });
});
