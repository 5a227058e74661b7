// What scripts/test.ts prepares once for a whole run, before node's test runner starts the test files:
// a migrated template per store, and a shared API server per store on a copy of it (after dropping the
// PostgreSQL databases of earlier runs that were killed, see databases/orphans.ts). Test processes find
// both through environment variables (templates.ts, server/shared.ts); cleanup() stops the servers and
// drops their databases and the templates. Not for test processes (see run-scope.ts for theirs).
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestDatabaseKind } from "./databases/kinds";
import { dropOrphanDatabases } from "./databases/orphans";
import { createTemplate, dropTemplate, TEMPLATES_ENV, type Templates } from "./databases/templates";
import { SHARED_APIS_ENV, startSharedServer, type RunningSharedServer } from "./server/shared";

export interface RunResources {
  /** Environment variables naming the templates and shared servers to the test processes. */
  env: Record<string, string>;
  /** Where each shared server's output is written when the run ends. */
  logFiles: string[];
  cleanup(): Promise<void>;
}

export async function prepareRunResources(kinds: TestDatabaseKind[]): Promise<RunResources> {
  const templates: Templates = {};
  const servers: Partial<Record<TestDatabaseKind, RunningSharedServer>> = {};
  const logFile = (kind: TestDatabaseKind) => path.join(tmpdir(), `canon-test-${process.pid}-${kind}-server.log`);
  const cleanup = async () => {
    for (const [kind, server] of Object.entries(servers) as [TestDatabaseKind, RunningSharedServer][]) {
      await server.stop().catch((error) => console.error(`stopping the shared ${kind} server: ${error.message}`));
      if (server.logs()) writeFileSync(logFile(kind), server.logs());
    }
    for (const [kind, location] of Object.entries(templates) as [TestDatabaseKind, string][]) {
      await dropTemplate(kind, location).catch((error) => console.error(`dropping the ${kind} template: ${error.message}`));
    }
  };
  if (kinds.includes("postgres")) {
    const orphans = await dropOrphanDatabases();
    if (orphans.length) console.log(`Dropped ${orphans.length} test database(s) left by runs that did not finish`);
  }
  try {
    await Promise.all(
      kinds.map(async (kind) => {
        templates[kind] = await createTemplate(kind);
        servers[kind] = await startSharedServer(kind, templates[kind]!);
      }),
    );
  } catch (error) {
    await cleanup();
    throw error;
  }
  const addresses = Object.fromEntries(Object.entries(servers).map(([kind, s]) => [kind, s!.address]));
  return {
    env: { [TEMPLATES_ENV]: JSON.stringify(templates), [SHARED_APIS_ENV]: JSON.stringify(addresses) },
    logFiles: kinds.map(logFile),
    cleanup,
  };
}
