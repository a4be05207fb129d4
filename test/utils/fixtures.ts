import { DataSource } from 'typeorm';

/** The suite's fixtures written straight to the database: fast, and independent of other features' mutations. */

/** Skills in the taxonomy, named after their id in sentence case: `grant-writing` is "Grant writing". */
export async function insertSkills(ds: DataSource, ids: readonly string[]): Promise<void> {
  await ds.query(
    `INSERT INTO skill (id, name, category) SELECT id, upper(left(id, 1)) || replace(substr(id, 2), '-', ' '), 'test' FROM unnest($1::text[]) AS id ON CONFLICT DO NOTHING`,
    [ids],
  );
}
