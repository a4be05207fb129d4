import { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/**
 * A row as `jsonColumns` writes it: the entity's selected columns as a JSON array, in its plan's
 * order, timestamps as text. Arrays rather than `row_to_json` objects: the column names were a third
 * of a needs page's JSON, and the page's JSON parse was its largest single cost.
 */
export type JsonRow = unknown[];

type Assign = (entity: ObjectLiteral, value: unknown) => void;

interface ColumnPlan {
  /** The columns as SQL names, in the order of `assigns`. */
  names: string[];
  assigns: Assign[];
}

// JSON already holds these as TypeORM would load them; anything else goes through TypeORM itself.
const AS_IS = new Set<unknown>(['varchar', 'character varying', 'text', 'uuid', 'int', 'integer', 'smallint', 'jsonb', 'json', String]);
const TIMESTAMPS = new Set<unknown>(['timestamptz', 'timestamp with time zone', 'timestamp', Date]);

const plans = new WeakMap<EntityMetadata, ColumnPlan>();

function assignOf(dataSource: DataSource, column: ColumnMetadata): Assign {
  const property = column.propertyName;
  const plain = !column.transformer && !column.embeddedMetadata && !column.isVirtual;
  const textEnum = column.type === 'enum' && !column.isArray && (column.enum ?? []).every((v) => typeof v === 'string');
  if (plain && (AS_IS.has(column.type) || textEnum)) return (entity, value) => (entity[property] = value);
  if (plain && TIMESTAMPS.has(column.type)) return (entity, value) => (entity[property] = typeof value === 'string' ? new Date(value) : value);
  return (entity, value) => column.setEntityValue(entity, dataSource.driver.prepareHydratedValue(value, column));
}

function planOf(dataSource: DataSource, meta: EntityMetadata): ColumnPlan {
  let plan = plans.get(meta);
  if (!plan) {
    const columns = meta.columns.filter((c) => c.isSelect);
    // json_build_array takes at most 100 arguments; no Rally entity comes near.
    if (columns.length > 100) throw new Error(`${meta.name} has too many columns to travel as one JSON array`);
    plan = { names: columns.map((c) => c.databaseName), assigns: columns.map((c) => assignOf(dataSource, c)) };
    plans.set(meta, plan);
  }
  return plan;
}

/** SQL for the row of `entity` under `alias` as a `JsonRow`, for `hydrateJson` to read. */
export function jsonColumns(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>, alias: string): string {
  const { names } = planOf(dataSource, dataSource.getMetadata(entity));
  return `json_build_array(${names.map((name) => `${alias}."${name}"`).join(', ')})`;
}

/**
 * Turns a `jsonColumns` row into the entity TypeORM would have loaded: the same property names
 * and value types (dates, transformers), so the rest of the API cannot tell them apart. Lets one
 * SQL statement with JSON aggregation replace several loaded relations. Each entity's columns are
 * planned once: a page hydrates hundreds of rows, and TypeORM's general path per value was a tenth
 * of the needs page's time.
 */
export function hydrateJson<T extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<T>, row: JsonRow): T {
  const meta = dataSource.getMetadata(entity);
  const hydrated = meta.create() as T;
  const { assigns } = planOf(dataSource, meta);
  for (let i = 0; i < assigns.length; i++) assigns[i](hydrated, row[i]);
  return hydrated;
}
