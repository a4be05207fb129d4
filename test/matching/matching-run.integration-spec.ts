import { randomUUID } from 'node:crypto';

import { getQueueToken } from '@nestjs/bullmq';
import { INestApplicationContext } from '@nestjs/common';
import { Job, Queue } from 'bullmq';

import { UnitOfWork } from '../../src/common/database/unit-of-work';
import { DomainEvent, DomainEvents } from '../../src/common/events/domain-events';
import { ReoptimizeMatchingJob, ReoptimizeMatchingJobData } from '../../src/matching/jobs/reoptimize-matching.job';
import { RunMatchingJob } from '../../src/matching/jobs/run-matching.job';
import { MatchingScope, MatchingTrigger } from '../../src/matching/matching-run.entity';
import { MatchingRunLauncher } from '../../src/matching/matching-run.launcher';
import { QueueService } from '../../src/queue/queue.service';
import { QueueName } from '../../src/queue/queue-names';
import { Db, insertAffiliation, insertNeed, insertOrganization, insertSkills, insertVolunteer } from '../utils/fixtures';
import { createOrganization, signUp } from '../utils/operations';
import { createTestApp, TestApp } from '../utils/test-app';
import { waitFor } from '../utils/wait';
import { matchesOf, runRow, waitForRun } from './matching-fixtures';
import { startWorker } from './matching-worker';

const OPEN = ['PROPOSED', 'OFFERED', 'CONFIRMED', 'ACTIVE'];

/** Every nonprofit here is vetted by the intermediary, so its proposals wait for a curator. */
const affiliate = (db: Db, intermediaryId: string, organizationId: string) => insertAffiliation(db, { intermediaryId, organizationId, vetted: true });

describe('matching runs in the worker', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let queue: Queue;
  let intermediaryId: string;
  let nonprofitId: string;

  beforeAll(async () => {
    t = await createTestApp();
    worker = await startWorker(t.config);
    queue = t.app.get<Queue>(getQueueToken(QueueName.MATCHING), { strict: false });
    await insertSkills(t.dataSource, ['accounting', 'bookkeeping', 'web-design', 'tax-law', 'ux-writing']);
    intermediaryId = await insertOrganization(t.dataSource, 'INTERMEDIARY');
    nonprofitId = await insertOrganization(t.dataSource, 'NONPROFIT');
    await affiliate(t.dataSource, intermediaryId, nonprofitId);
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
  });

  const launcher = () => t.app.get(MatchingRunLauncher);
  const rerun = async (needId: string) => {
    const run = await launcher().launch({ scope: MatchingScope.NEED, scopeId: needId, trigger: MatchingTrigger.CURATOR, requestedById: null });
    return waitForRun(t.dataSource, run.id);
  };
  // As a feature publishes: in its own transaction, dispatched after commit.
  const emit = (event: DomainEvent) => t.app.get(UnitOfWork).run((tx) => t.app.get(DomainEvents).publish(tx, event));
  const publish = async (needId: string) => {
    await emit({ type: 'need.published', needId, actorUserId: null });
    const [run] = await t.dataSource.query(`SELECT id FROM matching_run WHERE scope = 'NEED' AND scope_id = $1`, [needId]);
    return waitForRun(t.dataSource, run.id);
  };
  const openDuplicates = async () => t.dataSource.query(`SELECT role_id, candidate_id FROM match WHERE status = ANY($1::match_status[]) GROUP BY 1, 2 HAVING count(*) > 1`, [OPEN]);

  it('proposes the best fitting volunteers for a published need, each with an explanation', async () => {
    const accountant = await insertVolunteer(t.dataSource, {
      skills: [
        ['accounting', 4],
        ['bookkeeping', 3],
      ],
      causes: ['EDUCATION'],
    });
    const junior = await insertVolunteer(t.dataSource, { skills: [['accounting', 3]] });
    const englishOnly = await insertVolunteer(t.dataSource, {
      languages: ['en'],
      skills: [
        ['accounting', 5],
        ['bookkeeping', 5],
      ],
    });
    const designer = await insertVolunteer(t.dataSource, { skills: [['web-design', 5]] });
    const away = await insertVolunteer(t.dataSource, { available: false, skills: [['accounting', 5]] });
    const { needId, roleIds } = await insertNeed(t.dataSource, {
      nonprofitId,
      roles: [
        {
          seats: 2,
          skills: [
            ['accounting', 3, 5],
            ['bookkeeping', 2, 3],
          ],
        },
      ],
    });

    const run = await publish(needId);

    expect(run).toMatchObject({ status: 'SUCCEEDED', progress: 100, attempts: 1, error: null });
    expect(run.counts).toMatchObject({ roles: 1, proposed: 2, updated: 0, withdrawn: 0 });
    expect(Object.keys(run.timings)).toEqual(expect.arrayContaining(['loadMs', 'solveMs', 'saveMs']));
    const matches = await matchesOf(t.dataSource, roleIds);
    expect(matches.map((m) => m.candidate_id).sort()).toEqual([accountant, junior].sort());
    expect(matches.map((m) => m.candidate_id)).not.toEqual(expect.arrayContaining([englishOnly, designer, away]));
    for (const m of matches) {
      // The nonprofit is affiliated with an intermediary: its curators approve proposals first.
      expect(m.status).toBe('PROPOSED');
      expect(m.score).toBeGreaterThan(0);
      expect(m.explanation).toMatch(/accounting/i);
    }
    const events = await t.dataSource.query(`SELECT action, from_status, to_status, actor_user_id FROM match_event WHERE match_id = ANY($1::uuid[])`, [matches.map((m) => m.id)]);
    expect(events).toEqual([
      { action: 'PROPOSE', from_status: null, to_status: 'PROPOSED', actor_user_id: null },
      { action: 'PROPOSE', from_status: null, to_status: 'PROPOSED', actor_user_id: null },
    ]);
  });

  it('offers straight away when nobody curates the need', async () => {
    const loneNonprofit = await insertOrganization(t.dataSource, 'NONPROFIT');
    const volunteer = await insertVolunteer(t.dataSource, { skills: [['tax-law', 4]] });
    const { needId, roleIds } = await insertNeed(t.dataSource, { nonprofitId: loneNonprofit, roles: [{ skills: [['tax-law', 3, 3]] }] });

    await publish(needId);

    const [row] = await t.dataSource.query(`SELECT candidate_id, status, offered_at, expires_at - offered_at AS deadline FROM match WHERE role_id = $1`, [roleIds[0]]);
    expect(row).toMatchObject({ candidate_id: volunteer, status: 'OFFERED' });
    expect(row.deadline).toMatchObject({ days: t.config.OFFER_DEADLINE_DAYS });
  });

  it('reruns without duplicates, withdraws what fell out of the optimum and never touches an acted-on match', async () => {
    const first = await insertVolunteer(t.dataSource, { skills: [['bookkeeping', 4]] });
    const second = await insertVolunteer(t.dataSource, { skills: [['bookkeeping', 3]] });
    const { needId, roleIds } = await insertNeed(t.dataSource, { nonprofitId, roles: [{ seats: 2, skills: [['bookkeeping', 3, 3]] }] });
    await publish(needId);
    const before = await matchesOf(t.dataSource, roleIds);
    expect(before.map((m) => m.candidate_id).sort()).toEqual([first, second].sort());

    const again = await rerun(needId);
    expect(again.counts).toMatchObject({ proposed: 0, updated: 0, withdrawn: 0 });
    expect(await matchesOf(t.dataSource, roleIds)).toEqual(before);

    // A curator offers the first proposal; then a much better volunteer joins.
    const offered = before.find((m) => m.candidate_id === first) as { id: string };
    await t.dataSource.query(`UPDATE match SET status = 'OFFERED', offered_at = now(), version = version + 1 WHERE id = $1`, [offered.id]);
    const [offeredBefore] = await t.dataSource.query(`SELECT status, version, updated_at FROM match WHERE id = $1`, [offered.id]);
    const star = await insertVolunteer(t.dataSource, { skills: [['bookkeeping', 5]], causes: ['EDUCATION'], hoursPerMonth: 30 });

    const third = await rerun(needId);

    expect(third.counts).toMatchObject({ proposed: 1, withdrawn: 1 });
    const after = await matchesOf(t.dataSource, roleIds);
    const byCandidate = new Map(after.map((m) => [m.candidate_id, m]));
    expect(byCandidate.get(star)?.status).toBe('PROPOSED');
    expect(byCandidate.get(second)?.status).toBe('WITHDRAWN');
    const [offeredAfter] = await t.dataSource.query(`SELECT status, version, updated_at FROM match WHERE id = $1`, [offered.id]);
    expect(offeredAfter).toEqual(offeredBefore);
    const withdrawn = byCandidate.get(second) as { id: string };
    const [note] = await t.dataSource.query(`SELECT status_note FROM match WHERE id = $1`, [withdrawn.id]);
    expect(note.status_note).toBe('no longer among the best proposals');
    const [event] = await t.dataSource.query(`SELECT action, from_status, to_status, actor_user_id, reason FROM match_event WHERE match_id = $1 AND action = 'WITHDRAW'`, [
      withdrawn.id,
    ]);
    expect(event).toMatchObject({ action: 'WITHDRAW', from_status: 'PROPOSED', to_status: 'WITHDRAWN', actor_user_id: null });
    expect(event.reason).toMatch(/no longer among the best proposals/);

    // A declined pair is never proposed again; the withdrawn one may come back.
    await t.dataSource.query(`UPDATE match SET status = 'DECLINED' WHERE role_id = $1 AND candidate_id = $2`, [roleIds[0], star]);
    await rerun(needId);
    const last = await matchesOf(t.dataSource, roleIds);
    expect(last.filter((m) => m.candidate_id === star).map((m) => m.status)).toEqual(['DECLINED']);
    expect(last.filter((m) => m.candidate_id === second && m.status === 'PROPOSED')).toHaveLength(1);
    expect(await openDuplicates()).toEqual([]);
  });

  it('queues a run once however often it is enqueued, and joins requests for a scope that has not started', async () => {
    const { needId } = await insertNeed(t.dataSource, { nonprofitId, roles: [{ skills: [['accounting', 2, 1]] }] });
    const [{ id: runId }] = await t.dataSource.query(`INSERT INTO matching_run (scope, scope_id, trigger) VALUES ('NEED', $1, 'CURATOR') RETURNING id`, [needId]);
    const enqueue = (id: string) => t.app.get(QueueService).add(RunMatchingJob, { runId: id }, { jobId: id });

    await Promise.all([enqueue(runId), enqueue(runId), enqueue(runId)]);
    const run = await waitForRun(t.dataSource, runId);
    const job = async () => {
      const j = await queue.getJob(runId);
      return [await j?.getState(), j?.finishedOn];
    };
    const finished = await waitFor('the run job to complete', async () => {
      const state = await job();
      return state[0] === 'completed' && state;
    });
    await enqueue(runId);
    // The queue kept the finished job instead of adding one: nothing can run the scope again.
    expect(await job()).toEqual(finished);

    expect((await runRow(t.dataSource, runId)).attempts).toBe(1);
    expect(run.status).toBe('SUCCEEDED');
    const jobs = await queue.getJobs(['completed', 'active', 'wait', 'delayed', 'failed']);
    expect(jobs.filter((j) => j.id === runId)).toHaveLength(1);

    // Two requests for a scope whose run has not started share that run.
    const [{ id: waiting }] = await t.dataSource.query(`INSERT INTO matching_run (scope, scope_id, trigger) VALUES ('NEED', $1, 'CURATOR') RETURNING id`, [needId]);
    const a = await launcher().launch({ scope: MatchingScope.NEED, scopeId: needId, trigger: MatchingTrigger.CURATOR, requestedById: null });
    expect(a.id).toBe(waiting);
    await waitForRun(t.dataSource, waiting);
  });

  it('ends a run whose scope is gone FAILED at once, and a run that keeps failing FAILED after its retries', async () => {
    const [{ id: missing }] = await t.dataSource.query(`INSERT INTO matching_run (scope, scope_id, trigger) VALUES ('NEED', $1, 'CURATOR') RETURNING id`, [randomUUID()]);
    await t.app.get(QueueService).add(RunMatchingJob, { runId: missing }, { jobId: missing });
    const gone = await waitForRun(t.dataSource, missing);
    expect(gone).toMatchObject({ status: 'FAILED', attempts: 1 });
    expect(gone.error).toMatch(/need .* does not exist/);

    const { needId } = await insertNeed(t.dataSource, { nonprofitId, roles: [{ skills: [['accounting', 2, 1]] }] });
    const [{ id: broken }] = await t.dataSource.query(
      `INSERT INTO matching_run (scope, scope_id, trigger, parameters) VALUES ('NEED', $1, 'CURATOR', '{"topK": 0}') RETURNING id`,
      [needId],
    );
    await t.app.get(QueueService).add(RunMatchingJob, { runId: broken }, { jobId: broken });
    const failed = await waitForRun(t.dataSource, broken, ['FAILED'], 20_000);
    expect(failed.attempts).toBe(3);
    expect(failed.error).toMatch(/topK/);
    expect(await t.dataSource.query(`SELECT 1 FROM match WHERE run_id = $1`, [broken])).toEqual([]);
  });

  it('turns a burst of profile changes into one run that re-matches the roles the candidate could serve', async () => {
    const { roleIds } = await insertNeed(t.dataSource, { nonprofitId, roles: [{ skills: [['ux-writing', 3, 3]] }] });
    const owner = await signUp(t);
    const designer = await insertVolunteer(t.dataSource, { userId: owner.userId, skills: [['ux-writing', 4]] });

    await emit({ type: 'profile.changed', kind: 'VOLUNTEER', profileId: designer, actorUserId: owner.userId });
    await emit({ type: 'profile.changed', kind: 'VOLUNTEER', profileId: designer, actorUserId: owner.userId });

    const runs = await t.dataSource.query(`SELECT id, scope, trigger, status FROM matching_run WHERE parameters -> 'candidate' ->> 'id' = $1`, [designer]);
    // Two events in the same minute: one run (unless the minute turned between them).
    expect(runs.length).toBeLessThanOrEqual(2);
    expect(runs[0]).toMatchObject({ scope: 'ROLES', trigger: 'PROFILE_CHANGED', status: 'QUEUED' });
    const job = await queue.getJob(runs.at(-1).id);
    expect(await job?.isDelayed()).toBe(true);
    await job?.promote();
    await waitForRun(t.dataSource, runs.at(-1).id);
    expect((await matchesOf(t.dataSource, roleIds)).map((m) => m.candidate_id)).toEqual([designer]);
  });

  it('registers the nightly re-optimization once and turns each firing into one ALL run', async () => {
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers).toEqual([expect.objectContaining({ key: 'matching-reoptimize', pattern: t.config.MATCHING_SCHEDULE })]);

    const job = worker.get(ReoptimizeMatchingJob);
    const firing = { id: 'repeat:matching-reoptimize:1', name: ReoptimizeMatchingJob.name } as Job<ReoptimizeMatchingJobData>;
    await job.handle({}, firing);
    await job.handle({}, firing);
    const runs = await t.dataSource.query(`SELECT id FROM matching_run WHERE trigger = 'SCHEDULED'`);
    expect(runs).toHaveLength(1);
    const run = await waitForRun(t.dataSource, runs[0].id);
    expect(run.status).toBe('SUCCEEDED');
    expect(await openDuplicates()).toEqual([]);
  });

  it('a curator reads proposals with their explanation; the nonprofit sees them only once offered', async () => {
    const curator = await signUp(t);
    await t.dataSource.query(`INSERT INTO membership (user_id, organization_id, role) VALUES ($1, $2, 'MEMBER')`, [curator.userId, intermediaryId]);
    const member = await signUp(t);
    const ownNonprofit = await createOrganization(t, member, { kind: 'NONPROFIT' });
    await affiliate(t.dataSource, intermediaryId, ownNonprofit);
    await insertVolunteer(t.dataSource, { skills: [['accounting', 5]] });
    const { needId } = await insertNeed(t.dataSource, { nonprofitId: ownNonprofit, roles: [{ skills: [['accounting', 3, 3]] }] });
    await publish(needId);
    const query = `query($needId: ID) { matches(filter: { needId: $needId, sides: [CURATOR, NONPROFIT] }) { totalCount nodes { status explanation score
      reasons { kind skillId level wanted } breakdown { parts { skills load } weights { skills } } need { id } role { id } volunteerProfile { id } } } }`;

    type Node = {
      explanation: string;
      reasons: unknown[];
      breakdown: { parts: { skills: number }; weights: { skills: number } };
      need: { id: string };
      volunteerProfile: { id: string };
    };
    const seen = await t.gql<{ matches: { totalCount: number; nodes: Node[] } }>(query, { needId }, curator.token);
    expect(seen.errors).toBeUndefined();
    expect(seen.data?.matches.totalCount).toBe(1);
    expect(seen.data?.matches.nodes[0].explanation).toMatch(/accounting/i);
    expect(seen.data?.matches.nodes[0].need.id).toBe(needId);
    expect(seen.data?.matches.nodes[0].reasons).toContainEqual({ kind: 'SKILL', skillId: 'accounting', level: 5, wanted: 3 });
    expect(seen.data?.matches.nodes[0].breakdown.parts.skills).toBeGreaterThan(0);
    expect(seen.data?.matches.nodes[0].breakdown.weights.skills).toBeGreaterThan(0);
    const hidden = await t.gql<{ matches: { totalCount: number } }>(query, { needId }, member.token);
    expect(hidden.data?.matches.totalCount).toBe(0);
  });
});
