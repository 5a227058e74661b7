// The audit trail export as a job through the API: requestAuditExport writes the organisation's events
// of [from, to] as JSON Lines (verifies on its own with verifyAuditExport and an anchor taken from the
// trail itself; one changed byte makes it fail) or CSV (one row per event; a subject-type filter is for
// the CSV only). AUDIT_READ: a viewer or contributor is refused, an auditor may; the run is recorded with
// the file's digest; another organisation cannot see the job.
import assert from "node:assert/strict";
import { test } from "node:test";
import { verifyAuditExport } from "@canon/reports";
import { codes, describeContract } from "../support/contract";
import { unique } from "../support/fixtures/ids";
import { download, ended, sha256, waitForJob } from "../support/jobs/jobs";

const REQUEST = `mutation($f: AuditExportFormat!, $from: DateTime!, $to: DateTime!, $t: String) {
  requestAuditExport(format: $f, from: $from, to: $to, subjectType: $t) { id kind status } }`;
const EVENTS = `{ auditEvents(first: 100) { nodes { seq action subjectType createdAt hash prevHash } } }`;
const CREATE = `mutation($i: CreateAISystemInput!) { createAISystem(input: $i) { id } }`;
const UPDATE = `mutation($id: ID!, $i: AISystemFieldsInput!) { updateAISystem(id: $id, input: $i) { id } }`;

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface TrailEvent {
  seq: number;
  action: string;
  subjectType: string;
  createdAt: string;
  hash: string;
  prevHash: string;
}

describeContract("audit trail export jobs", (api) => {
  test("JSONL verifies with the anchor from the trail and fails on one changed byte; CSV has one row per event; runs recorded; others kept out", async () => {
    const a = api();
    const admin = a.orgA.tokens.ADMIN;
    const auditor = a.orgA.tokens.AUDITOR;
    await a.ok(CREATE, { i: { reference: unique("ae-before"), name: "Before the range" } }, admin);
    await pause(20);
    const from = new Date();
    await pause(20);
    const system = (await a.ok(CREATE, { i: { reference: unique("ae"), name: 'Zoë, "quoted"\nscorer' } }, admin)).createAISystem;
    await a.ok(UPDATE, { id: system.id, i: { intendedPurpose: 'Scores, "ranks" and flags' } }, admin);
    await a.ok(
      `mutation($i: CreateModelInput!) { createModel(input: $i) { id } }`,
      { i: { name: unique("ae-model"), kind: "CLASSIFIER", systemId: system.id } },
      admin,
    );
    await pause(20);
    const to = new Date();
    await pause(20);

    const trail: TrailEvent[] = (await a.ok(EVENTS, {}, auditor)).auditEvents.nodes;
    const inRange = trail.filter((e) => new Date(e.createdAt) >= from && new Date(e.createdAt) <= to).sort((x, y) => x.seq - y.seq);
    assert.ok(inRange.length >= 3, `events in the range: ${inRange.length}`);
    const before = trail.find((e) => e.seq === inRange[0]!.seq - 1)!;
    assert.ok(before && new Date(before.createdAt) < from, "the range starts after an earlier event");

    const jsonl = (await a.ok(REQUEST, { f: "JSONL", from: from.toISOString(), to: to.toISOString() }, auditor)).requestAuditExport;
    const csv = (await a.ok(REQUEST, { f: "CSV", from: from.toISOString(), to: to.toISOString() }, auditor)).requestAuditExport;
    const filtered = (await a.ok(REQUEST, { f: "CSV", from: from.toISOString(), to: to.toISOString(), t: "Model" }, auditor)).requestAuditExport;
    assert.equal(jsonl.kind, "report.audit-export");

    const jsonlJob = await waitForJob(a.ok, jsonl.id, ended, "the JSONL export", { token: auditor, timeoutMs: 120_000 });
    assert.equal(jsonlJob.status, "SUCCEEDED", JSON.stringify(jsonlJob));
    const file = await download(a.url, jsonlJob.output!.downloadPath, auditor);
    assert.equal(file.status, 200);
    assert.equal(sha256(file.bytes), jsonlJob.output!.sha256);
    const text = file.bytes.toString("utf8");
    const verdict = verifyAuditExport(text, { anchor: before.hash });
    assert.deepEqual(verdict.problems, []);
    assert.equal(verdict.valid, true);
    assert.equal(verdict.events, inRange.length);
    assert.deepEqual(verdict.first, { seq: inRange[0]!.seq, hash: inRange[0]!.hash });
    assert.deepEqual(verdict.last, { seq: inRange.at(-1)!.seq, hash: inRange.at(-1)!.hash });
    const header = verdict.header as { anchor: { seq: number; hash: string }; chainHead: { seq: number }; organization: { id: string } };
    assert.deepEqual(header.anchor, { seq: before.seq, hash: before.hash });
    assert.equal(header.organization.id, a.orgA.organizationId);
    assert.ok(header.chainHead.seq >= inRange.at(-1)!.seq);
    assert.equal(verifyAuditExport(text, { anchor: "f".repeat(64) }).valid, false, "another anchor does not verify");

    const at = text.indexOf('"subjectType":"AISystem"');
    assert.ok(at > 0);
    const tampered = Buffer.from(file.bytes);
    tampered[at + '"subjectType":"AISyste'.length] = "n".charCodeAt(0); // one byte: AISystem → AISysten
    const broken = verifyAuditExport(tampered.toString("utf8"), { anchor: before.hash });
    assert.equal(broken.valid, false);
    assert.ok(
      broken.problems.some((p) => /does not match its hash/.test(p)),
      broken.problems.join("; "),
    );

    const csvJob = await waitForJob(a.ok, csv.id, ended, "the CSV export", { token: auditor, timeoutMs: 120_000 });
    assert.equal(csvJob.status, "SUCCEEDED", JSON.stringify(csvJob));
    const rows = (await download(a.url, csvJob.output!.downloadPath, auditor)).bytes.toString("utf8").split("\r\n");
    assert.equal(rows.pop(), "", "rows end in CRLF");
    assert.match(rows[0]!, /^seq,createdAt,organizationId,/);
    assert.deepEqual(
      rows.slice(1).map((r) => Number(r.split(",")[0])),
      inRange.map((e) => e.seq),
      "one row per event, in seq order",
    );

    const filteredJob = await waitForJob(a.ok, filtered.id, ended, "the filtered CSV", { token: auditor, timeoutMs: 120_000 });
    assert.equal(filteredJob.status, "SUCCEEDED", JSON.stringify(filteredJob));
    const modelRows = (await download(a.url, filteredJob.output!.downloadPath, auditor)).bytes.toString("utf8").split("\r\n").slice(1, -1);
    assert.deepEqual(
      modelRows.map((r) => Number(r.split(",")[0])),
      inRange.filter((e) => e.subjectType === "Model").map((e) => e.seq),
    );

    const runs = (await a.ok(`{ reportRuns(first: 20, kind: "audit-export") { nodes { jobId format status fileDigest } } }`, {}, auditor)).reportRuns.nodes;
    const run = runs.find((r: { jobId: string }) => r.jobId === jsonl.id);
    assert.deepEqual(run, { jobId: jsonl.id, format: "JSONL", status: "SUCCEEDED", fileDigest: jsonlJob.output!.sha256 });
    const finish = (
      await a.ok(`{ auditEvents(first: 20, filter: { action: "reportRun.finish" }) { nodes { context after } } }`, {}, auditor)
    ).auditEvents.nodes.find((e: { context: { jobId: string } }) => e.context.jobId === jsonl.id);
    assert.equal(finish.after.fileDigest, jsonlJob.output!.sha256);
    assert.deepEqual(finish.context.anchor, { seq: before.seq, hash: before.hash });
    assert.equal(finish.context.events, inRange.length);

    assert.deepEqual(codes(await a.gql(`query($id: ID!) { job(id: $id) { id } }`, { id: jsonl.id }, a.orgB.tokens.ADMIN)), ["NOT_FOUND"]);
    assert.equal((await download(a.url, jsonlJob.output!.downloadPath, a.orgB.tokens.ADMIN)).status, 404);
    assert.deepEqual(
      codes(await a.gql(`query($id: ID!) { job(id: $id) { id } }`, { id: jsonl.id }, a.orgA.tokens.VIEWER)),
      ["NOT_FOUND"],
      "the job is the trail's sensitivity",
    );
  });

  test("a viewer or contributor is refused; a JSONL export cannot be filtered; the range must be in order", async () => {
    const a = api();
    const vars = { f: "CSV", from: "2020-01-01T00:00:00Z", to: new Date().toISOString() };
    assert.deepEqual(codes(await a.gql(REQUEST, vars, a.orgA.tokens.VIEWER)), ["FORBIDDEN"]);
    assert.deepEqual(codes(await a.gql(REQUEST, vars, a.orgA.tokens.CONTRIBUTOR)), ["FORBIDDEN"]);
    const filteredJsonl = await a.gql(REQUEST, { ...vars, f: "JSONL", t: "AISystem" }, a.orgA.tokens.AUDITOR);
    assert.deepEqual(codes(filteredJsonl), ["VALIDATION"]);
    assert.equal((filteredJsonl.errors![0] as { extensions: { field?: string } }).extensions.field, "subjectType");
    assert.deepEqual(codes(await a.gql(REQUEST, { ...vars, t: "NoSuchThing" }, a.orgA.tokens.AUDITOR)), ["VALIDATION"]);
    assert.deepEqual(codes(await a.gql(REQUEST, { ...vars, from: vars.to, to: vars.from }, a.orgA.tokens.AUDITOR)), ["VALIDATION"]);
  });
});
