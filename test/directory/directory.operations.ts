import { createOrganization, makePlatformAdmin, Session, signUp } from '../utils/operations';
import { GqlResult, TestApp } from '../utils/test-app';

/** Sends an operation and returns its data, failing the test with the errors when there are any. */
export async function gqlData<T>(t: TestApp, query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const res: GqlResult<T> = await t.gql<T>(query, variables, token);
  if (res.errors || !res.data) throw new Error(`Operation failed: ${JSON.stringify(res.errors)}`);
  return res.data;
}

export async function countRows(t: TestApp, table: string): Promise<number> {
  const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM "${table}"`);
  return count;
}

/** Setup shortcut: puts a user into an organization without going through an invitation. */
export async function addMembership(t: TestApp, organizationId: string, session: Session, role: 'ADMIN' | 'MEMBER' = 'MEMBER'): Promise<string> {
  const [{ id }] = await t.dataSource.query('INSERT INTO membership (user_id, organization_id, role) VALUES ($1, $2, $3) RETURNING id', [session.userId, organizationId, role]);
  return id;
}

export async function platformAdmin(t: TestApp): Promise<Session> {
  const admin = await signUp(t, { name: 'Platform Admin' });
  await makePlatformAdmin(t, admin);
  return admin;
}

/** An intermediary (only platform admins may register one) with a curator who is its admin. */
export async function intermediaryWithCurator(t: TestApp, admin: Session, name?: string): Promise<{ id: string; curator: Session }> {
  const id = await createOrganization(t, admin, { kind: 'INTERMEDIARY', ...(name ? { name } : {}) });
  const curator = await signUp(t, { name: 'Curator' });
  await addMembership(t, id, curator, 'ADMIN');
  return { id, curator };
}

/** An organization of `kind` registered by a new user, who becomes its admin. */
export async function organizationWithAdmin(t: TestApp, kind: 'NONPROFIT' | 'COMPANY' | 'FUNDER'): Promise<{ id: string; admin: Session }> {
  const admin = await signUp(t);
  const id = await createOrganization(t, admin, { kind });
  return { id, admin };
}
