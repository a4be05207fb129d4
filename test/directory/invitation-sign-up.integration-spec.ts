import { invite } from '../access/access-world';
import { AUTH_FIELDS, createOrganization, Session, signUp } from '../utils/operations';
import { createTestApp, errorCode, GqlResult, TestApp } from '../utils/test-app';

const SIGN_UP = `mutation($input: SignUpWithInvitationInput!) { signUpWithInvitation(input: $input) { ${AUTH_FIELDS} } }`;

interface Payload {
  signUpWithInvitation: { accessToken: string; refreshToken: string; user: { id: string; email: string; name: string; locale: string } };
}

/**
 * Someone invited without an account creates it from the invitation link with a password as strong
 * as sign-up asks, joins and is signed in; every other use of the link is refused and changes nothing.
 */
describe('signing up with an invitation', () => {
  let t: TestApp;
  let admin: Session;
  let orgId: string;
  const accounts = async (email: string) => ((await t.dataSource.query(`SELECT count(*)::int AS n FROM user_account WHERE email = $1`, [email])) as { n: number }[])[0].n;
  const fields = (res: GqlResult) => (res.errors?.[0]?.extensions?.fields ?? []) as { field: string; code?: string }[];

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signUp(t);
    orgId = await createOrganization(t, admin, { kind: 'NONPROFIT' });
  });
  afterAll(() => t.close());

  it('creates the account for the invited email, joins with the invited role and signs in', async () => {
    const { token } = await invite(t, admin, orgId, 'new.person@example.org', 'ADMIN');
    const res = await t.gql<Payload>(SIGN_UP, { input: { token, name: '  Nao Ito ', password: 'lantern orchard velvet seven', locale: 'ja' } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.signUpWithInvitation.user).toMatchObject({ email: 'new.person@example.org', name: 'Nao Ito', locale: 'ja' });
    const me = await t.gql<{ me: { memberships: { organizationId: string; role: string }[] } }>(
      `{ me { memberships { organizationId role } } }`,
      {},
      res.data!.signUpWithInvitation.accessToken,
    );
    expect(me.data!.me.memberships).toEqual([{ organizationId: orgId, role: 'ADMIN' }]);
    // The password works for signing in later.
    expect((await t.gql(`mutation { signIn(input: { email: "new.person@example.org", password: "lantern orchard velvet seven" }) { accessToken } }`)).errors).toBeUndefined();

    const again = await t.gql(SIGN_UP, { input: { token, name: 'Someone Else', password: 'lantern orchard velvet seven' } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'INVITATION_USED' });
  });

  it('refuses a weak password with the same rule and code as sign-up, and creates nothing', async () => {
    const { token } = await invite(t, admin, orgId, 'weak.password@example.org', 'MEMBER');
    for (const password of ['weak.password@example.org', 'password1234', 'aaaaaaaaaaaa']) {
      const res = await t.gql(SIGN_UP, { input: { token, name: 'Weak Password', password } });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(fields(res)).toEqual([expect.objectContaining({ field: 'password', code: 'PASSWORD_TOO_WEAK' })]);
    }
    expect(await accounts('weak.password@example.org')).toBe(0);
    const [row] = await t.dataSource.query(`SELECT accepted_at FROM invitation WHERE token_hash IS NOT NULL AND email = 'weak.password@example.org'`);
    expect(row.accepted_at).toBeNull();
  });

  it('refuses an unknown token, and an expired invitation', async () => {
    expect(errorCode(await t.gql(SIGN_UP, { input: { token: 'not-a-real-token', name: 'Guess', password: 'lantern orchard velvet seven' } }))).toBe('NOT_FOUND');
    const { id, token } = await invite(t, admin, orgId, 'late.person@example.org', 'MEMBER');
    await t.dataSource.query(`UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE id = $1`, [id]);
    const res = await t.gql(SIGN_UP, { input: { token, name: 'Late Person', password: 'lantern orchard velvet seven' } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'INVITATION_EXPIRED' });
    expect(await accounts('late.person@example.org')).toBe(0);
  });

  it('tells someone who already has an account to sign in, and leaves that account alone', async () => {
    const existing = await signUp(t, { email: 'has.account@example.org', password: 'my own old passphrase' });
    const { token } = await invite(t, admin, orgId, 'has.account@example.org', 'MEMBER');
    const res = await t.gql(SIGN_UP, { input: { token, name: 'Taken Over', password: 'attacker chosen passphrase' } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ACCOUNT_EXISTS' });
    expect(res.errors?.[0]?.message).toMatch(/sign in/i);
    // Not taken over: the old password still works, the new one does not.
    expect((await t.gql(`mutation { signIn(input: { email: "has.account@example.org", password: "my own old passphrase" }) { accessToken } }`)).errors).toBeUndefined();
    expect(errorCode(await t.gql(`mutation { signIn(input: { email: "has.account@example.org", password: "attacker chosen passphrase" }) { accessToken } }`))).toBe(
      'UNAUTHENTICATED',
    );
    // The invitation stays open for them to accept once signed in.
    const accepted = await t.gql(`mutation($token: String!) { acceptInvitation(token: $token) { organizationId } }`, { token }, existing.token);
    expect(accepted.errors).toBeUndefined();
  });

  it('lets only one of two parallel sign-ups with the same link through', async () => {
    const { token } = await invite(t, admin, orgId, 'race@example.org', 'MEMBER');
    const results = await Promise.all(
      ['first racer phrase long', 'second racer phrase long'].map((password) => t.gql<Payload>(SIGN_UP, { input: { token, name: 'Racer', password } })),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).map(errorCode)).toEqual(['CONFLICT']);
    expect(await accounts('race@example.org')).toBe(1);
  });
});
