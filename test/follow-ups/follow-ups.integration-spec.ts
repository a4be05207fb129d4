import { getQueueToken } from '@nestjs/bullmq';
import { TestingModule } from '@nestjs/testing';
import { Queue } from 'bullmq';

import { FollowUpsService } from '../../src/follow-ups/follow-ups.service';
import { FollowUpsWorkerModule } from '../../src/follow-ups/follow-ups-worker.module';
import { askFollowUpJobId } from '../../src/follow-ups/jobs/ask-follow-up.job';
import { QueueName } from '../../src/queue/queue-names';
import { startWorker } from '../lifecycle/lifecycle-worker';
import { addNeed, createWorld, person, World } from '../lifecycle/lifecycle-world';
import { completeMatch } from '../lifecycle/match-operations';
import { insertMatch, insertMembership, MatchStatus } from '../utils/fixtures';
import { createTestApp, errorCode, errorFields, TestApp } from '../utils/test-app';
import { waitFor } from '../utils/wait';

interface FollowUpView {
  answer: string | null;
  comment: string | null;
  answeredAt: string | null;
}

const FOLLOW_UP = 'answer comment answeredAt askedAt';
const MATCH = `query($id: ID!) { match(id: $id) { id status followUp { ${FOLLOW_UP} } } }`;
const ANSWER = `mutation($matchId: ID!, $answer: FollowUpAnswer!, $comment: String) { answerFollowUp(matchId: $matchId, answer: $answer, comment: $comment) { ${FOLLOW_UP} } }`;

describe('the three-month follow-up question', () => {
  let t: TestApp;
  let w: World;
  let worker: TestingModule;

  beforeAll(async () => {
    // Two seconds instead of 90 days: the job runs through the real queue and worker.
    t = await createTestApp({ FOLLOW_UP_DELAY_SECONDS: '2' });
    w = await createWorld(t);
    worker = await startWorker(t, [FollowUpsWorkerModule]);
  });
  afterAll(async () => {
    await worker.close();
    await t.close();
  });

  async function matchOf(status: MatchStatus): Promise<string> {
    const { roleIds } = await addNeed(t, w, { roles: [{ kind: 'VOLUNTEER' }] });
    return insertMatch(t, { roleId: roleIds[0], kind: 'VOLUNTEER', candidateId: w.volunteer.profileId, status });
  }
  const followUpSeenBy = async (token: string, matchId: string) =>
    (await t.gql<{ match: { followUp: FollowUpView | null } }>(MATCH, { id: matchId }, token)).data?.match.followUp ?? null;
  const answer = (token: string | undefined, matchId: string, value: string, comment?: string | null) =>
    t.gql<{ answerFollowUp: FollowUpView }>(ANSWER, { matchId, answer: value, comment }, token);
  const askedRows = async (matchId: string) =>
    (await t.dataSource.query('SELECT answer, comment FROM follow_up WHERE match_id = $1', [matchId])) as { answer: string | null; comment: string | null }[];

  /** An active match the nonprofit completes through the API, as people do; the follow-up is then asked by the delayed job. */
  async function completedAndAsked(): Promise<string> {
    const matchId = await matchOf('ACTIVE');
    const done = await completeMatch(t, w.nonprofit.token, matchId, 1);
    expect(done.errors).toBeUndefined();
    await waitFor('the follow-up question', async () => (await askedRows(matchId)).length > 0, 20_000);
    return matchId;
  }

  it('asks the nonprofit once the delay has passed after completion, through a job with the match’s id', async () => {
    const matchId = await matchOf('ACTIVE');
    const started = Date.now();
    expect((await completeMatch(t, w.nonprofit.token, matchId, 1)).errors).toBeUndefined();
    expect(await followUpSeenBy(w.nonprofit.token, matchId)).toBeNull();
    const queue = worker.get<Queue>(getQueueToken(QueueName.FOLLOW_UPS), { strict: false });
    const job = await queue.getJob(askFollowUpJobId(matchId));
    expect(job?.opts.delay).toBe(2000);
    await waitFor('the follow-up question', async () => (await askedRows(matchId)).length > 0, 20_000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
    expect(await followUpSeenBy(w.nonprofit.token, matchId)).toMatchObject({ answer: null, answeredAt: null });
    // Curators see it too; the candidate side does not.
    expect(await followUpSeenBy(w.curator.token, matchId)).not.toBeNull();
    expect(await followUpSeenBy(w.volunteer.token, matchId)).toBeNull();
  });

  it('tells the nonprofit’s members, and no one else, that the question waits, once', async () => {
    const matchId = await completedAndAsked();
    const told = async () => (await t.dataSource.query(`SELECT user_id FROM notification WHERE match_id = $1 AND kind = 'FOLLOW_UP_ASKED'`, [matchId])) as { user_id: string }[];
    expect((await told()).map((r) => r.user_id)).toEqual([w.nonprofit.userId]);
    expect(await t.app.get(FollowUpsService).ask(matchId)).toBe('already-asked');
    expect(await told()).toHaveLength(1);
  });

  it('lets a member of the nonprofit answer once, with an optional comment kept as plain text', async () => {
    const matchId = await completedAndAsked();
    const html = '<b>Yes</b> — the new site <script>x</script> runs daily';
    const res = await answer(w.nonprofit.token, matchId, 'PARTLY', `  ${html}  `);
    expect(res.errors).toBeUndefined();
    expect(res.data?.answerFollowUp).toMatchObject({ answer: 'PARTLY', comment: html });
    const again = await answer(w.nonprofit.token, matchId, 'YES');
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.errors?.[0].extensions).toMatchObject({ reason: 'FOLLOW_UP_ANSWERED' });
    expect(await askedRows(matchId)).toEqual([{ answer: 'PARTLY', comment: html }]);
  });

  it('refuses the candidate and curators (FORBIDDEN), other tenants (NOT_FOUND) and bad input, and changes nothing', async () => {
    const matchId = await completedAndAsked();
    expect(errorCode(await answer(w.volunteer.token, matchId, 'YES'))).toBe('FORBIDDEN');
    expect(errorCode(await answer(w.curator.token, matchId, 'YES'))).toBe('FORBIDDEN');
    for (const p of [w.otherCurator, w.outsider, w.companyAdmin, w.funder]) expect(errorCode(await answer(p.token, matchId, 'YES'))).toBe('NOT_FOUND');
    expect(errorCode(await answer(undefined, matchId, 'YES'))).toBe('UNAUTHENTICATED');
    expect(errorFields(await answer(w.nonprofit.token, matchId, 'YES', 'x'.repeat(1001)))).toEqual(['comment']);
    expect(errorFields(await answer(w.nonprofit.token, matchId, 'YES', 'bell\u0007'))).toEqual(['comment']);
    expect(errorCode(await answer(w.nonprofit.token, matchId, 'MAYBE'))).toBe('BAD_USER_INPUT');
    expect(errorFields(await answer(w.nonprofit.token, 'not-an-id', 'YES'))).toEqual(['matchId']);
    expect(errorCode(await answer(w.nonprofit.token, '00000000-0000-4000-8000-000000000000', 'YES'))).toBe('NOT_FOUND');
    expect(await askedRows(matchId)).toEqual([{ answer: null, comment: null }]);
    // Another member of the nonprofit may answer.
    const colleague = await person(t, 'Nils Colleague');
    await insertMembership(t, { userId: colleague.userId, organizationId: w.nonprofitId });
    expect((await answer(colleague.token, matchId, 'NO', '')).data?.answerFollowUp).toMatchObject({ answer: 'NO', comment: null });
  });

  it('answers CONFLICT before the question is asked, and the job asks nothing of a match that is no longer completed', async () => {
    const matchId = await matchOf('COMPLETED');
    const early = await answer(w.nonprofit.token, matchId, 'YES');
    expect(errorCode(early)).toBe('CONFLICT');
    expect(early.errors?.[0].extensions).toMatchObject({ reason: 'FOLLOW_UP_NOT_ASKED' });
    const cancelled = await matchOf('CANCELLED');
    const queue = worker.get<Queue>(getQueueToken(QueueName.FOLLOW_UPS), { strict: false });
    const job = await queue.add('AskFollowUpJob', { matchId: cancelled }, { jobId: askFollowUpJobId(cancelled) });
    await waitFor('the job to finish', async () => (await job.isCompleted()) || (await job.isFailed()), 20_000);
    expect(await job.getState()).toBe('completed');
    expect((await queue.getJob(askFollowUpJobId(cancelled)))?.returnvalue).toBe('not-completed');
    expect(await askedRows(cancelled)).toEqual([]);
  });
});
