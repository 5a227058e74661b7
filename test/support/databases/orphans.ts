// PostgreSQL databases left behind by test processes that did not get to clean up (killed, or the machine
// stopped): their names carry the creating process's id (canon_template_<pid>_…, canon_test_<pid>_…),
// and scripts/test.ts drops those whose process is gone before it starts.
import { POSTGRES_SERVER, postgresAdmin } from "./kinds";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Drops the test databases whose creating process no longer runs; returns their names. */
export async function dropOrphanDatabases(): Promise<string[]> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: POSTGRES_SERVER });
  await client.connect();
  let names: string[];
  try {
    const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname ~ '^canon_(test|template)_[0-9]+_[0-9a-f]+$'`);
    names = rows.map((r) => r.datname).filter((name) => !alive(Number(name.split("_")[2])));
  } finally {
    await client.end();
  }
  for (const name of names) await postgresAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  return names;
}
