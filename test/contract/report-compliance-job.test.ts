// The framework reports as jobs through the API: requestComplianceReport gathers the registry as of an
// instant in a worker thread and renders PDF or XLSX; the files are read back (exceljs, pdftotext):
// every Annex VIII item of a high-risk system, the 38 ISO/IEC 42001 controls, the 72 NIST AI RMF
// subcategories, formula injection neutralised, the digest and non-ASCII names in the PDF. Each run is
// recorded (ReportRun, audited with its digest); another organisation cannot see it.
import assert from "node:assert/strict";
import { test } from "node:test";
import ExcelJS from "exceljs";
import { EU_AI_ACT_ANNEX_VIII } from "@canon/frameworks";
import { pdfPages } from "../../packages/reports/src/testing/pdf-text";
import { codes, describeContract } from "../support/contract";
import { unique } from "../support/fixtures/ids";
import { download, ended, sha256, waitForJob } from "../support/jobs/jobs";

const REQUEST = `mutation($r: ComplianceReportKind!, $f: ComplianceReportFormat!, $at: DateTime, $s: [ID!]) {
  requestComplianceReport(report: $r, format: $f, asOf: $at, systemIds: $s) { id kind status } }`;

async function workbook(bytes: Uint8Array) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as any);
  return book;
}
const cellText = (v: unknown) =>
  v === null || v === undefined ? "" : typeof v === "object" && "text" in (v as object) ? String((v as { text: unknown }).text) : String(v);
/** The sheet's rows as objects keyed by the header row's labels. */
const rowsOf = (sheet: ExcelJS.Worksheet) => {
  const headers = (sheet.getRow(1).values as unknown[]).map(cellText);
  const out: Record<string, string>[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const values = row.values as unknown[];
    out.push(Object.fromEntries(headers.map((h, i) => [h, cellText(values[i])]).filter(([h]) => h)));
  });
  return out;
};

describeContract("framework report jobs", (api) => {
  test("EU AI Act XLSX and PDF of a high-risk system; ISO SoA with 38 controls; NIST profile with 72 subcategories; runs recorded and audited", async () => {
    const a = api();
    const admin = a.orgA.tokens.ADMIN;
    const name = unique("Łódź Zoë 東京 scorer");
    const created = (
      await a.ok(
        `mutation($i: CreateAISystemInput!) { createAISystem(input: $i) { id reference } }`,
        { i: { reference: unique("cr"), name, intendedPurpose: '=HYPERLINK("http://evil")' } },
        admin,
      )
    ).createAISystem;
    await a.ok(
      `mutation($id: ID!, $i: ClassifyAISystemInput!) { classifyAISystem(id: $id, input: $i) { id } }`,
      { id: created.id, i: { operatorRole: "PROVIDER", riskTier: "HIGH_RISK", highRiskRoute: "ANNEX_III", annexIIIArea: 5, annexIIIPoint: "5(b)" } },
      admin,
    );

    const viewer = a.orgA.tokens.VIEWER;
    const eu = (await a.ok(REQUEST, { r: "EU_AI_ACT", f: "XLSX", s: [created.id] }, viewer)).requestComplianceReport;
    const euPdf = (await a.ok(REQUEST, { r: "EU_AI_ACT", f: "PDF", s: [created.id] }, viewer)).requestComplianceReport;
    const iso = (await a.ok(REQUEST, { r: "ISO_42001", f: "XLSX" }, viewer)).requestComplianceReport;
    const nist = (await a.ok(REQUEST, { r: "NIST_AI_RMF", f: "XLSX" }, viewer)).requestComplianceReport;
    assert.equal(eu.kind, "report.compliance");

    const euJob = await waitForJob(a.ok, eu.id, ended, "the EU AI Act XLSX", { token: viewer, timeoutMs: 180_000 });
    assert.equal(euJob.status, "SUCCEEDED", JSON.stringify(euJob));
    const euFile = await download(a.url, euJob.output!.downloadPath, viewer);
    assert.equal(sha256(euFile.bytes), euJob.output!.sha256);
    const euBook = await workbook(euFile.bytes);
    const viiiSheet = euBook.getWorksheet("Annex VIII")!;
    const viii = rowsOf(viiiSheet).filter((r) => r.System === created.reference);
    assert.deepEqual(
      viii.map((r) => r.Item),
      EU_AI_ACT_ANNEX_VIII.filter((i) => i.section === "A").map((i) => i.item),
      "every Section A item for the high-risk system",
    );
    assert.equal(viii.find((r) => r.Item === "A5")!.Value, '=HYPERLINK("http://evil")', "the text is kept as written");
    const valueColumn = (viiiSheet.getRow(1).values as unknown[]).map(cellText).indexOf("Value");
    let a5Cell: ExcelJS.Cell | undefined;
    viiiSheet.eachRow((row) => (row.values as unknown[]).map(cellText).includes("A5") && (a5Cell = row.getCell(valueColumn)));
    assert.equal(a5Cell!.type, ExcelJS.ValueType.String, "a text cell, never a formula");
    const requirements = rowsOf(euBook.getWorksheet("Requirements")!);
    assert.ok(
      requirements.some((r) => r.Reference === "Art. 9" && r["System reference"] === created.reference),
      "Art. 9 is among the system's obligations",
    );

    const pdfJob = await waitForJob(a.ok, euPdf.id, ended, "the EU AI Act PDF", { token: viewer, timeoutMs: 180_000 });
    assert.equal(pdfJob.status, "SUCCEEDED", JSON.stringify(pdfJob));
    const text = (await pdfPages((await download(a.url, pdfJob.output!.downloadPath, viewer)).bytes)).join("\n");
    assert.ok(text.includes("Łódź Zoë 東京"), "non-ASCII names render");
    assert.match(text, new RegExp(pdfJob.result.contentDigest.slice(0, 16)));
    assert.match(text, /Not a conformity assessment/);

    const isoJob = await waitForJob(a.ok, iso.id, ended, "the ISO report", { token: viewer, timeoutMs: 180_000 });
    assert.equal(isoJob.status, "SUCCEEDED", JSON.stringify(isoJob));
    const soa = rowsOf((await workbook((await download(a.url, isoJob.output!.downloadPath, viewer)).bytes)).getWorksheet("Requirements")!);
    assert.equal(soa.filter((r) => /^A(\.\d+)+$/.test(r["Requirement id"]!)).length, 38, "38 Annex A controls");

    const nistJob = await waitForJob(a.ok, nist.id, ended, "the NIST report", { token: viewer, timeoutMs: 180_000 });
    assert.equal(nistJob.status, "SUCCEEDED", JSON.stringify(nistJob));
    const profile = rowsOf((await workbook((await download(a.url, nistJob.output!.downloadPath, viewer)).bytes)).getWorksheet("Requirements")!);
    assert.equal(profile.length, 72);

    const runs = (await a.ok(`{ reportRuns(first: 10) { nodes { kind framework format status fileDigest jobId systemIds } } }`, {}, viewer)).reportRuns.nodes;
    const euRun = runs.find((r: { jobId: string }) => r.jobId === eu.id);
    assert.equal(euRun.status, "SUCCEEDED");
    assert.equal(euRun.fileDigest, euJob.output!.sha256);
    assert.deepEqual(euRun.systemIds, [created.id]);
    const actions = (
      await a.ok(`{ auditEvents(filter: { subjectType: "ReportRun" }, first: 50) { nodes { action } } }`, {}, a.orgA.tokens.AUDITOR)
    ).auditEvents.nodes.map((e: { action: string }) => e.action);
    assert.ok(actions.includes("reportRun.request") && actions.includes("reportRun.finish"));

    assert.deepEqual(codes(await a.gql(`query($id: ID!) { job(id: $id) { id } }`, { id: eu.id }, a.orgB.tokens.ADMIN)), ["NOT_FOUND"]);
    assert.equal(
      (await a.ok(`{ reportRuns(first: 50) { nodes { jobId } } }`, {}, a.orgB.tokens.ADMIN)).reportRuns.nodes.filter(
        (r: { jobId: string }) => r.jobId === eu.id,
      ).length,
      0,
    );
  });

  test("as of an instant: a report before and after an assessment differs exactly in that requirement's row", async () => {
    const a = api();
    const org = a.orgA;
    const token = org.tokens.ADMIN;
    const set = `mutation($i: SetControlAssessmentInput!) { setControlAssessment(input: $i) { id } }`;
    await a.ok(set, { i: { framework: "ISO_42001", requirementId: "A.3.2", status: "IN_PROGRESS", inclusionReason: "BUSINESS_NEED" } }, token);
    await new Promise((r) => setTimeout(r, 50));
    const before = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 50));
    await a.ok(set, { i: { framework: "ISO_42001", requirementId: "A.3.2", status: "IMPLEMENTED" } }, token);
    const soaAt = async (at?: string) => {
      const job = (await a.ok(REQUEST, { r: "ISO_42001", f: "XLSX", at }, token)).requestComplianceReport;
      const done = await waitForJob(a.ok, job.id, ended, "the ISO report", { token, timeoutMs: 180_000 });
      assert.equal(done.status, "SUCCEEDED", JSON.stringify(done));
      const rows = rowsOf((await workbook((await download(a.url, done.output!.downloadPath, token)).bytes)).getWorksheet("Requirements")!);
      return new Map(rows.filter((r) => r.System === "Organisation-wide").map((r) => [r["Requirement id"]!, JSON.stringify(r)]));
    };
    const [then, now] = [await soaAt(before), await soaAt()];
    const changed = [...now.keys()].filter((k) => now.get(k) !== then.get(k));

    assert.deepEqual(changed, ["A.3.2"]);
    assert.equal(JSON.parse(then.get("A.3.2")!).Status, "In progress");
    assert.equal(JSON.parse(now.get("A.3.2")!).Status, "Implemented");
  });

  test("another organisation's system cannot be put in scope", async () => {
    const a = api();
    const other = (
      await a.ok(
        `mutation($i: CreateAISystemInput!) { createAISystem(input: $i) { id } }`,
        { i: { reference: unique("b"), name: "theirs" } },
        a.orgB.tokens.ADMIN,
      )
    ).createAISystem;
    assert.deepEqual(codes(await a.gql(REQUEST, { r: "EU_AI_ACT", f: "PDF", s: [other.id] }, a.orgA.tokens.VIEWER)), ["NOT_FOUND"]);
  });
});
