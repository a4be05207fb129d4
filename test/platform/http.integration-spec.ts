import request from 'supertest';
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

  it('refuses a sign-in at once instead of holding it until Redis is back', async () => {
    const started = Date.now();
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .send({ query: 'mutation { signIn(input: { email: "a@example.org", password: "whatever it is" }) { accessToken } }' });
    // Rate limits and revocations live in Redis: without it, refuse rather than let guesses through unlimited.
    expect(res.body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
