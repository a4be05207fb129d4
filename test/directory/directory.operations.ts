import { TestApp } from '../utils/test-app';

export async function countRows(t: TestApp, table: string): Promise<number> {
  const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM "${table}"`);
  return count;
}
