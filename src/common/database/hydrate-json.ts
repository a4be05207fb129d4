import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/** A row as PostgreSQL's `row_to_json` writes it: keyed by column name, timestamps as text. */
export type JsonRow = Record<string, unknown>;

/**
 * Turns a `row_to_json` row into the entity TypeORM would have loaded: the same property names
 * and value types (dates, transformers), so the rest of the API cannot tell them apart. Lets one
 * SQL statement with JSON aggregation replace several loaded relations.
 */
export function hydrateJson<T extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<T>, row: JsonRow): T {
  const meta = dataSource.getMetadata(entity);
  const hydrated = meta.create() as T;
  for (const column of meta.columns) {
    if (!column.isSelect || !(column.databaseName in row)) continue;
    column.setEntityValue(hydrated, dataSource.driver.prepareHydratedValue(row[column.databaseName], column));
  }
  return hydrated;
}
