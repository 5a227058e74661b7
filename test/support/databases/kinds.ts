// Which stores the tests run on (CANON_TEST_DATABASES, default "sqlite,postgres") and where the
// PostgreSQL server is (CANON_TEST_POSTGRES_URL, default 127.0.0.1:5432).
export type TestDatabaseKind = "sqlite" | "postgres";

export function testDatabaseKinds(): TestDatabaseKind[] {
  const raw = process.env.CANON_TEST_DATABASES ?? "sqlite,postgres";
  return raw
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean) as TestDatabaseKind[];
}

export const POSTGRES_SERVER = process.env.CANON_TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

/** The URL of database `name` on the PostgreSQL test server. */
export function postgresUrl(name: string): string {
  const url = new URL(POSTGRES_SERVER);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs `sql` on the server's maintenance database (CREATE / DROP DATABASE). */
export async function postgresAdmin(sql: string): Promise<void> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: POSTGRES_SERVER });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
