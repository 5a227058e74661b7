// The evidence pack as a job through the API: requestEvidencePack (AUDIT_READ) writes one ZIP as of an
// instant for the systems in scope: the three framework reports as PDF and XLSX, the AI inventory as PDF,
// records.json (only the records of the scope) and manifest.json (every file's sha256, the instant, the
// audit chain head). The pack downloads and verifies intact; its sha256 and its manifest's sha256 are in
// the audited end of its report run, which `npm run pack:verify` and evidencePackVerification match; a
// copy with one byte changed fails pack:verify. Viewers and contributors are refused; another
// organisation's job is not found.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { verifyEvidencePack } from "@canon/reports";
import { xlsxPart as zipMember } from "../../packages/reports/src/testing/xlsx-parts";
import { runCommand, runScriptCli } from "../support/cli";
import { codes, describeContract } from "../support/contract";
import { unique } from "../support/fixtures/ids";
import { download, ended, sha256, waitForJob } from "../support/jobs/jobs";

const REQUEST = `mutation($at: DateTime, $s: [ID!]) { requestEvidencePack(asOf: $at, systemIds: $s) { id kind status } }`;
const VERIFY = `query($id: ID!) { evidencePackVerification(jobId: $id) { intact problems packSha256 manifestSha256 auditEventSeq matchesAuditEvent } }`;
const CREATE = `mutation($i: CreateAISystemInput!) { createAISystem(input: $i) { id reference } }`;

const REPORT_FILES = [
  "reports/ai-inventory.pdf",
  "reports/eu-ai-act.pdf",
  "reports/eu-ai-act.xlsx",
  "reports/iso-42001.pdf",
  "reports/iso-42001.xlsx",
  "reports/nist-ai-rmf.pdf",
  "reports/nist-ai-rmf.xlsx",
];

let dir = "";
before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "canon-pack-test-"));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

describeContract("evidence pack jobs", (api) => {
  test("a pack of one system as of an instant: intact, recorded in the audit trail, verified by pack:verify and evidencePackVerification; one changed byte fails", async () => {
    const a = api();
    const admin = a.orgA.tokens.ADMIN;
    const auditor = a.orgA.tokens.AUDITOR;
    const inScope = (await a.ok(CREATE, { i: { reference: unique("ep"), name: "Łódź credit scorer" } }, admin)).createAISystem;
    await a.ok(
      `mutation($id: ID!, $i: ClassifyAISystemInput!) { classifyAISystem(id: $id, input: $i) { id } }`,
      { id: inScope.id, i: { operatorRole: "PROVIDER", riskTier: "HIGH_RISK", highRiskRoute: "ANNEX_III", annexIIIArea: 5, annexIIIPoint: "5(b)" } },
      admin,
    );
    const outOfScope = (await a.ok(CREATE, { i: { reference: unique("ep-other"), name: "Other system" } }, admin)).createAISystem;
    await new Promise((r) => setTimeout(r, 20));
    const asOf = new Date();
    await new Promise((r) => setTimeout(r, 20));
    const later = (await a.ok(CREATE, { i: { reference: unique("ep-later"), name: "Registered after the instant" } }, admin)).createAISystem;

    const requested = (await a.ok(REQUEST, { at: asOf.toISOString(), s: [inScope.id] }, auditor)).requestEvidencePack;
    assert.equal(requested.kind, "report.evidence-pack");
    const job = await waitForJob(a.ok, requested.id, ended, "the evidence pack", { token: auditor, timeoutMs: 300_000 });
    assert.equal(job.status, "SUCCEEDED", JSON.stringify(job));
    assert.equal(job.output!.contentType, "application/zip");
    const file = await download(a.url, job.output!.downloadPath, auditor);
    assert.equal(file.status, 200);
    const packSha = sha256(file.bytes);
    assert.equal(packSha, job.output!.sha256);
    assert.equal(job.result.sha256, packSha);

    const verification = await verifyEvidencePack(file.bytes);
    assert.deepEqual(verification.problems, []);
    assert.equal(verification.intact, true);
    const manifest = verification.manifest!;
    assert.deepEqual(
      manifest.files.map((f) => f.path),
      [...REPORT_FILES, "records.json"].sort(),
    );
    assert.equal(manifest.asOf, asOf.toISOString());
    assert.match(manifest.scope, new RegExp(inScope.reference));
    assert.ok(manifest.auditChainHead.seq > 0);
    const chain = (await a.ok(`{ auditEvents(first: 100) { nodes { seq hash action } } }`, {}, auditor)).auditEvents.nodes as {
      seq: number;
      hash: string;
      action: string;
    }[];
    assert.equal(chain.find((e) => e.seq === manifest.auditChainHead.seq)?.hash, manifest.auditChainHead.hash, "the manifest names an event of the chain");
    const manifestSha = createHash("sha256")
      .update(await zipMember(file.bytes, "manifest.json"))
      .digest("hex");
    assert.equal(job.result.manifestSha256, manifestSha);

    const records = JSON.parse(await zipMember(file.bytes, "records.json"));
    assert.equal(records.asOf, asOf.toISOString());
    assert.deepEqual(records.systemIds, [inScope.id]);
    assert.deepEqual(
      records.systems.map((s: { id: string }) => s.id),
      [inScope.id],
      "only the system in scope",
    );
    assert.equal(records.systems[0].riskTier, "HIGH_RISK", "as the trail held it at the instant");
    assert.ok(!JSON.stringify(records).includes(outOfScope.id) && !JSON.stringify(records).includes(later.id));

    const finish = (
      await a.ok(`{ auditEvents(first: 30, filter: { action: "reportRun.finish" }) { nodes { seq after context } } }`, {}, auditor)
    ).auditEvents.nodes.find((e: { context: { jobId: string } }) => e.context.jobId === requested.id);
    assert.equal(finish.after.fileDigest, packSha, "the pack's sha256 is in the audit trail");
    assert.equal(finish.context.manifestSha256, manifestSha);
    assert.deepEqual(finish.context.auditChainHead, manifest.auditChainHead);

    const checked = (await a.ok(VERIFY, { id: requested.id }, auditor)).evidencePackVerification;
    assert.deepEqual(checked, {
      intact: true,
      problems: [],
      packSha256: packSha,
      manifestSha256: manifestSha,
      auditEventSeq: finish.seq,
      matchesAuditEvent: true,
    });

    const good = path.join(dir, `${a.kind}-pack.zip`);
    await writeFile(good, file.bytes);
    const passed = await runCommand("npm", ["run", "-s", "pack:verify", "--", good], a.databaseUrl);
    assert.equal(passed.code, 0, passed.stdout + passed.stderr);
    assert.match(passed.stdout, new RegExp(`sha256\\s+${packSha}`));
    assert.match(passed.stdout, new RegExp(`recorded by event seq ${finish.seq} of ${a.orgA.slug}`));
    assert.match(passed.stdout, /Evidence pack verified/);

    const copy = Buffer.from(file.bytes);
    copy[Math.floor(copy.length / 2)] ^= 0x01;
    const bad = path.join(dir, `${a.kind}-pack-changed.zip`);
    await writeFile(bad, copy);
    const failed = await runScriptCli("pack-verify.ts", a.databaseUrl, bad);
    assert.equal(failed.code, 1, failed.stdout + failed.stderr);
    assert.match(failed.stdout, /NOT RECORDED: no reportRun\.finish event names this sha256/);
    assert.match(failed.stdout, /Evidence pack NOT verified/);

    const json = await runScriptCli("pack-verify.ts", a.databaseUrl, good, "--json");
    assert.equal(json.code, 0, json.stderr);
    assert.equal(JSON.parse(json.stdout).auditEvent.organizationId, a.orgA.organizationId);
    assert.equal((await runScriptCli("pack-verify.ts", a.databaseUrl)).code, 2, "no file is a usage error");

    assert.deepEqual(codes(await a.gql(VERIFY, { id: requested.id }, a.orgB.tokens.ADMIN)), ["NOT_FOUND"]);
    assert.deepEqual(codes(await a.gql(`query($id: ID!) { job(id: $id) { id } }`, { id: requested.id }, a.orgB.tokens.ADMIN)), ["NOT_FOUND"]);
    assert.equal((await download(a.url, job.output!.downloadPath, a.orgB.tokens.ADMIN)).status, 404);
  });

  test("viewers and contributors are refused; systems of another organisation, a future instant and jobs of other kinds are refused", async () => {
    const a = api();
    for (const role of ["VIEWER", "CONTRIBUTOR"] as const) {
      assert.deepEqual(codes(await a.gql(REQUEST, {}, a.orgA.tokens[role])), ["FORBIDDEN"], role);
      assert.deepEqual(codes(await a.gql(VERIFY, { id: "any" }, a.orgA.tokens[role])), ["FORBIDDEN"], role);
    }
    const RUNS = `query($k: String) { reportRuns(first: 50, kind: $k) { nodes { kind } } }`;
    assert.ok(
      (await a.ok(RUNS, {}, a.orgA.tokens.AUDITOR)).reportRuns.nodes.some((r: { kind: string }) => r.kind === "evidence-pack"),
      "auditors see pack runs",
    );
    assert.ok(!(await a.ok(RUNS, {}, a.orgA.tokens.VIEWER)).reportRuns.nodes.some((r: { kind: string }) => r.kind === "evidence-pack"), "viewers do not");
    assert.deepEqual((await a.ok(RUNS, { k: "evidence-pack" }, a.orgA.tokens.VIEWER)).reportRuns.nodes, []);
    const theirs = (await a.ok(CREATE, { i: { reference: unique("ep-b"), name: "Theirs" } }, a.orgB.tokens.ADMIN)).createAISystem;
    assert.deepEqual(codes(await a.gql(REQUEST, { s: [theirs.id] }, a.orgA.tokens.AUDITOR)), ["NOT_FOUND"]);
    assert.deepEqual(codes(await a.gql(REQUEST, { at: new Date(Date.now() + 3_600_000).toISOString() }, a.orgA.tokens.AUDITOR)), ["VALIDATION"]);
    const other = (await a.ok(`mutation { requestInventoryReport(format: PDF) { id } }`, {}, a.orgA.tokens.AUDITOR)).requestInventoryReport;
    assert.deepEqual(codes(await a.gql(VERIFY, { id: other.id }, a.orgA.tokens.AUDITOR)), ["NOT_FOUND"]);
  });
});
