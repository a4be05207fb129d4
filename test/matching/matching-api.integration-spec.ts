import { AddressInfo } from 'node:net';

import { INestApplicationContext } from '@nestjs/common';
import { Client, createClient } from 'graphql-ws';
import request from 'supertest';
import WebSocket from 'ws';

import { insertAffiliation, insertMembership, insertNeed, insertOrganization, insertProgram, insertSkills, insertVolunteer } from '../utils/fixtures';
import { makePlatformAdmin, Session, signUp } from '../utils/operations';
import { createTestApp, errorCode, TestApp } from '../utils/test-app';
import { waitFor } from '../utils/wait';
import { waitForRun } from './matching-fixtures';
import { startWorker } from './matching-worker';

const START = `mutation($input: StartMatchingRunInput!) { startMatchingRun(input: $input) { id scope scopeId trigger status requestedById } }`;
const RUN = `query($id: ID!) { matchingRun(id: $id) { id status progress } }`;
const RUNS = `query($filter: MatchingRunFilter) { matchingRuns(filter: $filter, first: 50) { totalCount nodes { id scope } } }`;

interface StartedRun {
  id: string;
  scope: string;
  scopeId: string | null;
  trigger: string;
  status: string;
  requestedById: string | null;
}

interface ProgressEvent {
  status: string;
  progress: number;
}

describe('matching API', () => {
  let t: TestApp;
  let admin: Session;
  let curatorA: Session;
  let curatorB: Session;
  let volunteer: Session;
  let intermediaryA: string;
  let intermediaryB: string;
  let programA: string;
  let needA: string;

  beforeAll(async () => {
    t = await createTestApp();
    [admin, curatorA, curatorB, volunteer] = [await signUp(t), await signUp(t), await signUp(t), await signUp(t)];
    await makePlatformAdmin(t, admin);
    await insertSkills(t.dataSource, ['fundraising', 'copywriting']);
    intermediaryA = await insertOrganization(t.dataSource, 'INTERMEDIARY');
    intermediaryB = await insertOrganization(t.dataSource, 'INTERMEDIARY');
    await insertMembership(t.dataSource, { userId: curatorA.userId, organizationId: intermediaryA });
    await insertMembership(t.dataSource, { userId: curatorB.userId, organizationId: intermediaryB });
    programA = await insertProgram(t.dataSource, { intermediaryId: intermediaryA });
    const nonprofit = await insertOrganization(t.dataSource, 'NONPROFIT');
    await insertAffiliation(t.dataSource, { intermediaryId: intermediaryA, organizationId: nonprofit, vetted: true });
    ({ needId: needA } = await insertNeed(t.dataSource, { nonprofitId: nonprofit, roles: [{ skills: [['fundraising', 3, 3]] }] }));
    await insertVolunteer(t.dataSource, { userId: volunteer.userId, skills: [['fundraising', 4]] });
  });
  afterAll(() => t?.close());

  const start = (session: Session, input: Record<string, unknown>) => t.gql<{ startMatchingRun: StartedRun }>(START, { input }, session.token);
  const runCount = async () => Number((await t.dataSource.query(`SELECT count(*) FROM matching_run`))[0].count);

  describe('startMatchingRun', () => {
    it('lets a curator start a run for their program, intermediary or need, and joins one not started yet', async () => {
      const program = await start(curatorA, { scope: 'PROGRAM', scopeId: programA });
      expect(program.errors).toBeUndefined();
      expect(program.data?.startMatchingRun).toMatchObject({ scope: 'PROGRAM', scopeId: programA, trigger: 'CURATOR', status: 'QUEUED', requestedById: curatorA.userId });
      const again = await start(curatorA, { scope: 'PROGRAM', scopeId: programA });
      expect(again.data?.startMatchingRun.id).toBe(program.data?.startMatchingRun.id);
      expect((await start(curatorA, { scope: 'INTERMEDIARY', scopeId: intermediaryA })).errors).toBeUndefined();
      expect((await start(curatorA, { scope: 'NEED', scopeId: needA })).errors).toBeUndefined();
    });

    it('refuses volunteers, curators of another intermediary and non-admins asking for ALL, writing nothing', async () => {
      const before = await runCount();
      expect(errorCode(await start(volunteer, { scope: 'PROGRAM', scopeId: programA }))).toBe('FORBIDDEN');
      expect(errorCode(await start(volunteer, { scope: 'NEED', scopeId: needA }))).toBe('FORBIDDEN');
      expect(errorCode(await start(curatorB, { scope: 'PROGRAM', scopeId: programA }))).toBe('FORBIDDEN');
      expect(errorCode(await start(curatorB, { scope: 'INTERMEDIARY', scopeId: intermediaryA }))).toBe('FORBIDDEN');
      expect(errorCode(await start(curatorB, { scope: 'NEED', scopeId: needA }))).toBe('FORBIDDEN');
      expect(errorCode(await start(curatorA, { scope: 'ALL' }))).toBe('FORBIDDEN');
      expect(errorCode(await start(curatorA, { scope: 'PROGRAM', scopeId: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
      expect(await runCount()).toBe(before);
    });

    it('names the field of a bad request', async () => {
      const missing = await start(curatorA, { scope: 'PROGRAM' });
      expect(errorCode(missing)).toBe('BAD_USER_INPUT');
      expect(missing.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'scopeId' })]);
      const roles = await start(curatorA, { scope: 'ROLES' });
      expect(errorCode(roles)).toBe('BAD_USER_INPUT');
      expect(roles.errors?.[0].extensions?.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'scope' })]));
    });

    it('lets a platform admin re-match everything', async () => {
      const all = await start(admin, { scope: 'ALL' });
      expect(all.data?.startMatchingRun).toMatchObject({ scope: 'ALL', scopeId: null });
    });
  });

  describe('reading runs', () => {
    it('shows a run to the curators who could start it and platform admins, and to nobody else', async () => {
      const { data } = await start(curatorA, { scope: 'INTERMEDIARY', scopeId: intermediaryA });
      const id = data?.startMatchingRun.id as string;
      expect((await t.gql(RUN, { id }, curatorA.token)).errors).toBeUndefined();
      expect((await t.gql(RUN, { id }, admin.token)).errors).toBeUndefined();
      expect(errorCode(await t.gql(RUN, { id }, curatorB.token))).toBe('NOT_FOUND');
      expect(errorCode(await t.gql(RUN, { id }, volunteer.token))).toBe('NOT_FOUND');

      type Runs = { matchingRuns: { totalCount: number; nodes: { id: string; scope: string }[] } };
      const mine = await t.gql<Runs>(RUNS, {}, curatorA.token);
      expect(mine.data?.matchingRuns.nodes.map((n) => n.id)).toContain(id);
      expect(mine.data?.matchingRuns.nodes.map((n) => n.scope)).not.toContain('ALL');
      const theirs = await t.gql<Runs>(RUNS, {}, curatorB.token);
      expect(theirs.data?.matchingRuns.totalCount).toBe(0);
      const adminRuns = await t.gql<Runs>(RUNS, { filter: { scope: 'ALL' } }, admin.token);
      expect(adminRuns.data?.matchingRuns.nodes.length).toBeGreaterThan(0);
      expect(new Set(adminRuns.data?.matchingRuns.nodes.map((n) => n.scope))).toEqual(new Set(['ALL']));
    });
  });

  describe('matches offered to me (sides: [CANDIDATE])', () => {
    it('shows a volunteer the matches offered to them, never a proposal still with the curator', async () => {
      const person = await signUp(t);
      const profile = await insertVolunteer(t.dataSource, { userId: person.userId, skills: [['copywriting', 3]] });
      const nonprofit = await insertOrganization(t.dataSource, 'NONPROFIT');
      const { needId, roleIds } = await insertNeed(t.dataSource, { nonprofitId: nonprofit, roles: [{ skills: [['copywriting', 2, 2]] }, { skills: [['copywriting', 2, 2]] }] });
      const insertMatch = (roleId: string, status: string, offered: boolean) =>
        t.dataSource.query(
          `INSERT INTO match (role_id, need_id, candidate_kind, candidate_id, volunteer_profile_id, status, score, explanation, offered_at, version)
           VALUES ($1, $2, 'VOLUNTEER', $3, $3, $4, 0.8, 'Because you write well', $5, 1) RETURNING id`,
          [roleId, needId, profile, status, offered ? new Date() : null],
        );
      const [[offered]] = [await insertMatch(roleIds[0], 'OFFERED', true)];
      await insertMatch(roleIds[1], 'PROPOSED', false);

      const res = await t.gql<{ matches: { totalCount: number; nodes: { id: string; explanation: string; volunteerProfile: { id: string } }[] } }>(
        `{ matches(filter: { sides: [CANDIDATE] }) { totalCount nodes { id explanation volunteerProfile { id } } } }`,
        {},
        person.token,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.matches).toEqual({ totalCount: 1, nodes: [{ id: offered.id, explanation: 'Because you write well', volunteerProfile: { id: profile } }] });
      const other = await t.gql<{ matches: { totalCount: number } }>(`{ matches(filter: { sides: [CANDIDATE] }) { totalCount } }`, {}, curatorB.token);
      expect(other.data?.matches.totalCount).toBe(0);
    });
  });

  describe('/admin/queues', () => {
    it('is for platform admins only: 401 without a token, 403 for others, 200 for admins (header or cookie)', async () => {
      const server = t.app.getHttpServer();
      expect((await request(server).get('/admin/queues')).status).toBe(401);
      expect((await request(server).get('/admin/queues').set('Authorization', 'Bearer forged.token.value')).status).toBe(401);
      expect((await request(server).get('/admin/queues').set('Authorization', `Bearer ${volunteer.token}`)).status).toBe(403);
      expect((await request(server).get('/admin/queues/api/queues').set('Authorization', `Bearer ${curatorA.token}`)).status).toBe(403);
      const page = await request(server).get('/admin/queues').set('Authorization', `Bearer ${admin.token}`);
      expect(page.status).toBe(200);
      expect(page.text).toMatch(/<html/i);
      const api = await request(server).get('/admin/queues/api/queues').set('Authorization', `Bearer ${admin.token}`);
      expect(api.status).toBe(200);
      expect(JSON.stringify(api.body)).toContain('matching');

      const session = await request(server).post('/admin/queues/session').set('Authorization', `Bearer ${admin.token}`);
      expect(session.status).toBe(204);
      const cookie = String(session.headers['set-cookie']).split(';')[0];
      expect(cookie).toMatch(/^rally_queues=/);
      expect((await request(server).get('/admin/queues').set('Cookie', cookie)).status).toBe(200);
      expect((await request(server).post('/admin/queues/session').set('Authorization', `Bearer ${volunteer.token}`)).status).toBe(403);
    });
  });

  describe('matchingRunProgress subscription', () => {
    let worker: INestApplicationContext | undefined;
    let client: Client | undefined;
    afterAll(async () => {
      await client?.dispose();
      await worker?.close();
    });

    const subscribe = (session: Session, runId: string, events: ProgressEvent[] = []) =>
      new Promise<{ events: ProgressEvent[]; error?: unknown }>((resolve) => {
        client = createClient({ url: wsUrl(), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${session.token}` }, retryAttempts: 0 });
        client.subscribe<{ matchingRunProgress: ProgressEvent }>(
          { query: `subscription($runId: ID!) { matchingRunProgress(runId: $runId) { status progress } }`, variables: { runId } },
          {
            next: (message) => {
              if (message.data) events.push(message.data.matchingRunProgress);
              else resolve({ events, error: message.errors });
            },
            error: (error) => resolve({ events, error }),
            complete: () => resolve({ events }),
          },
        );
      });
    let port = 0;
    const wsUrl = () => `ws://127.0.0.1:${port}/graphql`;

    it('delivers a run’s progress from QUEUED to SUCCEEDED, through Redis from the worker', async () => {
      await t.app.listen(0, '127.0.0.1');
      port = (t.app.getHttpServer().address() as AddressInfo).port;
      const nonprofit = await insertOrganization(t.dataSource, 'NONPROFIT');
      await insertAffiliation(t.dataSource, { intermediaryId: intermediaryA, organizationId: nonprofit, vetted: true });
      const { needId } = await insertNeed(t.dataSource, { nonprofitId: nonprofit, roles: [{ skills: [['copywriting', 2, 2]] }] });
      const { data } = await start(curatorA, { scope: 'NEED', scopeId: needId });
      const runId = data?.startMatchingRun.id as string;

      const seen: ProgressEvent[] = [];
      const watching = subscribe(curatorA, runId, seen);
      // The first event (the run as it is) comes once the subscription listens on Redis.
      await waitFor('the subscription to start', async () => seen.length > 0);
      worker = await startWorker(t.config);
      const { events, error } = await watching;

      expect(error).toBeUndefined();
      expect(events[0]).toEqual({ status: 'QUEUED', progress: 0 });
      expect(events.at(-1)).toEqual({ status: 'SUCCEEDED', progress: 100 });
      const progress = events.filter((e) => e.status === 'RUNNING').map((e) => e.progress);
      expect(progress).toEqual(expect.arrayContaining([0, 10, 60]));
      expect(progress).toEqual([...progress].sort((a, b) => a - b));
      expect((await waitForRun(t.dataSource, runId)).status).toBe('SUCCEEDED');
    });

    it('refuses to show a run to a curator who may not see it', async () => {
      const { data } = await start(curatorA, { scope: 'PROGRAM', scopeId: programA });
      await client?.dispose();
      const { events, error } = await subscribe(curatorB, data?.startMatchingRun.id as string);
      expect(events).toEqual([]);
      expect(JSON.stringify(error)).toContain('NOT_FOUND');
    });
  });
});
