// One API server per store for a whole test run, shared by every suite that needs nothing of its own:
// each suite creates its own organisations on it (through the organisation factory), so suites never see
// each other's data. scripts/test.ts starts them on template copies before node's test runner and names
// them to every test process in CANON_TEST_SHARED_APIS; see shared-lookup.ts for the test side.
import type { TestDatabaseKind } from "../databases/kinds";
import { copyTemplate } from "../databases/templates";
import type { ServerAddress } from "../api/test-api";
import { launchApi } from "./launch";

export const SHARED_APIS_ENV = "CANON_TEST_SHARED_APIS";

/**
 * The environment of the shared servers. A suite whose own environment is part of this one is served
 * by them; any other setting gets the suite a server of its own. The webhook dispatcher is off: it would
 * send one suite's deliveries while another suite looks at them PENDING.
 */
export const SHARED_ENV: Record<string, string> = { CANON_WEBHOOKS_ENABLED: "false" };

export interface RunningSharedServer {
  address: ServerAddress;
  logs(): string;
  stop(): Promise<void>;
}

/** Starts a shared server of `kind` on a new copy of the template at `template`. */
export async function startSharedServer(kind: TestDatabaseKind, template: string): Promise<RunningSharedServer> {
  const db = await copyTemplate(kind, template);
  try {
    const api = await launchApi(db.url, SHARED_ENV, { organizations: true });
    return {
      address: { kind, url: api.url, organizationsUrl: api.organizationsUrl!, databaseUrl: db.url },
      logs: api.logs,
      async stop() {
        await api.stop();
        await db.drop();
      },
    };
  } catch (error) {
    await db.drop();
    throw error;
  }
}

export function sharedAddressesFromEnv(): Partial<Record<TestDatabaseKind, ServerAddress>> {
  const raw = process.env[SHARED_APIS_ENV];
  return raw ? JSON.parse(raw) : {};
}
