import { createHmac, generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { jwtSecretFile } from '../../src/auth/jwt-secret';
import { signUp } from '../utils/operations';
import { createTestApp, errorCode, TestApp } from '../utils/test-app';

const ME = '{ me { id } }';
// The value every Rally install signed with before secrets were generated per install.
const OLD_COMMITTED_SECRET = 'rally-development-secret-change-me-in-production';
const SECRET = 'a-test-secret-that-is-long-enough-for-hs256-0123456789';

const b64 = (value: object | Buffer) => (Buffer.isBuffer(value) ? value : Buffer.from(JSON.stringify(value))).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);

/** A JWT built by hand, as an attacker would: any header, any claims, any key. */
function forge(header: Record<string, unknown>, claims: Record<string, unknown>, key: string | Buffer | null): string {
  const body = `${b64(header)}.${b64(claims)}`;
  if (key === null) return `${body}.`;
  const alg = header.alg as string;
  const signature =
    alg === 'RS256'
      ? sign('RSA-SHA256', Buffer.from(body), key)
      : createHmac(alg === 'HS512' ? 'sha512' : 'sha256', key)
          .update(body)
          .digest();
  return `${body}.${b64(signature)}`;
}

describe('access tokens an attacker builds', () => {
  let t: TestApp;
  let adminId: string;
  const claims = () => ({ sub: adminId, sid: randomUUID(), iat: now(), exp: now() + 600 });
  const me = (token: string) => t.gql(ME, {}, token);

  beforeAll(async () => {
    t = await createTestApp({ JWT_SECRET: SECRET });
    adminId = (await signUp(t, { email: 'admin@rally.demo' })).userId;
    await t.dataSource.query('UPDATE user_account SET is_platform_admin = true WHERE id = $1', [adminId]);
  });
  afterAll(() => t.close());

  it('accepts a well-formed HS256 token with the install’s secret (so the refusals below mean something)', async () => {
    const res = await me(forge({ alg: 'HS256', typ: 'JWT' }, claims(), SECRET));
    expect(res.errors).toBeUndefined();
  });

  it('refuses a token signed with the old committed development secret', async () => {
    expect(errorCode(await me(forge({ alg: 'HS256', typ: 'JWT' }, claims(), OLD_COMMITTED_SECRET)))).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['without exp', { exp: undefined }],
    ['without iat', { iat: undefined }],
    ['without sub', { sub: undefined }],
    ['without a session', { sid: undefined }],
    ['expired', { iat: now() - 1000, exp: now() - 100 }],
    ['with a fractional exp', { exp: now() + 600.5 }],
  ])('refuses a token %s', async (_, override) => {
    const token = forge({ alg: 'HS256', typ: 'JWT' }, { ...claims(), ...override }, SECRET);
    expect(errorCode(await me(token))).toBe('UNAUTHENTICATED');
  });

  it('refuses alg none, HS512 and RS256, including HS256 keyed with a public key', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const publicPem = publicKey.export({ type: 'spki', format: 'pem' }) as string;
    const tokens = [
      forge({ alg: 'none', typ: 'JWT' }, claims(), null),
      forge({ alg: 'NONE', typ: 'JWT' }, claims(), null),
      forge({ alg: 'HS512', typ: 'JWT' }, claims(), SECRET),
      forge({ alg: 'RS256', typ: 'JWT' }, claims(), privateKey.export({ type: 'pkcs1', format: 'pem' }) as string),
      forge({ alg: 'HS256', typ: 'JWT' }, claims(), publicPem),
    ];
    for (const token of tokens) expect([token.split('.')[0], errorCode(await me(token))]).toEqual([token.split('.')[0], 'UNAUTHENTICATED']);
  });

  it('refuses a token issued before the password changed', async () => {
    const person = await signUp(t, { password: 'old enough passphrase' });
    await t.gql(`mutation { changePassword(input: { currentPassword: "old enough passphrase", newPassword: "brand new passphrase 7" }) { accessToken } }`, {}, person.token);
    // A session the change did not know about, so that only iat can refuse it.
    const issuedBefore = forge({ alg: 'HS256', typ: 'JWT' }, { sub: person.userId, sid: randomUUID(), iat: now() - 60, exp: now() + 600 }, SECRET);
    const issuedAfter = forge({ alg: 'HS256', typ: 'JWT' }, { sub: person.userId, sid: randomUUID(), iat: now() + 1, exp: now() + 600 }, SECRET);
    expect(errorCode(await me(issuedBefore))).toBe('UNAUTHENTICATED');
    expect((await me(issuedAfter)).errors).toBeUndefined();
  });
});

describe('the signing secret when JWT_SECRET is unset', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'rally-secret-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('is generated on first start, kept 0600 in the data dir, and reused by the next start', async () => {
    const first = await createTestApp({ JWT_SECRET: '', DATA_DIR: dataDir });
    let token: string;
    let secret: string;
    try {
      const file = jwtSecretFile(dataDir);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      secret = readFileSync(file, 'utf8');
      expect(secret.length).toBeGreaterThanOrEqual(32);
      token = (await signUp(first)).token;
      expect((await first.gql(ME, {}, token)).errors).toBeUndefined();
      expect(errorCode(await first.gql(ME, {}, forge({ alg: 'HS256' }, { sub: randomUUID(), sid: randomUUID(), iat: now(), exp: now() + 60 }, OLD_COMMITTED_SECRET)))).toBe(
        'UNAUTHENTICATED',
      );
      // A restart (same database, same data dir) keeps the secret, so the session survives.
      const second = await createTestApp({ JWT_SECRET: '', DATA_DIR: dataDir, DATABASE_URL: first.config.DATABASE_URL as string });
      try {
        expect(readFileSync(jwtSecretFile(dataDir), 'utf8')).toBe(secret);
        expect((await second.gql(ME, {}, token)).errors).toBeUndefined();
      } finally {
        await second.close();
      }
    } finally {
      await first.close();
    }
  });
});
