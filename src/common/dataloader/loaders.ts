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

  /** Loads all rows whose `column` equals each key, in a stable order. */
  many<T extends ObjectLiteral>(entity: EntityTarget<T>, column: keyof T & string, order: Partial<Record<keyof T & string, 'ASC' | 'DESC'>> = {}): DataLoader<string, T[]> {
    return this.get(
      `many:${this.name(entity)}:${column}:${JSON.stringify(order)}`,
      () =>
        new DataLoader<string, T[]>(async (keys) => {
          const rows = await this.manager.getRepository(entity).find({ where: { [column]: In([...keys]) } as never, order: order as never });
          const byKey = new Map<string, T[]>(keys.map((k) => [k, []]));
          for (const r of rows) byKey.get(String(r[column]))?.push(r);
          return keys.map((k) => byKey.get(k) ?? []);
        }),
    );
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
