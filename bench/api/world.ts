import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

import { Client } from 'pg';

export interface WorldSize {
  volunteers: number;
  needs: number;
  roles: number;
}

/** The people and rows the load drives; every id is fixed so the world can be reused between runs. */
export interface BenchWorld {
  url: string;
  volunteerUserId: string;
  curatorUserId: string;
  intermediaryId: string;
  /** A need of the bench's nonprofit, with proposals on each of its roles. */
  needId: string;
  activeMatchId: string;
}

// Fixed ids with the version and variant bits set, as the API accepts only RFC 4122 UUIDs.
const uuid = (seed: string) => `bench_id('${seed}')`;
const BENCH_ID = `CREATE FUNCTION bench_id(seed text) RETURNS uuid IMMUTABLE LANGUAGE sql AS
  $$ SELECT (substr(h, 1, 12) || '4' || substr(h, 14, 3) || '8' || substr(h, 18, 15))::uuid FROM md5(seed) h $$`;
const VOLUNTEER_USER = uuid('bench-volunteer-user');
const VOLUNTEER = uuid('bench-volunteer');
const CURATOR = uuid('bench-curator');
const INTERMEDIARY = uuid('bench-intermediary');
const NONPROFIT = uuid('bench-nonprofit');
const COUNTRIES = `ARRAY['JP','DE','FR','US','GB','IN','BR','KE']`;
/** The bench's own nonprofit posts this many needs of MAX_NEED_ROLES roles each: 400 matches for the cast. */
const CAST_NEEDS = 20;
const CAST_ROLES_PER_NEED = 20;
/** Matches of the cast volunteer that the accept load turns from OFFERED to accepted; reset before each run. */
export const OFFERED_MATCHES = 300;

/** A fresh database holding the demo world, and in the large world the bulk on top of it, plus the bench's cast. */
export async function createWorld(adminUrl: string, name: string, size: WorldSize | null): Promise<BenchWorld> {
  const url = databaseUrl(adminUrl, name);
  await withClient(adminUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${name}"`);
  });
  // The app's own start: migrations, the skills taxonomy and the demo world.
  execFileSync(process.execPath, [join(process.cwd(), 'dist/src/migrate.js')], {
    env: { ...process.env, DATABASE_URL: url, SEED_DEMO_ON_START: 'true', LOG_LEVEL: 'warn', NODE_ENV: 'development' },
    stdio: 'inherit',
  });
  await withClient(url, async (c) => {
    await c.query(BENCH_ID);
    if (size) await seedBulk(c, size);
    await seedCast(c);
    await c.query('ANALYZE');
  });
  return describeWorld(url);
}

export async function describeWorld(url: string): Promise<BenchWorld> {
  return withClient(url, async (c) => {
    const { rows } = await c.query<Omit<BenchWorld, 'url'>>(
      `SELECT ${VOLUNTEER_USER} AS "volunteerUserId", ${CURATOR} AS "curatorUserId", ${INTERMEDIARY} AS "intermediaryId",
              ${uuid('bench-need-1')} AS "needId", (SELECT id FROM match WHERE status = 'ACTIVE' AND candidate_id = ${VOLUNTEER}) AS "activeMatchId"`,
    );
    return { url, ...rows[0] };
  });
}

/** The OFFERED matches the accept load answers, made new again so each run accepts the same number. */
export async function resetOffers(url: string): Promise<{ id: string; version: number }[]> {
  return withClient(url, async (c) => {
    const { rows } = await c.query<{ id: string; version: number }>(
      `UPDATE match SET status = 'OFFERED', candidate_accepted_at = NULL, nonprofit_accepted_at = NULL, confirmed_at = NULL,
              expires_at = now() + interval '14 days', version = version + 1
        WHERE candidate_id = ${VOLUNTEER} AND status <> 'ACTIVE' AND offered_at IS NOT NULL
        RETURNING id, version`,
    );
    return rows;
  });
}

export async function clearHours(url: string): Promise<void> {
  await withClient(url, (c) => c.query(`DELETE FROM hours_log WHERE user_id = ${VOLUNTEER_USER}`));
}

// generate_series keeps 100k profiles to seconds; deterministic ids let rows find each other without lookups.
async function seedBulk(c: Client, { volunteers, needs, roles }: WorldSize): Promise<void> {
  const nonprofits = Math.max(1, Math.ceil(needs / 10));
  const companies = Math.max(1, Math.ceil(volunteers / 500));
  await c.query(`CREATE TEMP TABLE bench_skill AS SELECT array_agg(id ORDER BY id) AS ids, count(*)::int AS n FROM skill`);
  await c.query(
    `INSERT INTO organization (id, kind, name, country, languages, verified)
     SELECT bench_id('np' || i), 'NONPROFIT'::organization_kind, 'Bench nonprofit ' || i, (${COUNTRIES})[1 + i % 8], '{en}'::text[], true FROM generate_series(0, $1 - 1) i
     UNION ALL
     SELECT bench_id('co' || i), 'COMPANY'::organization_kind, 'Bench company ' || i, (${COUNTRIES})[1 + i % 8], '{en}'::text[], true FROM generate_series(0, $2 - 1) i`,
    [nonprofits, companies],
  );
  await c.query(
    `INSERT INTO user_account (id, email, password_hash, name)
     SELECT bench_id('u' || i), 'bench' || i || '@bench.test', 'not-a-hash', 'Bench volunteer ' || i FROM generate_series(0, $1 - 1) i`,
    [volunteers],
  );
  await c.query(
    `INSERT INTO volunteer_profile (id, user_id, employer_id, headline, languages, country, causes, hours_per_month)
     SELECT bench_id('vp' || i), bench_id('u' || i), bench_id('co' || (i % $2)), 'Volunteer ' || i, '{en}', (${COUNTRIES})[1 + i % 8],
            ARRAY[(enum_range(NULL::focus_area))[1 + i % 12]], 4 + i % 20
       FROM generate_series(0, $1 - 1) i`,
    [volunteers, companies],
  );
  await c.query(
    `INSERT INTO volunteer_skill (profile_id, skill_id, level)
     SELECT bench_id('vp' || i), s.ids[1 + (i * 7 + k * 13) % s.n], 1 + (i + k) % 5 FROM generate_series(0, $1 - 1) i, generate_series(0, 2) k, bench_skill s`,
    [volunteers],
  );
  await c.query(
    `INSERT INTO need (id, nonprofit_id, title, summary, focus_area, country, language, status, published_at, created_at)
     SELECT bench_id('n' || i), bench_id('np' || (i % $2)), 'Bench need ' || i, 'Help wanted with project ' || i,
            (enum_range(NULL::focus_area))[1 + i % 12], (${COUNTRIES})[1 + i % 8], 'en',
            (CASE i % 10 WHEN 0 THEN 'DRAFT' WHEN 1 THEN 'STAFFED' WHEN 2 THEN 'COMPLETED' ELSE 'OPEN' END)::need_status,
            CASE WHEN i % 10 = 0 THEN NULL ELSE now() - i * interval '1 minute' END, now() - i * interval '1 minute'
       FROM generate_series(0, $1 - 1) i`,
    [needs, nonprofits],
  );
  await c.query(
    `INSERT INTO need_role (id, need_id, kind, title, seats, hours_per_month, created_at)
     SELECT bench_id('r' || j), bench_id('n' || (j % $2)), 'VOLUNTEER', 'Role ' || j, 1 + j % 3, 4 + j % 16, now() - j * interval '1 second'
       FROM generate_series(0, $1 - 1) j`,
    [roles, needs],
  );
  await c.query(
    `INSERT INTO need_role_skill (role_id, skill_id, level, weight)
     SELECT bench_id('r' || j), s.ids[1 + (j * 11 + k * 17) % s.n], 1 + (j + k) % 5, 1 + k FROM generate_series(0, $1 - 1) j, generate_series(0, 2) k, bench_skill s`,
    [roles],
  );
}

/**
 * The signed-in people of the load: a volunteer with one active engagement and offers to accept, and a
 * curator whose intermediary curates the bench nonprofit, whose needs carry proposals to curate.
 */
async function seedCast(c: Client): Promise<void> {
  await c.query(
    `INSERT INTO organization (id, kind, name, country, languages, verified) VALUES
       (${INTERMEDIARY}, 'INTERMEDIARY', 'Bench intermediary', 'JP', '{en}', true),
       (${NONPROFIT}, 'NONPROFIT', 'Bench nonprofit', 'JP', '{en}', true)`,
  );
  await c.query(
    `INSERT INTO user_account (id, email, password_hash, name) VALUES
       (${VOLUNTEER_USER}, 'bench.volunteer@bench.test', 'not-a-hash', 'Bench volunteer'),
       (${CURATOR}, 'bench.curator@bench.test', 'not-a-hash', 'Bench curator')`,
  );
  await c.query(`INSERT INTO membership (user_id, organization_id, role) VALUES (${CURATOR}, ${INTERMEDIARY}, 'ADMIN')`);
  await c.query(`INSERT INTO affiliation (intermediary_id, organization_id, vetted) VALUES (${INTERMEDIARY}, ${NONPROFIT}, true)`);
  await c.query(
    `INSERT INTO volunteer_profile (id, user_id, headline, languages, country, causes, hours_per_month, max_concurrent_engagements)
     VALUES (${VOLUNTEER}, ${VOLUNTEER_USER}, 'Bench volunteer', '{en}', 'JP', '{EDUCATION}', 40, 10)`,
  );
  await c.query(
    // Older than every other need, so the needs page shows the world's own needs, not the cast's.
    `INSERT INTO need (id, nonprofit_id, title, summary, focus_area, country, language, status, published_at, created_at)
     SELECT bench_id('bench-need-' || i), ${NONPROFIT}, 'Bench cast need ' || i, 'Needs curated in the bench', 'EDUCATION', 'JP', 'en', 'OPEN',
            '2020-01-01', '2020-01-01'
       FROM generate_series(1, $1) i`,
    [CAST_NEEDS],
  );
  await c.query(
    `INSERT INTO need_role (id, need_id, kind, title, seats, hours_per_month)
     SELECT bench_id('bench-role-' || i || '-' || j), bench_id('bench-need-' || i), 'VOLUNTEER', 'Bench role ' || j, 2, 8
       FROM generate_series(1, $1) i, generate_series(1, $2) j`,
    [CAST_NEEDS, CAST_ROLES_PER_NEED],
  );
  // Role 0 of the volunteer is its active engagement, the next OFFERED_MATCHES are offers, the rest proposals.
  await c.query(
    `INSERT INTO match (role_id, need_id, candidate_kind, candidate_id, volunteer_profile_id, status, score, version, offered_at, expires_at, confirmed_at,
                        nonprofit_accepted_at, candidate_accepted_at, explanation)
     SELECT r.id, r.need_id, 'VOLUNTEER', ${VOLUNTEER}, ${VOLUNTEER}, s.status::match_status, 0.5 + (k % 50) / 100.0, 1,
            CASE WHEN s.status = 'PROPOSED' THEN NULL ELSE now() END, CASE WHEN s.status = 'OFFERED' THEN now() + interval '14 days' END,
            CASE WHEN s.status = 'ACTIVE' THEN now() END, CASE WHEN s.status = 'ACTIVE' THEN now() END, CASE WHEN s.status = 'ACTIVE' THEN now() END, 'bench'
       FROM (SELECT id, need_id, row_number() OVER (ORDER BY id) - 1 AS k FROM need_role WHERE need_id IN (SELECT id FROM need WHERE nonprofit_id = ${NONPROFIT})) r,
            LATERAL (SELECT CASE WHEN r.k = 0 THEN 'ACTIVE' WHEN r.k <= $1 THEN 'OFFERED' ELSE 'PROPOSED' END AS status) s`,
    [OFFERED_MATCHES],
  );
  await c.query(`UPDATE volunteer_profile SET active_engagements = 1 WHERE id = ${VOLUNTEER}`);
}

export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withClient<T>(url: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
