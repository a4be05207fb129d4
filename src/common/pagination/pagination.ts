import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsBase64, IsInt, IsOptional, isUUID, Max, Min } from 'class-validator';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

import { AppError } from '../errors/app-error';
import { ListSize } from '../graphql/query-limits';

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

interface Cursor {
  t: string;
  id: string;
}

const encode = (row: { createdAt: Date; id: string }) => Buffer.from(JSON.stringify({ t: row.createdAt.toISOString(), id: row.id } satisfies Cursor)).toString('base64');

// Only what `encode` writes: an ISO instant that reads back unchanged, and a UUID. Anything else
// would reach the database and fail there as a server error.
function isCursor(value: unknown): value is Cursor {
  const cursor = value as Partial<Cursor> | null;
  if (typeof cursor?.t !== 'string' || typeof cursor.id !== 'string' || !isUUID(cursor.id)) return false;
  // Years past 9999 print with a sign (+275760-…), which PostgreSQL does not read.
  const instant = new Date(cursor.t);
  return /^\d{4}-/.test(cursor.t) && !Number.isNaN(instant.getTime()) && instant.toISOString() === cursor.t;
}

function decode(after: string): Cursor {
  let cursor: unknown;
  try {
    cursor = JSON.parse(Buffer.from(after, 'base64').toString('utf8'));
  } catch {
    cursor = null;
  }
  if (!isCursor(cursor)) throw AppError.badInput('The cursor "after" is not one this API gave out.', [{ field: 'after', message: 'invalid cursor' }]);
  return cursor;
}

/**
 * Keyset pagination, newest first, over (created_at, id): stable while rows are added,
 * and as fast on page 500 as on page 1.
 */
export async function paginate<T extends ObjectLiteral & { createdAt: Date; id: string }>(qb: SelectQueryBuilder<T>, args: PageArgs): Promise<Page<T>> {
  const alias = qb.alias;
  const totalCount = await qb.clone().getCount();
  if (args.after) {
    const cursor = decode(args.after);
    qb.andWhere(`(${alias}.createdAt, ${alias}.id) < (:cursorT, :cursorId)`, { cursorT: cursor.t, cursorId: cursor.id });
  }
  const rows = await qb
    .orderBy(`${alias}.createdAt`, 'DESC')
    .addOrderBy(`${alias}.id`, 'DESC')
    .take(args.first + 1)
    .getMany();
  const nodes = rows.slice(0, args.first);
  const last = nodes.at(-1);
  return { nodes, totalCount, pageInfo: { hasNextPage: rows.length > args.first, endCursor: last ? encode(last) : null } };
}
