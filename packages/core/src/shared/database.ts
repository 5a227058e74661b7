// The process's one database handle, opened lazily from configuration. Both clients carry the tenancy
// extension (tenancy.ts): a query on a tenant table runs only inside an organisation scope.
import { config } from "@canon/config";
import { openDatabase, type Database, type OpenOptions, type PrismaDb } from "@canon/db";
import { acrossOrganizations, tenancyExtension } from "./tenancy";

let current: Database | undefined;

function scoped(client: PrismaDb): PrismaDb {
  return client.$extends(tenancyExtension as any) as unknown as PrismaDb;
}

function open(options: OpenOptions): Database {
  const raw = openDatabase(config().databaseUrl, options);
  return { ...raw, reader: scoped(raw.reader), writer: scoped(raw.writer), close: () => raw.close() };
}

export function database(): Database {
  current ??= open({});
  return current;
}

/** Opens the configured database with options (e.g. a statement counter) before first use. */
export function initDatabase(options: OpenOptions = {}): Database {
  if (current) throw new Error("database already opened");
  current = open(options);
  return current;
}

export async function closeDatabase(): Promise<void> {
  await current?.close();
  current = undefined;
}

/** The readiness probe: one trivial statement, which belongs to no organisation. */
export async function databaseReady(): Promise<void> {
  await acrossOrganizations("readiness probe", () => database().reader.$queryRawUnsafe("SELECT 1"));
}
