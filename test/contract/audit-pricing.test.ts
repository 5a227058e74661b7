// Whole-chain operations are priced by the complexity limit: a request may replay the chain at most
// twice under the default CANON_MAX_COMPLEXITY (20,000), however it aliases the fields.
import assert from "node:assert/strict";
import { test } from "node:test";
import { codes, describeContract } from "../support/contract";

const aliases = (n: number, field: string) => Array.from({ length: n }, (_, i) => `r${i}: ${field}`).join(" ");
const REPLAY = "verifyAuditChain { valid eventCount }";

describeContract("audit: whole-chain operations are priced", (api) => {
  test("two replays fit in a request, a third is refused before anything runs", async () => {
    const a = api();
    const one = await a.ok(`{ ${aliases(1, REPLAY)} }`);
    assert.equal(one.r0.valid, true);
    const two = await a.ok(`{ ${aliases(2, REPLAY)} auditEvents(first: 100) { nodes { seq action hash } } }`);
    assert.deepEqual([two.r0.valid, two.r1.valid], [true, true]);
    for (const query of [`{ ${aliases(3, REPLAY)} }`, `{ ${aliases(50, REPLAY)} }`]) {
      const refused = await a.gql(query);
      assert.deepEqual(codes(refused), ["GRAPHQL_VALIDATION_FAILED"]);
      assert.match(refused.errors![0]!.message, /too complex: \d+; the maximum is 20000/);
      assert.equal(refused.data, undefined, "nothing ran");
    }
  });

  test("verifying against a checkpoint is a replay too; taking checkpoints is cheaper but priced", async () => {
    const a = api();
    const { auditCheckpoint: c } = await a.ok(`{ auditCheckpoint { scheme organizationId organizationSlug seq hash createdAt publicKey signature } }`);
    const verify = "verifyAuditCheckpoint(checkpoint: $c) { valid }";
    const mixed = await a.ok(`query($c: JSON!) { ${REPLAY} ${aliases(1, verify)} }`, { c });
    assert.deepEqual([mixed.verifyAuditChain.valid, mixed.r0.valid], [true, true]);
    for (const query of [`query($c: JSON!) { ${aliases(3, verify)} }`, `query($c: JSON!) { v: ${REPLAY} ${aliases(2, verify)} }`]) {
      assert.deepEqual(codes(await a.gql(query, { c })), ["GRAPHQL_VALIDATION_FAILED"], query);
    }
    assert.equal(Object.keys(await a.ok(`{ ${aliases(2, "auditCheckpoint { seq }")} }`)).length, 2);
    assert.deepEqual(codes(await a.gql(`{ ${aliases(25, "auditCheckpoint { seq }")} }`)), ["GRAPHQL_VALIDATION_FAILED"]);
  });
});
