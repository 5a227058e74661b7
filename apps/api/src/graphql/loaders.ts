// Per-request DataLoaders. Each area registers a factory under a key; a loader is created on first use
// and lives for one request, so the number of SQL statements does not grow with the page size.
import DataLoader from "dataloader";
import type { Actor } from "@canon/core";
import { CanonError, ErrorCode } from "@canon/core";

export class Loaders {
  private readonly cache = new Map<string, DataLoader<any, any>>();
  constructor(private readonly actor?: Actor) {}

  get<K, V>(key: string, batch: (actor: Actor, keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    let loader = this.cache.get(key);
    if (!loader) {
      const actor = this.actor;
      if (!actor) throw new CanonError(ErrorCode.UNAUTHENTICATED, "Authentication required");
      loader = new DataLoader<K, V>((keys) => batch(actor, keys), { maxBatchSize: 1000 });
      this.cache.set(key, loader);
    }
    return loader as DataLoader<K, V>;
  }
}
