// The AI inventory report as a job through the API: requested with requestInventoryReport, gathered and
// rendered in a worker thread, downloaded from GET /jobs/:id/output and read back (pdftotext, exceljs).
// A report as of an instant before a system existed does not list it; the request is audited; a viewer
// may request it; another organisation cannot see the job.
import assert from "node:assert/strict";
import { test } from "node:test";
import ExcelJS from "exceljs";
import { pdfPages } from "../../packages/reports/src/testing/pdf-text";
import { codes, describeContract } from "../support/contract";
import { unique } from "../support/fixtures/ids";
import { download, ended, sha256, waitForJob } from "../support/jobs/jobs";

const REQUEST = `mutation($f: InventoryReportFormat!, $at: DateTime) { requestInventoryReport(format: $f, asOf: $at) { id kind status } }`;

describeContract("AI inventory report job", (api) => {
  test("PDF and XLSX are rendered in a worker thread as of the instant asked for, and download with the bearer token", async () => {
    const a = api();
    const before = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));
    const name = unique("Kreditprüfung");
    await a.ok(`mutation($i: CreateAISystemInput!) { createAISystem(input: $i) { id } }`, {
      i: { reference: unique("ref"), name, intendedPurpose: "credit scoring" },
    });

    const token = a.orgA.tokens.VIEWER;
    const pdfJob = (await a.ok(REQUEST, { f: "PDF" }, token)).requestInventoryReport;
    const xlsxJob = (await a.ok(REQUEST, { f: "XLSX" }, token)).requestInventoryReport;
    const earlyJob = (await a.ok(REQUEST, { f: "PDF", at: before }, token)).requestInventoryReport;
    assert.equal(pdfJob.kind, "report.inventory");

    const pdf = await waitForJob(a.ok, pdfJob.id, ended, "the PDF report", { token, timeoutMs: 120_000 });
    assert.equal(pdf.status, "SUCCEEDED", JSON.stringify(pdf));
    assert.equal(pdf.result.systems, 1);
    const pdfFile = await download(a.url, pdf.output!.downloadPath, token);
    assert.equal(pdfFile.status, 200);
    assert.equal(sha256(pdfFile.bytes), pdf.output!.sha256);
    assert.match((await pdfPages(pdfFile.bytes)).join("\n"), new RegExp(name));

    const xlsx = await waitForJob(a.ok, xlsxJob.id, ended, "the XLSX report", { token, timeoutMs: 120_000 });
    assert.equal(xlsx.status, "SUCCEEDED", JSON.stringify(xlsx));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await download(a.url, xlsx.output!.downloadPath, token)).bytes as any);
    const cells = book.worksheets.flatMap((sheet) => sheet.getSheetValues().flat().map(String));
    assert.ok(
      cells.some((c) => c.includes(name)),
      "the system is in the workbook",
    );

    const early = await waitForJob(a.ok, earlyJob.id, ended, "the earlier report", { token, timeoutMs: 120_000 });
    assert.equal(early.status, "SUCCEEDED", JSON.stringify(early));
    assert.equal(early.result.systems, 0, "as of before the system existed, the inventory is empty");

    assert.deepEqual(codes(await a.gql(`query($id: ID!) { job(id: $id) { id } }`, { id: pdf.id }, a.orgB.tokens.ADMIN)), ["NOT_FOUND"]);
    const events = (await a.ok(`query($s: String) { auditEvents(filter: { subjectId: $s }) { nodes { action } } }`, { s: pdf.id }, a.orgA.tokens.AUDITOR))
      .auditEvents.nodes;
    assert.deepEqual(
      events.map((e: { action: string }) => e.action),
      ["job.request"],
    );
  });

  test("bad input is refused with the field named", async () => {
    const a = api();
    const res = await a.gql(REQUEST, { f: "DOCX" }, a.orgA.tokens.VIEWER);
    assert.deepEqual(codes(res), ["VALIDATION"]);
    assert.deepEqual(codes(await a.gql(REQUEST, { f: "PDF", at: "not a date" }, a.orgA.tokens.VIEWER)), ["VALIDATION"]);
  });
});
