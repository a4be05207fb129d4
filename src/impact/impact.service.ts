import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { AccessService } from '../common/access/access.service';
import { Actor } from '../common/access/actor';
import { FollowUpFigures, ImpactArgs, ImpactBucket, ImpactFigures, ImpactReport } from './dtos/impact.types';
import { DEFAULT_HOURLY_VALUE, HOURLY_VALUE_BY_CATEGORY, IMPACT_CURRENCY } from './hourly-values';
import { assertCanSeeImpact, countsNetworkProposals, resolveScope, scopeSql } from './impact-scope';

type Metric = 'proposals' | 'offers' | 'confirmed' | 'completed' | 'decided' | 'accepted' | 'days_to_match' | 'hours' | 'value' | 'seats' | 'seats_filled';

interface FactRow {
  metric: Metric;
  dimension: 'total' | 'focus_area' | 'country' | 'month';
  key: string | null;
  total: number;
  median: number | null;
}

type Sums = Partial<Record<Metric, { total: number; median: number | null }>>;

// One row per fact (a proposal, an offer, a confirmed hour entry…) dated by its own timestamp, then
// summed per dimension with GROUPING SETS: one query for the totals and all three breakdowns.
const FACTS_SQL = (matches: string, needs: string | null) => `
WITH sm AS (
  SELECT mt.id, mt.status, mt.created_at, mt.offered_at, mt.confirmed_at, mt.completed_at, n.focus_area, n.country,
         COALESCE(($4::jsonb ->> (SELECT s.category FROM need_role_skill rs JOIN skill s ON s.id = rs.skill_id
                                   WHERE rs.role_id = mt.role_id ORDER BY rs.weight DESC, rs.level DESC, rs.skill_id LIMIT 1))::float8, $5) AS rate
    FROM match mt JOIN need n ON n.id = mt.need_id
   WHERE ${matches}
), facts AS (
  SELECT 'proposals' AS metric, created_at AS at, focus_area, country, 1::float8 AS v FROM sm
  UNION ALL SELECT 'offers', offered_at, focus_area, country, 1 FROM sm WHERE offered_at IS NOT NULL
  UNION ALL SELECT 'confirmed', confirmed_at, focus_area, country, 1 FROM sm WHERE confirmed_at IS NOT NULL
  UNION ALL SELECT 'completed', completed_at, focus_area, country, 1 FROM sm WHERE completed_at IS NOT NULL
  UNION ALL SELECT 'decided', offered_at, focus_area, country, 1 FROM sm
     WHERE offered_at IS NOT NULL AND (confirmed_at IS NOT NULL OR status IN ('DECLINED', 'EXPIRED'))
  UNION ALL SELECT 'accepted', offered_at, focus_area, country, 1 FROM sm WHERE offered_at IS NOT NULL AND confirmed_at IS NOT NULL
  UNION ALL SELECT 'days_to_match', confirmed_at, focus_area, country, EXTRACT(EPOCH FROM confirmed_at - COALESCE(offered_at, created_at)) / 86400
     FROM sm WHERE confirmed_at IS NOT NULL
  UNION ALL SELECT 'hours', h.worked_on::timestamp AT TIME ZONE 'UTC', sm.focus_area, sm.country, h.hours::float8
     FROM hours_log h JOIN sm ON sm.id = h.match_id WHERE h.status = 'CONFIRMED'
  UNION ALL SELECT 'value', h.worked_on::timestamp AT TIME ZONE 'UTC', sm.focus_area, sm.country, h.hours::float8 * sm.rate
     FROM hours_log h JOIN sm ON sm.id = h.match_id WHERE h.status = 'CONFIRMED'
  ${
    needs
      ? `UNION ALL SELECT 'seats', n.published_at, n.focus_area, n.country, r.seats FROM need n JOIN need_role r ON r.need_id = n.id
           WHERE ${needs} AND n.published_at IS NOT NULL AND n.status <> 'CANCELLED'
         UNION ALL SELECT 'seats_filled', n.published_at, n.focus_area, n.country, r.seats_filled FROM need n JOIN need_role r ON r.need_id = n.id
           WHERE ${needs} AND n.published_at IS NOT NULL AND n.status <> 'CANCELLED'`
      : ''
  }
), windowed AS (
  SELECT metric, focus_area::text AS focus_area, country::text AS country, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, v
    FROM facts WHERE ($2::timestamptz IS NULL OR at >= $2) AND ($3::timestamptz IS NULL OR at < $3)
)
SELECT metric,
       CASE WHEN GROUPING(focus_area) = 0 THEN 'focus_area' WHEN GROUPING(country) = 0 THEN 'country' WHEN GROUPING(month) = 0 THEN 'month' ELSE 'total' END AS dimension,
       COALESCE(CASE WHEN GROUPING(focus_area) = 0 THEN focus_area END, CASE WHEN GROUPING(country) = 0 THEN country END, CASE WHEN GROUPING(month) = 0 THEN month END) AS key,
       sum(v)::float8 AS total,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY v) AS median
  FROM windowed
 GROUP BY GROUPING SETS ((metric), (metric, focus_area), (metric, country), (metric, month))`;

// The follow-up answers of the scope's matches, by when each question was asked.
const FOLLOW_UPS_SQL = (matches: string) => `
SELECT count(*)::int AS asked, count(f.answer)::int AS answered,
       count(*) FILTER (WHERE f.answer = 'YES')::int AS "stillInUse",
       count(*) FILTER (WHERE f.answer = 'PARTLY')::int AS partly,
       count(*) FILTER (WHERE f.answer = 'NO')::int AS "notInUse"
  FROM follow_up f JOIN match mt ON mt.id = f.match_id JOIN need n ON n.id = mt.need_id
 WHERE ${matches} AND ($2::timestamptz IS NULL OR f.asked_at >= $2) AND ($3::timestamptz IS NULL OR f.asked_at < $3)`;

/** Impact of a program, intermediary, company, nonprofit, funder or volunteer: one SQL query, shaped here. */
@Injectable()
export class ImpactService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  async report(actor: Actor, args: ImpactArgs): Promise<ImpactReport> {
    const scope = resolveScope(args.scope);
    await assertCanSeeImpact(this.access, actor, scope, async () => {
      const [row] = (await this.dataSource.query('SELECT intermediary_id FROM program WHERE id = $1', [scope.id])) as { intermediary_id: string }[];
      return row?.intermediary_id ?? null;
    });
    const sql = scopeSql(scope.kind);
    const params = [scope.id, args.from ?? null, args.to ?? null, JSON.stringify(HOURLY_VALUE_BY_CATEGORY), DEFAULT_HOURLY_VALUE];
    const rows = (await this.dataSource.query(FACTS_SQL(sql.matches, sql.needs), params)) as FactRow[];
    const viaNetwork = countsNetworkProposals(scope.kind)
      ? ((await this.dataSource.query(FACTS_SQL(`${sql.matches} AND mt.proposed_by_intermediary_id IS NOT NULL`, null), params)) as FactRow[])
      : null;
    const [followUps] = (await this.dataSource.query(FOLLOW_UPS_SQL(sql.matches), [scope.id, args.from ?? null, args.to ?? null])) as FollowUpFigures[];
    const hasSeats = sql.needs !== null;
    return {
      followUps,
      currency: IMPACT_CURRENCY,
      from: args.from ?? null,
      to: args.to ?? null,
      totals: figures(collect(rows, 'total').get('') ?? {}, hasSeats),
      viaNetwork: viaNetwork ? figures(collect(viaNetwork, 'total').get('') ?? {}, false) : null,
      byFocusArea: buckets(rows, 'focus_area', hasSeats),
      byCountry: buckets(rows, 'country', hasSeats),
      byMonth: buckets(rows, 'month', hasSeats),
    };
  }
}

function collect(rows: FactRow[], dimension: FactRow['dimension']): Map<string, Sums> {
  const byKey = new Map<string, Sums>();
  for (const row of rows.filter((r) => r.dimension === dimension)) {
    const key = row.key ?? '';
    const sums = byKey.get(key) ?? {};
    sums[row.metric] = { total: row.total, median: row.median };
    byKey.set(key, sums);
  }
  return byKey;
}

function buckets(rows: FactRow[], dimension: 'focus_area' | 'country' | 'month', hasSeats: boolean): ImpactBucket[] {
  return [...collect(rows, dimension)].sort(([a], [b]) => a.localeCompare(b)).map(([key, sums]) => ({ key, figures: figures(sums, hasSeats) }));
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
const ratio = (part: number, whole: number) => (whole > 0 ? round(part / whole, 4) : null);

export function figures(s: Sums, hasSeats: boolean): ImpactFigures {
  const n = (m: Metric) => s[m]?.total ?? 0;
  const seats = hasSeats ? n('seats') : null;
  const seatsFilled = hasSeats ? n('seats_filled') : null;
  const median = s.days_to_match?.median;
  return {
    proposals: n('proposals'),
    offers: n('offers'),
    confirmed: n('confirmed'),
    completed: n('completed'),
    acceptanceRate: ratio(n('accepted'), n('decided')),
    medianDaysToMatch: median === undefined || median === null ? null : round(median),
    seats,
    seatsFilled,
    fillRate: seats === null || seatsFilled === null ? null : ratio(seatsFilled, seats),
    confirmedHours: round(n('hours')),
    hoursValue: round(n('value')),
  };
}
