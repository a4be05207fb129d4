import { insertMembership } from './fixtures';
import { createTestApp, GqlResult, TestApp } from './test-app';

/** Small GraphQL operation helpers shared by the integration tests. */
export const AUTH_FIELDS = 'accessToken refreshToken accessTokenExpiresAt user { id email name locale isPlatformAdmin }';

export interface Session {
  token: string;
  refreshToken: string;
  userId: string;
}

let counter = 0;

/** Sends an operation and returns its data, failing the test with the errors when there are any: setup must not fail silently. */
export async function gqlData<T = Record<string, unknown>>(t: TestApp, query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const res: GqlResult<T> = await t.gql<T>(query, variables, token);
  if (res.errors || !res.data) throw new Error(`Operation failed: ${query.slice(0, 80)}… ${JSON.stringify(res.errors)}`);
  return res.data;
}

export async function signUp(t: TestApp, overrides: { email?: string; password?: string; name?: string } = {}): Promise<Session> {
  const input = {
    email: overrides.email ?? `person${++counter}.${Date.now()}@example.org`,
    password: overrides.password ?? 'correct horse battery',
    name: overrides.name ?? 'Test Person',
  };
  const res = await t.gql<{ signUp: { accessToken: string; refreshToken: string; user: { id: string } } }>(
    `mutation($input: SignUpInput!) { signUp(input: $input) { ${AUTH_FIELDS} } }`,
    { input },
  );
  if (!res.data?.signUp) throw new Error(`signUp failed: ${JSON.stringify(res.errors)}`);
  return { token: res.data.signUp.accessToken, refreshToken: res.data.signUp.refreshToken, userId: res.data.signUp.user.id };
}

export async function makePlatformAdmin(t: TestApp, session: Session): Promise<void> {
  await t.dataSource.query('UPDATE user_account SET is_platform_admin = true WHERE id = $1', [session.userId]);
}

export async function createOrganization(t: TestApp, session: Session, input: { kind: string; name?: string; country?: string; languages?: string[] }): Promise<string> {
  const res = await t.gql<{ createOrganization: { id: string } }>(
    `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
    { input: { name: `${input.kind} ${++counter}`, country: 'JP', languages: ['ja'], ...input } },
    session.token,
  );
  if (!res.data?.createOrganization) throw new Error(`createOrganization failed: ${JSON.stringify(res.errors)}`);
  return res.data.createOrganization.id;
}

/** A platform admin, signed in. */
export async function platformAdmin(t: TestApp): Promise<Session> {
  const admin = await signUp(t, { name: 'Platform Admin' });
  await makePlatformAdmin(t, admin);
  return admin;
}

/** An organization of `kind` registered through the API by a new user, who becomes its admin. */
export async function organizationWithAdmin(
  t: TestApp,
  kind: 'NONPROFIT' | 'COMPANY' | 'FUNDER',
  o: { country?: string; name?: string } = {},
): Promise<{ id: string; admin: Session }> {
  const admin = await signUp(t);
  const id = await createOrganization(t, admin, { kind, ...o });
  return { id, admin };
}

/** An intermediary registered through the API by `admin` (only platform admins may), with a new curator who is its admin. */
export async function intermediaryWithCurator(t: TestApp, admin: Session, name?: string): Promise<{ id: string; curator: Session }> {
  const id = await createOrganization(t, admin, { kind: 'INTERMEDIARY', ...(name ? { name } : {}) });
  const curator = await signUp(t, { name: 'Curator' });
  await insertMembership(t, { userId: curator.userId, organizationId: id, role: 'ADMIN' });
  return { id, curator };
}

/** A fresh app with one signed-up user, for tests that only need someone to send operations as. */
export async function createSignedInApp(env: Record<string, string> = {}): Promise<{ t: TestApp; session: Session }> {
  const t = await createTestApp(env);
  return { t, session: await signUp(t) };
}
