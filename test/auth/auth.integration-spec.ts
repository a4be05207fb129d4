import { AUTH_FIELDS, signUp } from '../utils/operations';
import { createTestApp, errorCode, TestApp } from '../utils/test-app';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { ${AUTH_FIELDS} } }`;
const ME = `{ me { id email } }`;

describe('sign-up, sign-in and sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('signs up, stores an argon2id hash and never the password', async () => {
    const s = await signUp(t, { email: 'Ayumi@Example.org', password: 'a long enough secret' });
    const [row] = await t.dataSource.query('SELECT email, password_hash FROM user_account WHERE id = $1', [s.userId]);
    expect(row.email).toBe('ayumi@example.org');
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain('a long enough secret');
    const me = await t.gql<{ me: { email: string } }>(ME, {}, s.token);
    expect(me.data?.me.email).toBe('ayumi@example.org');
  });

  it('refuses a duplicate email, a short password and a bad email with typed errors', async () => {
    await signUp(t, { email: 'dup@example.org' });
    const dup = await t.gql(`mutation { signUp(input: { email: "DUP@example.org", password: "another secret 1", name: "X" }) { accessToken } }`);
    expect(errorCode(dup)).toBe('CONFLICT');
    const bad = await t.gql(`mutation { signUp(input: { email: "not-an-email", password: "short", name: "X" }) { accessToken } }`);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    const fields = (bad.errors?.[0]?.extensions?.fields as { field: string }[]).map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['email', 'password']));
  });

  it('signs in with the right password only', async () => {
    await signUp(t, { email: 'kenji@example.org', password: 'kenji password 1' });
    const ok = await t.gql(SIGN_IN, { input: { email: 'kenji@example.org', password: 'kenji password 1' } });
    expect(ok.errors).toBeUndefined();
    const wrong = await t.gql(SIGN_IN, { input: { email: 'kenji@example.org', password: 'wrong password' } });
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0]?.message).toBe('The email or password is not right.');
    // A wrong password shorter than sign-up allows gets the same refusal, not a length rule.
    const short = await t.gql(SIGN_IN, { input: { email: 'kenji@example.org', password: 'abc' } });
    expect(errorCode(short)).toBe('UNAUTHENTICATED');
    expect(short.errors?.[0]?.message).toBe('The email or password is not right.');
    expect(JSON.stringify(short.errors)).not.toMatch(/at least|characters|fields/i);
  });

  it('refuses anonymous and forged callers', async () => {
    expect(errorCode(await t.gql(ME))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(ME, {}, 'forged.token.value'))).toBe('UNAUTHENTICATED');
  });

  it('rotates refresh tokens and treats a reused one as theft', async () => {
    const s = await signUp(t);
    const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { refreshToken accessToken } }`;
    const first = await t.gql<{ refreshSession: { refreshToken: string } }>(REFRESH, { t: s.refreshToken });
    const next = first.data?.refreshSession.refreshToken as string;
    expect(next).toBeTruthy();
    expect(errorCode(await t.gql(REFRESH, { t: s.refreshToken }))).toBe('UNAUTHENTICATED');
    // The reuse revoked every session, including the rotated one.
    expect(errorCode(await t.gql(REFRESH, { t: next }))).toBe('UNAUTHENTICATED');
  });

  it('signs out by revoking the refresh token', async () => {
    const s = await signUp(t);
    await t.gql(`mutation($t: String!) { signOut(refreshToken: $t) }`, { t: s.refreshToken });
    const res = await t.gql(`mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`, { t: s.refreshToken });
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
  });

  it('a password change ends other sessions', async () => {
    // No wait: a token from the same second as the change is refused by its revoked session.
    const s = await signUp(t, { password: 'first password 1' });
    const res = await t.gql<{ changePassword: { accessToken: string } }>(
      `mutation { changePassword(input: { currentPassword: "first password 1", newPassword: "second password 2" }) { accessToken } }`,
      {},
      s.token,
    );
    expect(res.errors).toBeUndefined();
    expect(errorCode(await t.gql(ME, {}, s.token))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(`mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`, { t: s.refreshToken }))).toBe('UNAUTHENTICATED');
    expect((await t.gql(ME, {}, res.data?.changePassword.accessToken)).errors).toBeUndefined();
  });
});

describe('rate limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ SIGN_IN_RATE_LIMIT_PER_MINUTE: '5' });
  });
  afterAll(() => t.close());

  it('answers THROTTLED after five sign-in attempts a minute from one address', async () => {
    const codes: unknown[] = [];
    for (let i = 0; i < 7; i++) codes.push(errorCode(await t.gql(SIGN_IN, { input: { email: 'nobody@example.org', password: 'whatever it is' } })));
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'THROTTLED', 'THROTTLED']);
  });
});
