import { TestApp } from './test-app';

/** Small GraphQL operation helpers shared by the integration tests. */
export const AUTH_FIELDS = 'accessToken refreshToken accessTokenExpiresAt user { id email name locale isPlatformAdmin }';

export interface Session {
  token: string;
  refreshToken: string;
  userId: string;
}

let counter = 0;

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
