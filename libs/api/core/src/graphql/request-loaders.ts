import DataLoader from 'dataloader';

/**
 * Per-request DataLoaders, created on first use. Each domain names its loaders, so core needs no
 * knowledge of their entities, and nothing is cached between requests or users.
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>): DataLoader<K, V> {
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = new DataLoader<K, V>(batch) as DataLoader<unknown, unknown>;
      this.loaders.set(name, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

/** Order batch results to match the requested keys, as DataLoader requires; null where none. */
export function byKeys<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map(rows.map((row) => [keyOf(row), row] as const));
  return keys.map((key) => map.get(key) ?? null);
}

/** Group batch results per key, for one-to-many relations. */
export function groupByKeys<K, V, R = V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K, pick: (row: V) => R): R[][] {
  const map = new Map<K, R[]>();
  for (const row of rows) {
    const key = keyOf(row);
    map.set(key, [...(map.get(key) ?? []), pick(row)]);
  }
  return keys.map((key) => map.get(key) ?? []);
}
