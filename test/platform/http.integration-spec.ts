import { randomUUID } from 'node:crypto';

import IORedis from 'ioredis';
import request from 'supertest';

import { TokenService } from '../../src/auth/token.service';
import { REQUEST_REDIS } from '../../src/common/redis/redis.module';
import { createTestApp, TestApp } from '../utils/test-app';

describe('HTTP surface', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ CORS_ORIGINS: 'https://rally.example.org' });
  });
  afterAll(() => t.close());

  it('reports database and Redis health', async () => {
    const res = await request(t.app.getHttpServer()).get('/health').expect(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.info).toMatchObject({ database: { status: 'up' }, redis: { status: 'up' } });
  });

  it('sends security headers', async () => {
    const res = await request(t.app.getHttpServer()).get('/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('allows CORS only from configured origins', async () => {
    const allowed = await request(t.app.getHttpServer()).options('/graphql').set('Origin', 'https://rally.example.org').set('Access-Control-Request-Method', 'POST');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://rally.example.org');
    const other = await request(t.app.getHttpServer()).options('/graphql').set('Origin', 'https://evil.example.com').set('Access-Control-Request-Method', 'POST');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers malformed GraphQL with a typed error and no stack trace', async () => {
    const res = await t.gql('{ me { id ');
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|at Object\./);
  });

  describe('client mistakes at the HTTP level are 4xx with a code', () => {
    const post = () => request(t.app.getHttpServer()).post('/graphql');
    const expectCode = (res: request.Response, status: number, message: RegExp) => {
      expect(res.status).toBe(status);
      expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(res.body.errors[0].message).toMatch(message);
    };

    it('malformed JSON → 400', async () => {
      expectCode(await post().set('Content-Type', 'application/json').send('{"query": '), 400, /not valid JSON/);
    });

    it('a body over the limit → 413', async () => {
      const body = JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(2_200_000) } });
      expectCode(await post().set('Content-Type', 'application/json').send(body), 413, /larger than 2mb/);
    });

    it.each(['text/plain', 'application/xml', 'application/x-www-form-urlencoded'])('a %s body → 415', async (type) => {
      expectCode(await post().set('Content-Type', type).send('{ me { id } }'), 415, /application\/json/);
    });

    it('a subscription sent over POST → 400, not a server error', async () => {
      const res = await post().set('Content-Type', 'application/json').send({ query: 'subscription { notificationAdded { id } }' });
      expectCode(res, 400, /WebSocket/);
    });

    it('a mutation sent with GET → 4xx with a code', async () => {
      const res = await request(t.app.getHttpServer())
        .get('/graphql')
        .set('apollo-require-preflight', '1')
        .query({ query: 'mutation($t: String!) { signOut(refreshToken: $t) }', variables: JSON.stringify({ t: 'x' }) });
      expect(res.status).toBe(405);
      expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    });

    it.each([
      ['a NUL byte', 'a\u0000b'],
      ['a lone surrogate', 'a\ud800b'],
    ])('%s in a string → 400 before anything runs', async (_label, text) => {
      const res = await post()
        .set('Content-Type', 'application/json')
        .send({ query: 'query($q: String) { skills(filter: { search: $q }) { totalCount } }', variables: { q: text } });
      expectCode(res, 400, /NUL characters or unpaired UTF-16 surrogates/);
    });

    it.each([
      ['missing', {}],
      ['null', { id: null }],
      ['of the wrong type', { id: { nested: true } }],
    ])('a required variable %s → 400 BAD_USER_INPUT', async (_label, variables) => {
      const res = await post().set('Content-Type', 'application/json').send({ query: 'query($id: ID!) { organization(id: $id) { id } }', variables });
      expectCode(res, 400, /\$id/);
    });
  });

  it('answers a variable of the wrong value with BAD_USER_INPUT naming it', async () => {
    const res = await t.gql('query($k: OrganizationKind) { organizations(filter: { kind: $k }) { totalCount } }', { k: 'CHARITY' });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toContain('$k');
  });
});

describe('HTTP surface when Redis is down', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ REDIS_URL: 'redis://127.0.0.1:6390' });
  });
  afterAll(() => t.close());

  it('reports Redis as down with 503', async () => {
    const res = await request(t.app.getHttpServer()).get('/health').expect(503);
    expect(res.body.error.redis.status).toBe('down');
    expect(res.body.info.database.status).toBe('up');
  });

  const post = (query: string, token?: string) => {
    const req = request(t.app.getHttpServer()).post('/graphql').set('Content-Type', 'application/json');
    if (token) req.set('Authorization', `Bearer ${token}`);
    return req.send({ query });
  };

  const expectUnavailable = (res: request.Response) => {
    expect(res.status).toBe(503);
    expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
    expect(res.body.errors?.[0]?.message).toBe('Rally cannot reach one of its services right now. Please try again in a minute.');
    // Nothing about Redis, ioredis or the port leaks.
    expect(JSON.stringify(res.body)).not.toMatch(/redis|6390|ECONNREFUSED|retries/i);
  };

  it('refuses a sign-in at once with 503 instead of holding it until Redis is back', async () => {
    const started = Date.now();
    // Rate limits and revocations live in Redis: without it, refuse rather than let guesses through unlimited.
    expectUnavailable(await post('mutation { signIn(input: { email: "a@example.org", password: "whatever it is" }) { accessToken } }'));
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('refuses a token refresh with 503', async () => {
    expectUnavailable(await post('mutation { refreshSession(refreshToken: "any-token-at-all") { accessToken } }'));
  });

  it('refuses an authenticated query with 503, since revoked sessions cannot be checked', async () => {
    const { token } = t.app.get(TokenService).signAccessToken(randomUUID(), randomUUID());
    expectUnavailable(await post('{ me { id } }', token));
  });

  it('still answers an anonymous request that needs no Redis', async () => {
    const res = await post('{ __typename }');
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
  });
});

describe('HTTP surface when Redis goes away while running', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers 503 once the request Redis connection is lost, after working before', async () => {
    const up = await t.gql<{ signUp: { accessToken: string } }>('mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }', {
      i: { email: 'lost-redis@example.org', password: 'violet harbour tractor quietly', name: 'Lost Redis' },
    });
    const token = up.data!.signUp.accessToken;
    expect((await t.gql('{ me { id } }', {}, token)).errors).toBeUndefined();
    t.app.get<IORedis>(REQUEST_REDIS).disconnect();
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .set('Authorization', `Bearer ${token}`)
      .send({ query: '{ me { id } }' });
    expect(res.status).toBe(503);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    const signIn = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .send({ query: 'mutation { signIn(input: { email: "lost-redis@example.org", password: "violet harbour tractor quietly" }) { accessToken } }' });
    expect(signIn.status).toBe(503);
    expect(signIn.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
  });
});
