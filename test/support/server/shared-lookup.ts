// The test side of the shared servers (shared.ts): the run's server of a store, or, for a test file run
// without scripts/test.ts, one started by this process on first use and stopped when its tests end.
import { atProcessEnd } from "../run-scope";
import { createTestDatabase } from "../databases/test-database";
import type { TestDatabaseKind } from "../databases/kinds";
import type { ServerAddress } from "../api/test-api";
import { launchApi } from "./launch";
import { SHARED_ENV, sharedAddressesFromEnv } from "./shared";

const own = new Map<TestDatabaseKind, Promise<ServerAddress>>();

async function startOwn(kind: TestDatabaseKind): Promise<ServerAddress> {
  const db = await createTestDatabase(kind);
  atProcessEnd(() => db.drop());
  const api = await launchApi(db.url, SHARED_ENV, { organizations: true });
  atProcessEnd(() => api.stop());
  return { kind, url: api.url, organizationsUrl: api.organizationsUrl!, databaseUrl: db.url };
}

export function sharedServer(kind: TestDatabaseKind): Promise<ServerAddress> {
  const given = sharedAddressesFromEnv()[kind];
  if (given) return Promise.resolve(given);
  let started = own.get(kind);
  if (!started) {
    started = startOwn(kind);
    own.set(kind, started);
  }
  return started;
}
