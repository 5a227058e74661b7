// The same contract suite runs once per database: describeContract("models", (api) => { ... }).
// Each suite gets its own two organisations (A and B, one member per role). By default they live on the
// run's shared server of that store (server/shared.ts); a suite that sets an environment the shared
// server does not have, or says why it needs one (`ownServer`), gets its own server on its own database.
// After each suite, the audit trail is reconciled with the tables for both of its organisations: the
// state the trail rebuilds for every subject the suite touched must equal the live row (bookkeeping aside).
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, describe } from "node:test";
import { openTestApi, type TestApi } from "./api/test-api";
import { testDatabaseKinds, type TestDatabaseKind } from "./databases/kinds";
import { createTestDatabase } from "./databases/test-database";
import { launchApi } from "./server/launch";
import { SHARED_ENV } from "./server/shared";
import { sharedServer } from "./server/shared-lookup";

export type { GraphQLResponse, OrgFixture, RoleName, TestApi } from "./api/test-api";

export interface SuiteOptions {
  /** Environment of the suite's API (a server of its own unless the shared servers have the same). */
  env?: Record<string, string>;
  /** Why the suite needs a server and database of its own (it kills servers, writes the database directly, …). */
  ownServer?: string;
}

const RECONCILE = `{ reconcileAuditTrail { consistent checked mismatches { subjectType subjectId problem fields } } }`;

export async function assertTrailReconciles(api: TestApi): Promise<void> {
  for (const org of [api.orgA, api.orgB]) {
    const { reconcileAuditTrail: r } = await api.ok(RECONCILE, {}, org.tokens.ADMIN);
    assert.ok(r.checked > 0);
    assert.deepEqual(r.mismatches, [], "the audit trail rebuilds every subject's live row");
  }
}

function needsOwnServer(options: SuiteOptions): boolean {
  return Boolean(options.ownServer) || Object.entries(options.env ?? {}).some(([k, v]) => SHARED_ENV[k] !== v);
}

async function ownServerApi(kind: TestDatabaseKind, env: Record<string, string>): Promise<TestApi> {
  const db = await createTestDatabase(kind);
  const server = await launchApi(db.url, env, { organizations: true }).catch(async (error) => {
    await db.drop();
    throw error;
  });
  const stop = async () => {
    await server.stop();
    await db.drop();
  };
  const address = { kind, url: server.url, organizationsUrl: server.organizationsUrl!, databaseUrl: db.url };
  // Fixed slugs: the suite is alone on its database (command-line tests name the organisations).
  return openTestApi(address, ["org-a", "org-b"], { stop, logs: server.logs }).catch(async (error) => {
    await stop();
    throw error;
  });
}

async function sharedServerApi(kind: TestDatabaseKind): Promise<TestApi> {
  const suffix = randomBytes(4).toString("hex");
  return openTestApi(await sharedServer(kind), [`org-a-${suffix}`, `org-b-${suffix}`], { stop: async () => undefined, logs: () => "" });
}

export function describeContract(name: string, body: (api: () => TestApi) => void, options: SuiteOptions = {}) {
  for (const kind of testDatabaseKinds()) {
    describe(`${name} [${kind}]`, () => {
      let api: TestApi | undefined;
      before(async () => {
        api = needsOwnServer(options) ? await ownServerApi(kind, options.env ?? {}) : await sharedServerApi(kind);
      });
      after(async () => {
        try {
          if (api) await assertTrailReconciles(api);
        } finally {
          await api?.stop();
        }
      });
      body(() => {
        if (!api) throw new Error("API not started");
        return api;
      });
    });
  }
}

/** The error codes of a response, for compact assertions. */
export function codes(res: { errors?: { extensions?: { code?: string } }[] }): (string | undefined)[] {
  return (res.errors ?? []).map((e) => e.extensions?.code);
}
