import { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DriverUtils } from 'typeorm/driver/DriverUtils';

import { hydrateJson, jsonColumns, JsonRow } from '../database/hydrate-json';
import { countCache, countKey } from './count-cache';
import { CURSOR_COLUMN, CursorValue, Page, PageArgs, pageOf, pageQuery, sortExpression, SortKey } from './pagination';

/**
 * SQL expressions read beside a page, by name. They see the page's rows as the CTE `page`, whose
 * columns carry TypeORM's aliases (`n_id`, `n_nonprofit_id` for alias `n`).
 */
export type PageDetails = Record<string, string>;

export interface PageWithDetails<T> {
  page: Page<T>;
  details: Record<string, unknown>;
}

interface StatementRow {
  totalCount: number | null;
  rows: { row: JsonRow; cursor: CursorValue }[] | null;
  [detail: string]: unknown;
}

/**
 * `paginate` in one SQL statement: the page's rows, its totalCount (unless the count cache holds it)
 * and the details its fields will ask for. A list page then costs one round trip, one parse and one
 * plan instead of three, with the same keyset order and access filter (they are in `qb`).
 */
export async function readPage<T extends ObjectLiteral & { id: string }>(
  dataSource: DataSource,
  qb: SelectQueryBuilder<T>,
  args: PageArgs,
  key: SortKey,
  details: PageDetails,
): Promise<PageWithDetails<T>> {
  const { page, counting } = pageQuery(qb, args, key);
  const [pageSql, pageParameters] = page.getQueryAndParameters();
  const parameters = pageParameters as unknown[];
  const [countSql, countParameters] = counting.getQueryAndParameters();
  const countedAs = countKey(countSql, countParameters);
  const kept = countCache.kept(countedAs);
  let count = 'NULL::int';
  if (kept === undefined) {
    count = `(SELECT count(*) FROM (${renumber(countSql, parameters.length)}) counted)::int`;
    parameters.push(...(countParameters as unknown[]));
  }
  const meta = page.expressionMap.mainAlias!.metadata;
  const id = DriverUtils.buildAlias(dataSource.driver, undefined, page.alias, 'id');
  const order = `${sortExpression(key, 'page_row')} ${key.direction}, page_row.id ${key.direction}`;
  const rowsSql = `(SELECT json_agg(json_build_object('row', ${jsonColumns(dataSource, meta.target, 'page_row')}, 'cursor', p."${CURSOR_COLUMN}") ORDER BY ${order})
                      FROM page p JOIN "${meta.tablePath}" page_row ON page_row.id = p."${id}")`;
  const selected = [`${count} AS "totalCount"`, `${rowsSql} AS rows`, ...Object.entries(details).map(([name, sql]) => `${sql} AS "${name}"`)];
  const [row] = await dataSource.query<StatementRow[]>(`WITH page AS (${pageSql}) SELECT ${selected.join(',\n')}`, parameters);
  const totalCount = kept ?? (row.totalCount as number);
  if (kept === undefined) countCache.remember(countedAs, totalCount);
  const rows = row.rows ?? [];
  const entities = rows.map((r) => hydrateJson<T>(dataSource, meta.target, r.row));
  return {
    page: pageOf(
      entities,
      rows.map((r) => r.cursor),
      args,
      key,
      totalCount,
    ),
    details: Object.fromEntries(Object.keys(details).map((name) => [name, row[name]])),
  };
}

/** Moves a statement's `$n` parameters up by `offset`, so that it can follow another statement's. */
function renumber(sql: string, offset: number): string {
  return sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
}
