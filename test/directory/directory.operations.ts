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
