import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsBase64, IsInt, IsOptional, isUUID, Max, Min } from 'class-validator';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

import { AppError } from '../errors/app-error';
import { ListSize } from '../graphql/query-limits';
import { countCache } from './count-cache';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: 'Page size, 1 to 100' })
  @IsInt()
  @Min(1)
  @Max(100)
  first = 20;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page' })
  @IsOptional()
  @IsBase64()
  after?: string | null;
}

@ObjectType()
export class PageInfo {
  @Field(() => String, { nullable: true })
  endCursor: string | null;

  @Field()
  hasNextPage: boolean;
}

export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** The one list shape of the API: `{ nodes, pageInfo { endCursor hasNextPage }, totalCount }`. */
export function Connection<T>(item: Type<T>, name = `${item.name}Connection`): Type<Page<T>> {
  @ObjectType(name)
  class ConnectionType implements Page<T> {
    @Field(() => [item])
    @ListSize('page')
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int)
    totalCount: number;
  }
  return ConnectionType;
}

/**
 * One sort key of a keyset-paginated list, ending in the row id as tie-breaker. Its value goes into
 * the cursor typed: a timestamp as PostgreSQL's own microseconds (a JS Date would drop them and skip
 * rows between pages), a number as JSON keeps a double. `nullsAs` gives a nullable timestamp its
 * place in the order ('infinity' sorts it last ascending). The name is written into the cursor, so
 * a cursor of one order is refused by another.
 */
export interface SortKey {
  name: string;
  /** SQL on the query's alias, `{a}` standing for it: `{a}.created_at`. */
  expression: string;
  type: 'timestamp' | 'number';
  direction: 'ASC' | 'DESC';
  nullsAs?: 'infinity';
}

/** Newest first: every list's default. */
export const NEWEST_FIRST: SortKey = { name: 'newest', expression: '{a}.created_at', type: 'timestamp', direction: 'DESC' };

export type CursorValue = string | number;

interface Cursor {
  k: string;
  v: CursorValue;
  id: string;
}

/** The raw column of a page query holding each row's cursor value. */
export const CURSOR_COLUMN = 'page_cursor_value';

// to_char keeps the microseconds; the cursor holds exactly what the database compares.
const MICROS = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3})\d{3}Z$/;

function selectValue(key: SortKey, alias: string): string {
  const column = key.expression.replaceAll('{a}', alias);
  const value = key.nullsAs ? `COALESCE(${column}, '${key.nullsAs}'::timestamptz)` : column;
  // In parentheses: TypeORM takes a bare `m.score` for the entity's own column and, aliased as the
  // cursor, the entity would lose its score.
  return key.type === 'timestamp'
    ? `CASE WHEN ${value} = 'infinity'::timestamptz THEN 'infinity' ELSE to_char(${value} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') END`
    : `(${value})`;
}

export function sortExpression(key: SortKey, alias: string): string {
  const column = key.expression.replaceAll('{a}', alias);
  return key.nullsAs ? `COALESCE(${column}, '${key.nullsAs}'::timestamptz)` : column;
}

function isValue(key: SortKey, v: unknown): v is CursorValue {
  if (key.type === 'number') return typeof v === 'number' && Number.isFinite(v);
  if (typeof v !== 'string') return false;
  if (v === 'infinity') return key.nullsAs === 'infinity';
  // Years past 9999 print with a sign (+275760-…), which the pattern refuses; the date must exist.
  const millis = MICROS.exec(v)?.[1];
  if (!millis) return false;
  const instant = new Date(`${millis}Z`);
  return !Number.isNaN(instant.getTime()) && instant.toISOString() === `${millis}Z`;
}

// Only what `encode` writes for this order: its name, a value of its type, and a UUID. Anything
// else would reach the database and fail there as a server error.
function decode(after: string, key: SortKey): Cursor {
  let cursor: Partial<Cursor> | null;
  try {
    cursor = JSON.parse(Buffer.from(after, 'base64').toString('utf8')) as Partial<Cursor> | null;
  } catch {
    cursor = null;
  }
  if (cursor?.k !== key.name || typeof cursor.id !== 'string' || !isUUID(cursor.id) || !isValue(key, cursor.v)) {
    throw AppError.badInput('The cursor "after" is not one this API gave out.', [{ field: 'after', message: 'invalid cursor' }]);
  }
  return cursor as Cursor;
}

const encode = (cursor: Cursor) => Buffer.from(JSON.stringify(cursor)).toString('base64');

/** A page's finished query (keyset condition, cursor value, order, one row more than asked) and its count query. */
export interface PageQuery<T extends ObjectLiteral> {
  page: SelectQueryBuilder<T>;
  counting: SelectQueryBuilder<T>;
}

export function pageQuery<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, args: PageArgs, key: SortKey = NEWEST_FIRST): PageQuery<T> {
  const alias = qb.alias;
  // The cursor value is read from the raw row of each entity: a join would multiply raw rows.
  if (qb.expressionMap.joinAttributes.length > 0) throw new Error('paginate() reads lists without joins; filter with subqueries instead.');
  const counting = qb.clone();
  const sort = sortExpression(key, alias);
  if (args.after) {
    const cursor = decode(args.after, key);
    const cast = key.type === 'timestamp' ? 'timestamptz' : 'float8';
    qb.andWhere(`(${sort}, ${alias}.id) ${key.direction === 'DESC' ? '<' : '>'} (CAST(:cursorV AS ${cast}), CAST(:cursorId AS uuid))`, {
      cursorV: cursor.v,
      cursorId: cursor.id,
    });
  }
  const page = qb
    .addSelect(selectValue(key, alias), CURSOR_COLUMN)
    .orderBy(sort, key.direction)
    .addOrderBy(`${alias}.id`, key.direction)
    .limit(args.first + 1);
  return { page, counting };
}

/** The page out of the rows its query read (one more than asked, telling whether more follow), with their cursor values. */
export function pageOf<T extends { id: string }>(rows: T[], cursorValues: CursorValue[], args: PageArgs, key: SortKey, totalCount: number): Page<T> {
  const nodes = rows.slice(0, args.first);
  const last = nodes.at(-1);
  const endCursor = last ? encode({ k: key.name, v: cursorValues[nodes.length - 1], id: last.id }) : null;
  return { nodes, totalCount, pageInfo: { hasNextPage: rows.length > args.first, endCursor } };
}

/**
 * Keyset pagination over (sort key, id), newest first unless told: stable while rows are added,
 * and as fast on page 500 as on page 1.
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(qb: SelectQueryBuilder<T>, args: PageArgs, key: SortKey = NEWEST_FIRST): Promise<Page<T>> {
  const { page, counting } = pageQuery(qb, args, key);
  // Counted alongside the page rather than before it: one round trip of waiting instead of two.
  const [totalCount, { entities, raw }] = await Promise.all([countCache.count(counting), page.getRawAndEntities<Record<string, CursorValue>>()]);
  // No joins: one raw row per entity, in the same order.
  return pageOf(
    entities,
    raw.map((row) => row[CURSOR_COLUMN]),
    args,
    key,
    totalCount,
  );
}
