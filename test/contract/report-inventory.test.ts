// The AI inventory report end to end: the registry is changed through the API, then the inventory is
// gathered (from the audit trail's as-of readers) and rendered for instants before and after each
// change, in a separate process on the same database, as a report job would. What a report says is
// what the registry held at its instant: later systems and later changes are not in it.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import type { InventoryReport } from "@canon/reports";
import { pdfPages } from "../../packages/reports/src/testing/pdf-text";
import { describeContract, type TestApi } from "../support/contract";

const ROOT = path.resolve(import.meta.dirname, "../..");
const pause = () => new Promise((r) => setTimeout(r, 20));
const now = async () => {
  await pause();
  const at = new Date().toISOString();
  await pause();
  return at;
};

type Rendered = { model: InventoryReport; pdf: Buffer; xlsx: Buffer };

/** Gathers and renders each (organisation, instant) in a child process, as a report job would. */
async function renderAt(a: TestApi, requests: { organizationId: string; asOf: string }[]): Promise<Rendered[]> {
  const dir = await mkdtemp(path.join(tmpdir(), "canon-inventory-"));
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", path.join(ROOT, "test/contract/reports-support/render-inventory-at.ts"), JSON.stringify(requests), dir],
      {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: a.databaseUrl, NODE_ENV: "test", LOG_LEVEL: "warn" },
        maxBuffer: 20_000_000,
      },
    );
    const models = JSON.parse(stdout) as InventoryReport[];
    return await Promise.all(
      models.map(async (model, i) => ({
        model,
        pdf: await readFile(path.join(dir, `${i}.pdf`)),
        xlsx: await readFile(path.join(dir, `${i}.xlsx`)),
      })),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function xlsxSystemNames(xlsx: Buffer): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet("AI systems")!;
  const names: string[] = [];
  sheet.eachRow((row, n) => n > 1 && names.push(String(row.getCell(2).value)));
  return names;
}

describeContract("report: AI inventory as of an instant", (api) => {
  test("systems registered after the instant, and later changes, are not in the inventory as of it", async () => {
    const a = api();
    const owner = a.orgA.userIds.CONTRIBUTOR;
    const members = await a.ok(`{ members(first: 50) { nodes { user { id name email } } } organization { name } }`);
    const ownerUser = members.members.nodes
      .map((m: { user: { id: string; name: string; email: string } }) => m.user)
      .find((u: { id: string }) => u.id === owner);
    const t0 = await now();

    const { createAISystem: first } = await a.ok(`mutation($i: CreateAISystemInput!) { createAISystem(input: $i) { id } }`, {
      i: { reference: "inventory-check", name: "Überprüfung Łódź", intendedPurpose: "Checks applications", ownerId: owner, lifecycleStatus: "IN_DEVELOPMENT" },
    });
    await a.ok(
      `mutation($id: ID!, $i: ClassifyAISystemInput!) { classifyAISystem(id: $id, input: $i) { id } }`,
      {
        id: first.id,
        i: {
          operatorRole: "PROVIDER",
          riskTier: "HIGH_RISK",
          highRiskRoute: "ANNEX_III",
          annexIIIArea: 4,
          annexIIIPoint: "4(a)",
          transparencyDuties: ["50(1)"],
        },
      },
      a.orgA.tokens.APPROVER,
    );
    const { createModel: model } = await a.ok(`mutation($i: CreateModelInput!) { createModel(input: $i) { id } }`, {
      i: { name: "inventory-ranker", kind: "RERANKER", systemId: first.id },
    });
    const { registerModelVersion: v1 } = await a.ok(`mutation($i: RegisterModelVersionInput!) { registerModelVersion(input: $i) { id } }`, {
      i: { modelId: model.id, artifactUri: "s3://models/ranker/1", artifactDigest: "a".repeat(64) },
    });
    await a.ok(`mutation($i: SetAliasInput!) { setAlias(input: $i) { id } }`, { i: { modelId: model.id, name: "candidate", versionId: v1.id } });
    const { recordDeployment: staging } = await a.ok(`mutation($i: RecordDeploymentInput!) { recordDeployment(input: $i) { id } }`, {
      i: { modelVersionId: v1.id, environment: "STAGING", target: "ranker-staging", region: "eu-central-1" },
    });
    const t1 = await now();

    await a.ok(`mutation($i: CreateAISystemInput!) { createAISystem(input: $i) { id } }`, { i: { reference: "inventory-later", name: "Later system" } });
    await a.ok(`mutation($id: ID!, $i: AISystemFieldsInput!) { updateAISystem(id: $id, input: $i) { id } }`, {
      id: first.id,
      i: { name: "Überprüfung Łódź (renamed)", lifecycleStatus: "IN_PRODUCTION" },
    });
    await a.ok(`mutation($id: ID!) { endDeployment(id: $id, reason: "moved") { id } }`, { id: staging.id });
    const t2 = await now();

    const [atT0, atT1, atT2, orgBAtT2] = await renderAt(a, [
      { organizationId: a.orgA.organizationId, asOf: t0 },
      { organizationId: a.orgA.organizationId, asOf: t1 },
      { organizationId: a.orgA.organizationId, asOf: t2 },
      { organizationId: a.orgB.organizationId, asOf: t2 },
    ]);

    // Before anything was registered.
    assert.deepEqual(atT0!.model.systems, []);
    assert.equal(atT0!.model.organization.name, members.organization.name);

    // At t1: the first system as it was then, with its model, alias and running deployment.
    assert.deepEqual(
      atT1!.model.systems.map((s) => s.name),
      ["Überprüfung Łódź"],
    );
    const s1 = atT1!.model.systems[0]!;
    assert.equal(s1.lifecycleStatus, "IN_DEVELOPMENT");
    assert.equal(s1.owner, `${ownerUser.name} <${ownerUser.email}>`);
    assert.deepEqual([s1.classification.riskTier, s1.classification.annexIIIPoint, s1.classification.transparencyDuties], ["HIGH_RISK", "4(a)", ["50(1)"]]);
    assert.deepEqual(
      s1.models.map((m) => [m.name, m.link, m.productionVersions, m.aliases]),
      [["inventory-ranker", "SYSTEM", [], [{ name: "candidate", version: 1 }]]],
    );
    assert.deepEqual(
      s1.deployments.map((d) => [d.environment, d.target, d.region, d.subject]),
      [["STAGING", "ranker-staging", "eu-central-1", { kind: "MODEL_VERSION", model: "inventory-ranker", version: 1 }]],
    );
    assert.equal(atT1!.model.asOf, t1);

    // At t2: the later system, the rename and lifecycle change, the deployment ended.
    assert.deepEqual(
      atT2!.model.systems.map((s) => s.name),
      ["Later system", "Überprüfung Łódź (renamed)"],
    );
    const s1Later = atT2!.model.systems[1]!;
    assert.equal(s1Later.lifecycleStatus, "IN_PRODUCTION");
    assert.deepEqual(s1Later.deployments, []);

    // Another organisation's inventory has none of it.
    assert.deepEqual(orgBAtT2!.model.systems, []);

    // The rendered files say the same.
    const pdfAtT1 = (await pdfPages(atT1!.pdf)).join("\n");
    assert.ok(pdfAtT1.includes("Überprüfung Łódź"));
    assert.ok(!pdfAtT1.includes("Later system"));
    assert.ok(!pdfAtT1.includes("renamed"));
    assert.match(pdfAtT1, /ranker-staging/);
    const pdfAtT2 = (await pdfPages(atT2!.pdf)).join("\n");
    assert.ok(pdfAtT2.includes("Later system"));
    assert.ok(pdfAtT2.includes("None running"));
    assert.deepEqual(await xlsxSystemNames(atT1!.xlsx), ["Überprüfung Łódź"]);
    assert.deepEqual(await xlsxSystemNames(atT2!.xlsx), ["Later system", "Überprüfung Łódź (renamed)"]);
    assert.deepEqual(await xlsxSystemNames(atT0!.xlsx), []);
  });
});
