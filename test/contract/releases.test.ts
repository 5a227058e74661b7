import assert from "node:assert/strict";
import { test } from "node:test";
import { codes, describeContract } from "../support/contract";
import { auditCount } from "../support/fixtures/audit";
import { createModelVersion, createModelVersions, createSystem } from "../support/fixtures/registry";

const CREATE = `mutation($i: CreateReleaseInput!) { createRelease(input: $i) {
  id systemId number name description stage system { id }
  components { role position modelVersionId externalRef name config modelVersion { id } }
} }`;

describeContract("releases", (api) => {
  test("releases are numbered per system and keep their components in order", async () => {
    const a = api();
    const systemId = await createSystem(a);
    const [base, adapter] = await createModelVersions(a, 2);
    const before = await auditCount(a);
    const r1 = (
      await a.ok(CREATE, {
        i: {
          systemId,
          name: "Spring launch",
          description: "First production stack",
          components: [
            { role: "BASE_MODEL", modelVersionId: base, name: "scorer" },
            { role: "ADAPTER", modelVersionId: adapter, config: { rank: 8 } },
            { role: "PROMPT_TEMPLATE", externalRef: "git:prompts/support.md@3f2a1c" },
            { role: "GUARDRAIL", externalRef: "provider:guard-v2", modelVersionId: base },
          ],
        },
      })
    ).createRelease;
    assert.equal(await auditCount(a), before + 1, "exactly one audit event");
    assert.equal(r1.number, 1);
    assert.equal(r1.systemId, systemId);
    assert.equal(r1.system.id, systemId);
    assert.equal(r1.stage, "DEVELOPMENT");
    assert.deepEqual(
      r1.components.map((c: any) => [c.position, c.role]),
      [
        [0, "BASE_MODEL"],
        [1, "ADAPTER"],
        [2, "PROMPT_TEMPLATE"],
        [3, "GUARDRAIL"],
      ],
    );
    assert.equal(r1.components[0].modelVersion.id, base);
    assert.deepEqual(r1.components[1].config, { rank: 8 });
    assert.deepEqual(r1.components[2].config, {});
    assert.equal(r1.components[2].modelVersion, null);
    assert.equal(r1.components[2].externalRef, "git:prompts/support.md@3f2a1c");

    const r2 = (await a.ok(CREATE, { i: { systemId, components: [{ role: "BASE_MODEL", modelVersionId: adapter }] } })).createRelease;
    assert.equal(r2.number, 2);
    const otherSystem = await createSystem(a);
    const o1 = (await a.ok(CREATE, { i: { systemId: otherSystem, components: [{ role: "OTHER", externalRef: "x" }] } })).createRelease;
    assert.equal(o1.number, 1, "numbers are per system");

    const one = await a.ok(`query($id: ID!) { release(id: $id) { id number name components { role } } }`, { id: r1.id });
    assert.deepEqual(one.release, {
      id: r1.id,
      number: 1,
      name: "Spring launch",
      components: [{ role: "BASE_MODEL" }, { role: "ADAPTER" }, { role: "PROMPT_TEMPLATE" }, { role: "GUARDRAIL" }],
    });
    const bySystem = await a.ok(`query($s: ID) { releases(filter: { systemId: $s }) { totalCount nodes { number } } }`, { s: systemId });
    assert.deepEqual(bySystem.releases, { totalCount: 2, nodes: [{ number: 2 }, { number: 1 }] });
    const all = await a.ok(`{ releases(first: 50) { nodes { id systemId components { position } } } }`);
    assert.ok(all.releases.nodes.length >= 3);
    const page = await a.ok(`query($s: ID) { releases(first: 1, filter: { systemId: $s }) { nodes { number } pageInfo { hasNextPage endCursor } } }`, {
      s: systemId,
    });
    const next = await a.ok(
      `query($s: ID, $c: String) { releases(first: 1, after: $c, filter: { systemId: $s }) { nodes { number } pageInfo { hasNextPage } } }`,
      { s: systemId, c: page.releases.pageInfo.endCursor },
    );
    assert.deepEqual([page.releases.nodes[0].number, next.releases.nodes[0].number, next.releases.pageInfo.hasNextPage], [2, 1, false]);
  });

  test("concurrent creators get distinct numbers without gaps", async () => {
    const a = api();
    const systemId = await createSystem(a);
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => a.gql(CREATE, { i: { systemId, components: [{ role: "OTHER", externalRef: `ref-${i}` }] } })),
    );
    for (const r of results) assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    assert.deepEqual(results.map((r) => r.data.createRelease.number).sort(), [1, 2, 3, 4, 5, 6]);
  });

  test("bad input is refused with the field named, and nothing is written", async () => {
    const a = api();
    const systemId = await createSystem(a);
    const versionId = await createModelVersion(a);
    const before = await auditCount(a);
    const cases: [Record<string, unknown>, string][] = [
      [{ systemId, components: [] }, "components"],
      [{ systemId, components: [{ role: "BASE_MODEL" }] }, "components.0.modelVersionId"],
      [
        {
          systemId,
          components: [
            { role: "BASE_MODEL", modelVersionId: versionId },
            { role: "ADAPTER", externalRef: "   " },
          ],
        },
        "components.1.modelVersionId",
      ],
      [{ systemId, name: "x".repeat(201), components: [{ role: "OTHER", externalRef: "x" }] }, "name"],
      [{ systemId, components: [{ role: "OTHER", externalRef: "x", name: "n".repeat(201) }] }, "components.0.name"],
      [{ systemId, components: Array.from({ length: 51 }, () => ({ role: "OTHER", externalRef: "x" })) }, "components"],
    ];
    for (const [input, field] of cases) {
      const res = await a.gql(CREATE, { i: input });
      assert.deepEqual(codes(res), ["VALIDATION"], field);
      assert.equal(res.errors![0]!.extensions!.field, field);
    }
    assert.deepEqual(codes(await a.gql(CREATE, { i: { systemId, components: [{ role: "PILOT", externalRef: "x" }] } })), ["VALIDATION"]);
    assert.deepEqual(codes(await a.gql(CREATE, { i: { systemId, components: [{ role: "OTHER", externalRef: "x", config: [1, 2] }] } })), ["VALIDATION"]);
    assert.deepEqual(codes(await a.gql(CREATE, { i: { systemId: "nope", components: [{ role: "OTHER", externalRef: "x" }] } })), ["NOT_FOUND"]);
    assert.deepEqual(
      codes(
        await a.gql(CREATE, {
          i: {
            systemId,
            components: [
              { role: "BASE_MODEL", modelVersionId: versionId },
              { role: "ADAPTER", modelVersionId: "nope" },
            ],
          },
        }),
      ),
      ["NOT_FOUND"],
    );
    assert.equal(await auditCount(a), before);
    const list = await a.ok(`query($s: ID) { releases(filter: { systemId: $s }) { totalCount } }`, { s: systemId });
    assert.equal(list.releases.totalCount, 0);
    const next = (await a.ok(CREATE, { i: { systemId, components: [{ role: "OTHER", externalRef: "x" }] } })).createRelease;
    assert.equal(next.number, 1, "refused creations consume no number");
  });

  test("isolation: another organisation cannot see releases nor use this organisation's systems or versions", async () => {
    const a = api();
    const systemId = await createSystem(a);
    const versionId = await createModelVersion(a);
    const { createRelease: r } = await a.ok(CREATE, { i: { systemId, components: [{ role: "BASE_MODEL", modelVersionId: versionId }] } });
    const tokenB = a.orgB.tokens.ADMIN;
    const systemB = await createSystem(a, tokenB);
    const beforeB = await auditCount(a, tokenB);
    assert.deepEqual(codes(await a.gql(CREATE, { i: { systemId, components: [{ role: "OTHER", externalRef: "x" }] } }, tokenB)), ["NOT_FOUND"]);
    assert.deepEqual(codes(await a.gql(CREATE, { i: { systemId: systemB, components: [{ role: "BASE_MODEL", modelVersionId: versionId }] } }, tokenB)), [
      "NOT_FOUND",
    ]);
    assert.equal(await auditCount(a, tokenB), beforeB);
    assert.deepEqual(codes(await a.gql(`query($id: ID!) { release(id: $id) { id } }`, { id: r.id }, tokenB)), ["NOT_FOUND"]);
    const listB = await a.ok(`query($s: ID) { releases(filter: { systemId: $s }) { totalCount } }`, { s: systemId }, tokenB);
    assert.equal(listB.releases.totalCount, 0);
  });

  test("roles: viewers and auditors read releases but cannot create them", async () => {
    const a = api();
    const systemId = await createSystem(a);
    const input = { i: { systemId, components: [{ role: "OTHER", externalRef: "x" }] } };
    for (const role of ["VIEWER", "AUDITOR"] as const) {
      assert.deepEqual(codes(await a.gql(CREATE, input, a.orgA.tokens[role])), ["FORBIDDEN"], role);
    }
    const { createRelease: r } = await a.ok(CREATE, input, a.orgA.tokens.CONTRIBUTOR);
    const read = await a.ok(`query($id: ID!) { release(id: $id) { number } }`, { id: r.id }, a.orgA.tokens.VIEWER);
    assert.equal(read.release.number, 1);
  });
});
