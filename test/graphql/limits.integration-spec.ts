import { MAX_ALIASES, MAX_COST, MAX_DEPTH } from '../../src/common/graphql/query-limits';
import { createSignedInApp, Session } from '../utils/operations';
import { createTestApp, errorCode, TestApp } from '../utils/test-app';

const LEAKS = /select|insert|update|where|uuid|syntax|constraint|violates|relation|column|"|CHK_|FK_|UQ_|PK_|IDX_/i;

describe('GraphQL guards', () => {
  let t: TestApp;
  let session: Session;

  beforeAll(async () => {
    ({ t, session } = await createSignedInApp());
  });
  afterAll(() => t.close());

  it(`refuses a query nested deeper than ${MAX_DEPTH} levels`, async () => {
    // needs > nodes > roles > need > roles > need > roles > need > roles > need > roles > id: 12 levels
    const deep = `{ needs { nodes { roles { need { roles { need { roles { need { roles { need { roles { id } } } } } } } } } } } }`;
    const res = await t.gql(deep, {}, session.token);
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0]?.message).toMatch(/exceeds maximum operation depth/);
    const shallow = `{ needs { nodes { roles { need { roles { id } } } } } }`;
    expect((await t.gql(shallow, {}, session.token)).errors).toBeUndefined();
  });

  it(`refuses more than ${MAX_ALIASES} aliases`, async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    const res = await t.gql(aliases(MAX_ALIASES + 1), {}, session.token);
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0]?.message).toContain(`more than ${MAX_ALIASES} aliases`);
    expect((await t.gql(aliases(MAX_ALIASES), {}, session.token)).errors).toBeUndefined();
  });

  it(`refuses a query whose estimated cost is over ${MAX_COST} as too expensive`, async () => {
    const page = `needs(first: 100) { nodes { title summary nonprofit { name } program { name } roles { title seatsOpen skills { level skill { name } } } } }`;
    const res = await t.gql(`{ a: ${page} b: ${page} c: ${page} d: ${page} }`, {}, session.token);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/too expensive/);
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT' });
    const raw = await t.post({ query: `{ a: ${page} b: ${page} c: ${page} d: ${page} }` }, session.token);
    expect(raw.status).toBe(400);
    expect((await t.gql(`{ ${page} }`, {}, session.token)).errors).toBeUndefined();
  });

  it.each([
    ['a non-UUID id', { k: 'newest', v: '2026-12-01T10:00:00.123456Z', id: 'not-a-uuid' }],
    ['a date past year 9999', { k: 'newest', v: '+275760-09-13T00:00:00.000000Z', id: '00000000-0000-4000-8000-000000000000' }],
    ['a date that is not ISO', { k: 'newest', v: 'Tue Dec 01 2026', id: '00000000-0000-4000-8000-000000000000' }],
    ['a date that does not exist', { k: 'newest', v: '2026-02-30T10:00:00.000000Z', id: '00000000-0000-4000-8000-000000000000' }],
    ['a value of another type', { k: 'newest', v: 1764583200000, id: '00000000-0000-4000-8000-000000000000' }],
    ['the sort key of another order', { k: 'score', v: 0.5, id: '00000000-0000-4000-8000-000000000000' }],
    ['the shape of the cursors before typed sort keys', { t: '2026-12-01T10:00:00.123Z', id: '00000000-0000-4000-8000-000000000000' }],
  ])('refuses a cursor with %s before it reaches the database', async (_label, cursor) => {
    const after = Buffer.from(JSON.stringify(cursor)).toString('base64');
    const res = await t.gql(`query($after: String) { organizations(after: $after) { nodes { id } } }`, { after }, session.token);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toBe('The cursor "after" is not one this API gave out.');
  });

  it('masks database errors: no SQL, types or constraint names reach the client', async () => {
    // A skills cursor is the base64 of a name; a NUL inside passes every check and fails in PostgreSQL (22021).
    const after = Buffer.from('Design\u0000').toString('base64');
    const res = await t.gql(`query($after: String) { skills(after: $after) { nodes { id } } }`, { after }, session.token);
    expect(res.errors).toHaveLength(1);
    const [error] = res.errors ?? [];
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe('A text value contains a character that cannot be stored, such as a NUL byte.');
    expect(error.message).not.toMatch(LEAKS);
    expect(JSON.stringify(error.extensions)).not.toMatch(/select|syntax|stack|utf8|0x00/i);
  });

  it('outside production, allows introspection and suggests field names (what production must hide)', async () => {
    expect((await t.gql(`{ __schema { queryType { name } } }`)).errors).toBeUndefined();
    const res = await t.gql(`{ organizatons { nodes { id } } }`);
    expect(res.errors?.[0]?.message).toContain('Did you mean "organizations"');
  });
});

describe('GraphQL guards in production', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-that-is-long-enough-1234' });
  });
  afterAll(() => t.close());

  it('refuses introspection', async () => {
    const res = await t.gql(`{ __schema { types { name } } }`);
    expect(res.data ?? null).toBeNull();
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0]?.message).toMatch(/introspection/i);
    expect(JSON.stringify(res)).not.toContain('NeedConnection');
  });

  it('answers a misspelled field without suggesting the right name', async () => {
    const res = await t.gql(`{ organizatons { nodes { id } } }`);
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0]?.message).toContain('Cannot query field "organizatons"');
    expect(JSON.stringify(res)).not.toMatch(/Did you mean|"organizations"/);
  });
});
