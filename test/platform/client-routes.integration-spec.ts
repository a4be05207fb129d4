import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import request from 'supertest';

import { createTestApp, TestApp } from '../utils/test-app';

const SHELL = '<!doctype html><html><body><div id="root"></div><!-- rally app shell --></body></html>';

describe('client routes and server routes', () => {
  let t: TestApp;
  let clientDist: string;
  beforeAll(async () => {
    clientDist = mkdtempSync(join(tmpdir(), 'rally-client-'));
    writeFileSync(join(clientDist, 'index.html'), SHELL);
    t = await createTestApp({}, { clientDist });
  });
  afterAll(async () => {
    await t.close();
    rmSync(clientDist, { recursive: true, force: true });
  });

  const get = (path: string) => request(t.app.getHttpServer()).get(path);

  it.each(['/admin/skills', '/admin/networks', '/admin', '/needs/42', '/healthy-habits', '/graphqlish'])('serves the app shell on reloading %s', async (path) => {
    const res = await get(path).set('Accept', 'text/html');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toContain('rally app shell');
  });

  it('leaves the queue dashboard to the server, behind its admin check', async () => {
    for (const path of ['/admin/queues', '/admin/queues/api/queues']) {
      const res = await get(path).set('Accept', 'text/html');
      expect(res.status).toBe(401);
      expect(res.text).not.toContain('rally app shell');
    }
  });

  it('leaves /graphql and /health to the server', async () => {
    const health = await get('/health');
    expect(health.status).toBe(200);
    expect(health.body.status).toBe('ok');
    const graphql = await get('/graphql?query=%7B__typename%7D').set('Accept', 'application/json').set('apollo-require-preflight', 'true');
    expect(graphql.text).not.toContain('rally app shell');
    expect(graphql.body.data).toEqual({ __typename: 'Query' });
  });

  it('does not hand the shell to other methods', async () => {
    const res = await request(t.app.getHttpServer()).post('/admin/skills').send({});
    expect(res.text).not.toContain('rally app shell');
    expect(res.status).toBe(404);
  });
});
