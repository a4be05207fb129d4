import DataLoader from 'dataloader';
import { EntityManager, EntityTarget, In, ObjectLiteral } from 'typeorm';

/**
 * Per-request batching: every @ResolveField loads through here by its parent's key,
 * so a page of N parents costs one query per field, not N.
 */
export class Loaders {
  private readonly cache = new Map<string, DataLoader<unknown, unknown>>();

  constructor(private readonly manager: EntityManager) {}

  /** Loads rows by a unique column (by default the primary key). */
  one<T extends ObjectLiteral>(entity: EntityTarget<T>, column: keyof T & string = 'id'): DataLoader<string, T | null> {
    return this.get(
      `one:${this.name(entity)}:${column}`,
      () =>
        new DataLoader<string, T | null>(async (keys) => {
          const rows = await this.manager.getRepository(entity).find({ where: { [column]: In([...keys]) } as never });
          const byKey = new Map(rows.map((r) => [String(r[column]), r]));
          return keys.map((k) => byKey.get(k) ?? null);
        }),
    );
  }

  /**
   * Loads the rows whose `column` equals each key, in a stable order (ties broken by primary key).
   * With `limit`, only the first `limit` rows per key leave the database (a per-key window in SQL),
   * so a capped list costs its cap, not every row. `within` keeps only rows whose column is one of
   * the given values, applied before the limit.
   */
  many<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    column: keyof T & string,
    order: Partial<Record<keyof T & string, 'ASC' | 'DESC'>> = {},
    options: { limit?: number; within?: { column: keyof T & string; values: readonly string[] } } = {},
  ): DataLoader<string, T[]> {
    const { limit, within } = options;
    return this.get(
      `many:${this.name(entity)}:${column}:${JSON.stringify(order)}:${limit ?? 'all'}:${within ? `${within.column}=${[...within.values].sort().join(',')}` : ''}`,
      () =>
        new DataLoader<string, T[]>(async (keys) => {
          const byKey = new Map<string, T[]>(keys.map((k) => [k, []]));
          if (within?.values.length === 0 || limit === 0) return keys.map(() => []);
          const rows = await this.firstPerKey(entity, column, order, [...keys], limit, within);
          for (const r of rows) byKey.get(String(r[column]))?.push(r);
          return keys.map((k) => byKey.get(k) ?? []);
        }),
    );
  }

  private firstPerKey<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    column: keyof T & string,
    order: Partial<Record<keyof T & string, 'ASC' | 'DESC'>>,
    keys: string[],
    limit: number | undefined,
    within: { column: keyof T & string; values: readonly string[] } | undefined,
  ): Promise<T[]> {
    const repo = this.manager.getRepository(entity);
    const meta = repo.metadata;
    const db = (property: string) => {
      const found = meta.findColumnWithPropertyPath(property);
      if (!found) throw new Error(`${meta.name} has no column ${property}`);
      return `"${found.databaseName}"`;
    };
    const [primary] = meta.primaryColumns;
    const sorting = [...Object.entries(order).map(([property, direction]) => [property, direction as 'ASC' | 'DESC'] as const), [primary.propertyName, 'ASC'] as const];
    const qb = repo.createQueryBuilder('e').where(`e.${db(column)} IN (:...keys)`, { keys });
    if (within) qb.andWhere(`e.${db(within.column)} IN (:...withinValues)`, { withinValues: [...within.values] });
    if (limit !== undefined) {
      // Ranked among the same rows the outer query filters, so the first `limit` per key are what is returned.
      const ranking = sorting.map(([property, direction]) => `r.${db(property)} ${direction}`).join(', ');
      const filter = `r.${db(column)} IN (:...keys)${within ? ` AND r.${db(within.column)} IN (:...withinValues)` : ''}`;
      qb.andWhere(
        `e.${db(primary.propertyName)} IN (SELECT ranked.pk FROM (SELECT r.${db(primary.propertyName)} AS pk, row_number() OVER (PARTITION BY r.${db(column)} ORDER BY ${ranking}) AS n
           FROM ${meta.tablePath
             .split('.')
             .map((part) => `"${part}"`)
             .join('.')} r WHERE ${filter}) ranked WHERE ranked.n <= :limit)`,
        { limit },
      );
    }
    for (const [property, direction] of sorting) qb.addOrderBy(`e.${db(property)}`, direction);
    return qb.getMany();
  }

  /** A loader for a custom batch function, cached under `key` for this request. */
  custom<K, V>(key: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    return this.get(`custom:${key}`, () => new DataLoader<K, V>(batch as DataLoader.BatchLoadFn<K, V>));
  }

  private name(entity: EntityTarget<ObjectLiteral>): string {
    return this.manager.getRepository(entity).metadata.name;
  }

  private get<K, V>(key: string, make: () => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.cache.get(key);
    if (!loader) {
      loader = make() as DataLoader<unknown, unknown>;
      this.cache.set(key, loader);
    }
    return loader as DataLoader<K, V>;
  }
}
