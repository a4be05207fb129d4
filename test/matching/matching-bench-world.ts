import { DataSource } from 'typeorm';

export interface BenchWorldSize {
  volunteers: number;
  needs: number;
}

/**
 * A large deterministic world for the worker-process tests: every id and value derives from row
 * numbers, so two loads give the same world and a run's optimum can be compared across runs.
 * Each need has two VOLUNTEER roles of 1-3 seats; every nonprofit is curated, so proposals stay PROPOSED.
 */
export async function insertBenchWorld(ds: DataSource, size: BenchWorldSize): Promise<{ intermediaryId: string; roleIds: string[] }> {
  const [{ id: intermediaryId }] = await ds.query(
    `INSERT INTO organization (id, kind, name, country, languages) VALUES (md5('bench-intermediary')::uuid, 'INTERMEDIARY', 'Bench intermediary', 'JP', '{ja,en}') RETURNING id`,
  );
  await ds.query(`INSERT INTO skill (id, name, category) SELECT 'bench-' || i, 'Bench skill ' || i, 'bench' FROM generate_series(1, 120) i ON CONFLICT DO NOTHING`);
  await ds.query(
    `INSERT INTO organization (id, kind, name, country, languages)
     SELECT md5('bench-np-' || i)::uuid, 'NONPROFIT', 'Bench nonprofit ' || i, 'JP', '{ja,en}' FROM generate_series(1, 100) i`,
  );
  await ds.query(`INSERT INTO affiliation (intermediary_id, organization_id, vetted) SELECT $1, md5('bench-np-' || i)::uuid, true FROM generate_series(1, 100) i`, [
    intermediaryId,
  ]);
  await ds.query(
    `INSERT INTO user_account (id, email, password_hash, name)
     SELECT md5('bench-u-' || i)::uuid, 'bench' || i || '@example.org', 'x', 'Bench ' || i FROM generate_series(1, $1::int) i`,
    [size.volunteers],
  );
  await ds.query(
    `INSERT INTO volunteer_profile (id, user_id, languages, country, time_zone, hours_per_month, max_concurrent_engagements, causes, remote_ok, on_site_ok)
     SELECT md5('bench-v-' || i)::uuid, md5('bench-u-' || i)::uuid,
            (CASE i % 3 WHEN 0 THEN '{ja,en}' WHEN 1 THEN '{en}' ELSE '{ja}' END)::text[],
            CASE WHEN i % 2 = 0 THEN 'JP' ELSE 'DE' END, CASE WHEN i % 2 = 0 THEN 'Asia/Tokyo' ELSE 'Europe/Berlin' END,
            4 + i % 20, 1 + i % 3, ARRAY[(enum_range(NULL::focus_area))[1 + i % 12]], true, i % 4 = 0
       FROM generate_series(1, $1::int) i`,
    [size.volunteers],
  );
  await ds.query(
    `INSERT INTO volunteer_skill (profile_id, skill_id, level)
     SELECT md5('bench-v-' || i)::uuid, 'bench-' || (1 + (i * 7 + k * 13) % 120), 1 + (i + k) % 5
       FROM generate_series(1, $1::int) i, generate_series(0, 4) k ON CONFLICT DO NOTHING`,
    [size.volunteers],
  );
  await ds.query(
    `INSERT INTO need (id, nonprofit_id, title, summary, focus_area, country, language, remote, status, published_at)
     SELECT md5('bench-n-' || j)::uuid, md5('bench-np-' || (1 + j % 100))::uuid, 'Bench need ' || j, 'Help', (enum_range(NULL::focus_area))[1 + j % 12],
            'JP', CASE WHEN j % 2 = 0 THEN 'ja' ELSE 'en' END, j % 5 <> 0, 'OPEN', now()
       FROM generate_series(1, $1::int) j`,
    [size.needs],
  );
  const roles = await ds.query(
    `INSERT INTO need_role (id, need_id, kind, title, hours_per_month, seats)
     SELECT md5('bench-r-' || j || '-' || k)::uuid, md5('bench-n-' || j)::uuid, 'VOLUNTEER', 'Bench role', 4 + (j + k) % 10, 1 + (j + k) % 3
       FROM generate_series(1, $1::int) j, generate_series(1, 2) k RETURNING id`,
    [size.needs],
  );
  await ds.query(
    `INSERT INTO need_role_skill (role_id, skill_id, level, weight)
     SELECT md5('bench-r-' || j || '-' || k)::uuid, 'bench-' || (1 + (j * 11 + k * 5 + s * 17) % 120), 1 + (j + s) % 5, 1 + (k + s) % 5
       FROM generate_series(1, $1::int) j, generate_series(1, 2) k, generate_series(0, 2) s ON CONFLICT DO NOTHING`,
    [size.needs],
  );
  return { intermediaryId, roleIds: roles.map((r: { id: string }) => r.id) };
}
