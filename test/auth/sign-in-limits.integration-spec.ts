import request from 'supertest';

import { Clock } from '../../src/common/clock';
import { signUp } from '../utils/operations';
import { createTestApp, errorCode, GqlResult, TestApp } from '../utils/test-app';

const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }';
const CHANGE = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { accessToken } }';

/** A sign-in over HTTP claiming to come from `forwardedFor`, as anyone can claim. */
async function signInFrom(t: TestApp, email: string, password: string, forwardedFor?: string): Promise<GqlResult> {
  const req = request(t.app.getHttpServer()).post('/graphql').set('Content-Type', 'application/json');
  if (forwardedFor) req.set('X-Forwarded-For', forwardedFor);
  return (await req.send({ query: SIGN_IN, variables: { input: { email, password } } })).body as GqlResult;
}

/** Moves the app's clock forward instead of waiting. */
function movableClock(t: TestApp): (seconds: number) => void {
  let offset = 0;
  const real = Date.now.bind(Date);
  jest.spyOn(t.app.get(Clock), 'now').mockImplementation(() => real() + offset);
  return (seconds) => void (offset += seconds * 1000);
}

const forged = (i: number) => `203.0.113.${i + 1}`;

describe('guessing one account’s password', () => {
  let t: TestApp;
  let other: TestApp;
  let advance: (seconds: number) => void;
  beforeAll(async () => {
    t = await createTestApp({ SIGN_IN_FREE_FAILURES: '5', SIGN_IN_BACKOFF_BASE_SECONDS: '30', SIGN_IN_BACKOFF_MAX_SECONDS: '900' });
    // A second API process on the same database and Redis prefix.
    other = await createTestApp({ DATABASE_URL: t.config.DATABASE_URL as string, QUEUE_PREFIX: t.config.QUEUE_PREFIX, SIGN_IN_FREE_FAILURES: '5' });
    advance = movableClock(t);
  });
  afterAll(async () => {
    await other.close();
    await t.close();
  });

  it('50 guesses from 50 forged addresses: THROTTLED after five, the owner too, until the backoff ends', async () => {
    await signUp(t, { email: 'hana@example.org', password: 'hana keeps bees 42' });
    const codes: unknown[] = [];
    for (let i = 0; i < 50; i++) codes.push(errorCode(await signInFrom(t, 'hana@example.org', `guess number ${i}`, forged(i))));
    expect(codes).toEqual([...Array(5).fill('UNAUTHENTICATED'), ...Array(45).fill('THROTTLED')]);
    const owner = await signInFrom(t, 'hana@example.org', 'hana keeps bees 42');
    expect(errorCode(owner)).toBe('THROTTLED');
    expect(owner.errors?.[0]?.message).toMatch(/try again in 1 minute/);

    advance(31);
    expect((await signInFrom(t, 'hana@example.org', 'hana keeps bees 42')).errors).toBeUndefined();
    // Success forgets the failures: five free guesses again.
    for (let i = 0; i < 5; i++) expect(errorCode(await signInFrom(t, 'hana@example.org', `wrong ${i}`))).toBe('UNAUTHENTICATED');
    expect(errorCode(await signInFrom(t, 'hana@example.org', 'hana keeps bees 42'))).toBe('THROTTLED');
  });

  it('doubles the backoff with each further failure, capped at 15 minutes', async () => {
    await signUp(t, { email: 'taro@example.org', password: 'taro fixes old bikes' });
    for (let i = 0; i < 5; i++) await signInFrom(t, 'taro@example.org', `wrong ${i}`);
    const waits: number[] = [];
    for (let round = 0; round < 8; round++) {
      // Past the current backoff, one more wrong guess starts the next, longer one.
      advance(901);
      expect(errorCode(await signInFrom(t, 'taro@example.org', `wrong again ${round}`))).toBe('UNAUTHENTICATED');
      const refused = await signInFrom(t, 'taro@example.org', 'taro fixes old bikes');
      waits.push(Number(/in (\d+) minute/.exec(refused.errors?.[0]?.message ?? '')?.[1]));
    }
    expect(waits).toEqual([1, 2, 4, 8, 15, 15, 15, 15]);
    advance(901);
    expect((await signInFrom(t, 'taro@example.org', 'taro fixes old bikes')).errors).toBeUndefined();
  });

  it('counts guesses made through every API process together', async () => {
    await signUp(t, { email: 'aoi@example.org', password: 'aoi grows tomatoes' });
    const codes: unknown[] = [];
    for (let i = 0; i < 8; i++) codes.push(errorCode(await signInFrom(i % 2 ? other : t, 'aoi@example.org', `guess ${i}`, forged(i))));
    expect(codes).toEqual([...Array(5).fill('UNAUTHENTICATED'), ...Array(3).fill('THROTTLED')]);
  });

  it('limits guesses of the current password in changePassword the same way', async () => {
    const s = await signUp(t, { email: 'kai@example.org', password: 'kai bakes sourdough' });
    const change = (current: string) => t.gql(CHANGE, { input: { currentPassword: current, newPassword: 'kai bakes rye bread now' } }, s.token);
    const codes: unknown[] = [];
    for (let i = 0; i < 7; i++) codes.push(errorCode(await change(`guess ${i}`)));
    expect(codes).toEqual([...Array(5).fill('BAD_USER_INPUT'), ...Array(2).fill('THROTTLED')]);
    expect(errorCode(await change('kai bakes sourdough'))).toBe('THROTTLED');
    advance(31);
    expect((await change('kai bakes sourdough')).errors).toBeUndefined();
  });
});

describe('limits per address', () => {
  it('ignores X-Forwarded-For unless the proxy is trusted', async () => {
    const t = await createTestApp({ SIGN_IN_RATE_LIMIT_PER_MINUTE: '5' });
    try {
      const codes: unknown[] = [];
      // Different accounts, so only the address limit can refuse.
      for (let i = 0; i < 7; i++) codes.push(errorCode(await signInFrom(t, `nobody${i}@example.org`, 'not the password', forged(i))));
      expect(codes).toEqual([...Array(5).fill('UNAUTHENTICATED'), 'THROTTLED', 'THROTTLED']);
    } finally {
      await t.close();
    }
  });

  it('counts per forwarded client address behind a trusted proxy', async () => {
    const t = await createTestApp({ SIGN_IN_RATE_LIMIT_PER_MINUTE: '5', TRUST_PROXY: 'loopback' });
    try {
      const codes: unknown[] = [];
      for (let i = 0; i < 6; i++) codes.push(errorCode(await signInFrom(t, `someone${i}@example.org`, 'not the password', '198.51.100.7')));
      expect(codes).toEqual([...Array(5).fill('UNAUTHENTICATED'), 'THROTTLED']);
      expect(errorCode(await signInFrom(t, 'someone9@example.org', 'not the password', '198.51.100.8'))).toBe('UNAUTHENTICATED');
    } finally {
      await t.close();
    }
  });
});
