import assert from "node:assert/strict";
import { test } from "node:test";
import { buildInventory, runningAt } from "./build-inventory";
import type { AuditRecord, InventoryRecords } from "./inventory-records";

const AS_OF = new Date("2026-03-01T12:00:00.000Z");
const byId = (...rows: AuditRecord[]) => new Map(rows.map((r) => [String(r.id), r]));
const system = (id: string, name: string, extra: AuditRecord = {}): AuditRecord => ({
  id,
  reference: id,
  name,
  lifecycleStatus: "IN_PRODUCTION",
  marketStatus: "IN_SERVICE",
  memberStates: ["DE"],
  operatorRole: "DEPLOYER",
  riskTier: "UNCLASSIFIED",
  gpaiStatus: "NONE",
  transparencyDuties: [],
  art6_3Derogation: false,
  profiling: false,
  createdAt: "2026-01-01T00:00:00.000Z",
  ...extra,
});
const deployment = (id: string, extra: AuditRecord): AuditRecord => ({
  id,
  environment: "PRODUCTION",
  target: `t-${id}`,
  region: null,
  trafficShare: 1,
  startedAt: "2026-02-01T00:00:00.000Z",
  endedAt: null,
  policyViolation: false,
  ...extra,
});

function records(): InventoryRecords {
  return {
    organization: { id: "org", name: "Acme", legalName: "Acme GmbH" },
    memberships: byId({ id: "mem", userId: "u1", user: { name: "Ada", email: "ada@acme.example" } }),
    systems: byId(
      system("s-b", "Bravo", {
        ownerId: "u1",
        riskTier: "HIGH_RISK",
        highRiskRoute: "ANNEX_III",
        annexIIIArea: 4,
        annexIIIPoint: "4(a)",
        transparencyDuties: ["50(1)"],
        classifiedAt: "2026-01-02T00:00:00.000Z",
      }),
      system("s-a", "alpha", { ownerId: "gone" }),
    ),
    models: byId(
      { id: "m1", name: "ranker", kind: "RERANKER", source: "INTERNAL", provider: null, systemId: "s-b" },
      { id: "m2", name: "base-llm", kind: "LLM", source: "PROVIDER_HOSTED", provider: "acme-ai", systemId: null },
    ),
    versions: byId({ id: "v1", modelId: "m1", number: 1 }, { id: "v2", modelId: "m1", number: 2 }, { id: "v9", modelId: "m2", number: 9 }),
    aliases: byId({ id: "a1", modelId: "m1", name: "champion", versionId: "v2" }),
    releases: byId({
      id: "r1",
      systemId: "s-a",
      number: 3,
      name: "spring",
      components: [
        { role: "BASE_MODEL", modelVersionId: "v9" },
        { role: "RETRIEVAL_INDEX", modelVersionId: null },
      ],
    }),
    deployments: byId(
      deployment("d1", { modelVersionId: "v2", trafficShare: 0.75 }),
      deployment("d2", { modelVersionId: "v1", environment: "STAGING" }),
      deployment("d3", { modelVersionId: "v1", endedAt: AS_OF.toISOString() }),
      deployment("d4", { modelVersionId: "v1", startedAt: "2026-03-02T00:00:00.000Z" }),
      deployment("d5", { releaseId: "r1" }),
    ),
  };
}

test("a deployment runs at an instant from its start until (not including) its end", () => {
  assert.equal(runningAt({ startedAt: "2026-03-01T12:00:00.000Z", endedAt: null }, AS_OF), true);
  assert.equal(runningAt({ startedAt: "2026-03-01T12:00:00.001Z", endedAt: null }, AS_OF), false);
  assert.equal(runningAt({ startedAt: "2026-01-01T00:00:00.000Z", endedAt: "2026-03-01T12:00:00.000Z" }, AS_OF), false);
  assert.equal(runningAt({ startedAt: "2026-01-01T00:00:00.000Z", endedAt: "2026-03-01T12:00:00.001Z" }, AS_OF), true);
});

test("the model: header from the context, systems by name, owners resolved from memberships", () => {
  const generatedAt = new Date("2026-03-02T00:00:00.000Z");
  const report = buildInventory(records(), { asOf: AS_OF, generatedAt, generatedBy: "Job 7" });
  assert.equal(report.kind, "ai-inventory");
  assert.deepEqual(report.organization, { name: "Acme", legalName: "Acme GmbH" });
  assert.deepEqual([report.asOf, report.generatedAt, report.generatedBy], [AS_OF, generatedAt, "Job 7"]);
  assert.deepEqual(
    report.catalogues.map((c) => c.id),
    ["eu-ai-act"],
  );
  assert.deepEqual(
    report.systems.map((s) => s.name),
    ["alpha", "Bravo"],
  );
  const [alpha, bravo] = report.systems;
  assert.equal(bravo!.owner, "Ada <ada@acme.example>");
  assert.equal(alpha!.owner, "User gone (not a member at this instant)");
  assert.deepEqual(bravo!.classification, {
    operatorRole: "DEPLOYER",
    riskTier: "HIGH_RISK",
    highRiskRoute: "ANNEX_III",
    annexIIIArea: 4,
    annexIIIPoint: "4(a)",
    art6_3Derogation: false,
    profiling: false,
    gpaiStatus: "NONE",
    transparencyDuties: ["50(1)"],
    classifiedAt: new Date("2026-01-02T00:00:00.000Z"),
  });
  assert.deepEqual(bravo!.registeredAt, new Date("2026-01-01T00:00:00.000Z"));
});

test("deployments running at the instant, models and the versions in production, per system", () => {
  const [alpha, bravo] = buildInventory(records(), { asOf: AS_OF, generatedAt: AS_OF, generatedBy: "x" }).systems;
  assert.deepEqual(
    bravo!.deployments.map((d) => [d.environment, d.target, d.subject, d.trafficShare]),
    [
      ["PRODUCTION", "t-d1", { kind: "MODEL_VERSION", model: "ranker", version: 2 }, 0.75],
      ["STAGING", "t-d2", { kind: "MODEL_VERSION", model: "ranker", version: 1 }, 1],
    ],
    "ended at the instant (d3) and started after it (d4) are left out",
  );
  assert.deepEqual(bravo!.models, [
    {
      id: "m1",
      name: "ranker",
      kind: "RERANKER",
      source: "INTERNAL",
      provider: null,
      link: "SYSTEM",
      productionVersions: [2],
      aliases: [{ name: "champion", version: 2 }],
    },
  ]);
  assert.deepEqual(
    alpha!.deployments.map((d) => d.subject),
    [{ kind: "RELEASE", release: 3, name: "spring" }],
    "a release belongs to its system",
  );
  assert.deepEqual(
    alpha!.models.map((m) => [m.name, m.link, m.productionVersions, m.provider]),
    [["base-llm", "RELEASE", [9], "acme-ai"]],
  );
});
