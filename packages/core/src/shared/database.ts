// The process's one database handle, opened lazily from configuration.
import { config } from "@canon/config";
import { openDatabase, type Database, type OpenOptions } from "@canon/db";

let current: Database | undefined;

export function database(): Database {
  current ??= openDatabase(config().databaseUrl);
  return current;
}

/** Opens the configured database with options (e.g. a statement counter) before first use. */
export function initDatabase(options: OpenOptions = {}): Database {
  if (current) throw new Error("database already opened");
  current = openDatabase(config().databaseUrl, options);
  return current;
}

export async function closeDatabase(): Promise<void> {
  await current?.close();
  current = undefined;
}
