// The same contract suite runs once per database: describeContract("models", (api) => { ... }).
// After each suite, the audit trail is reconciled with the tables for both organisations: the state the
// trail rebuilds for every subject the suite touched must equal the live row (bookkeeping aside).
import assert from "node:assert/strict";
import { after, before, describe } from "node:test";
import { startApi, type StartOptions, type TestApi } from "./api-server";
import { testDatabaseKinds } from "./databases";

const RECONCILE = `{ reconcileAuditTrail { consistent checked mismatches { subjectType subjectId problem fields } } }`;

export async function assertTrailReconciles(api: TestApi): Promise<void> {
  for (const org of [api.orgA, api.orgB]) {
    const { reconcileAuditTrail: r } = await api.ok(RECONCILE, {}, org.tokens.ADMIN);
    assert.ok(r.checked > 0);
    assert.deepEqual(r.mismatches, [], "the audit trail rebuilds every subject's live row");
  }
}

export function describeContract(name: string, body: (api: () => TestApi) => void, options: StartOptions = {}) {
  for (const kind of testDatabaseKinds()) {
    describe(`${name} [${kind}]`, () => {
      let api: TestApi | undefined;
      before(async () => {
        api = await startApi(kind, options);
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
