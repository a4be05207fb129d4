import { signUp } from '../utils/operations';
import { createTestApp, errorCode, GqlResult, TestApp } from '../utils/test-app';

const SIGN_UP = 'mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }';
const CHANGE = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { accessToken } }';

const fieldsOf = (res: GqlResult) => (res.errors?.[0]?.extensions?.fields ?? []) as { field: string; message: string }[];

describe('weak passwords', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it.each([
    ['1234567890', /sequence|hundred most used/, /^(sequences|topHundred)$/],
    ['          ', /repeats a character/, /^simpleRepeat$/],
    ['password1234', /commonly used|most used/, /^(common|topTen|topHundred|similarToCommon)$/],
    ['qwertyuiop', /keyboard|most used|commonly/, /^(straightRow|keyPattern|topTen|topHundred|common)$/],
    ['mika.tanaka@example.org', /your name or email/, /^userInputs$/],
  ])('sign-up refuses %j, naming the field, the reason and a stable code with zxcvbn keys', async (password, reason, warning) => {
    const res = await t.gql(SIGN_UP, { input: { email: 'mika.tanaka@example.org', name: 'Mika Tanaka', password } });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(res)).toEqual([
      {
        field: 'password',
        message: expect.stringMatching(/^password is too easy to guess/),
        code: 'PASSWORD_TOO_WEAK',
        warning: expect.stringMatching(warning),
        suggestions: expect.arrayContaining([expect.stringMatching(/^[a-zA-Z]+$/)]),
      },
    ]);
    expect(fieldsOf(res)[0].message).toMatch(reason);
    const [row] = await t.dataSource.query(`SELECT count(*)::int AS n FROM user_account WHERE email = 'mika.tanaka@example.org'`);
    expect(row.n).toBe(0);
  });

  it('accepts a passphrase and the demo password', async () => {
    expect((await t.gql(SIGN_UP, { input: { email: 'demo.like@example.org', name: 'Demo', password: 'rally-demo-2026' } })).errors).toBeUndefined();
    expect((await t.gql(SIGN_UP, { input: { email: 'phrase@example.org', name: 'Phrase', password: 'paper lanterns drift east' } })).errors).toBeUndefined();
  });

  it('changePassword refuses a weak new password and keeps the old one', async () => {
    const s = await signUp(t, { email: 'shun@example.org', password: 'shun collects stamps' });
    const res = await t.gql(CHANGE, { input: { currentPassword: 'shun collects stamps', newPassword: 'aaaaaaaaaaaa' } }, s.token);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(res)).toEqual([expect.objectContaining({ field: 'newPassword', code: 'PASSWORD_TOO_WEAK', warning: 'simpleRepeat' })]);
    const signIn = await t.gql(`mutation { signIn(input: { email: "shun@example.org", password: "shun collects stamps" }) { accessToken } }`);
    expect(signIn.errors).toBeUndefined();
  });
});
