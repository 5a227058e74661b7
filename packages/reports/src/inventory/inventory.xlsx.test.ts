// The workbook is tested by reading it back with exceljs, not by comparing bytes.
import assert from "node:assert/strict";
import { test } from "node:test";
import ExcelJS from "exceljs";
import { EU_AI_ACT_CATALOGUE_VERSION } from "@canon/frameworks";
import { AS_OF, GENERATED_AT, longInventory, sampleInventory } from "../testing/sample-inventory";
import { INVENTORY_DEPLOYMENT_COLUMNS, INVENTORY_MODEL_COLUMNS, INVENTORY_SYSTEM_COLUMNS, renderInventoryXlsx } from "./inventory.xlsx";

async function read(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

const headers = (sheet: ExcelJS.Worksheet) => (sheet.getRow(1).values as unknown[]).slice(1);
const column = (sheet: ExcelJS.Worksheet, header: string) => headers(sheet).indexOf(header) + 1;
const cell = (sheet: ExcelJS.Worksheet, row: number, header: string) => sheet.getRow(row).getCell(column(sheet, header));

test("sheets: AI systems, Models, Deployments and Report, each table with a frozen header and an autofilter", async () => {
  const report = sampleInventory();
  const wb = await read(await renderInventoryXlsx(report));
  assert.deepEqual(
    wb.worksheets.map((s) => s.name),
    ["AI systems", "Models", "Deployments", "Report"],
  );
  const tables = { "AI systems": INVENTORY_SYSTEM_COLUMNS, Models: INVENTORY_MODEL_COLUMNS, Deployments: INVENTORY_DEPLOYMENT_COLUMNS };
  for (const [name, columns] of Object.entries(tables)) {
    const sheet = wb.getWorksheet(name)!;
    assert.deepEqual(
      headers(sheet),
      columns.map((c) => c.header),
      name,
    );
    assert.deepEqual([sheet.views[0]?.state, (sheet.views[0] as { ySplit?: number }).ySplit], ["frozen", 1], `${name}: header frozen`);
    assert.ok(sheet.autoFilter, `${name}: autofilter`);
    columns.forEach((c, i) => assert.equal(sheet.getColumn(i + 1).width, c.width, `${name}: ${c.header} width`));
    assert.equal(sheet.getRow(1).font?.bold, true);
  }
  const systems = wb.getWorksheet("AI systems")!;
  assert.equal(systems.rowCount, report.systems.length + 1, "one row per system");
  assert.deepEqual(systems.autoFilter, "A1:AD5");
  assert.equal(wb.getWorksheet("Models")!.rowCount, 2);
  assert.equal(wb.getWorksheet("Deployments")!.rowCount, 3);
});

test("cells are typed: dates as dates, counts and shares as numbers, flags as booleans", async () => {
  const report = sampleInventory();
  const wb = await read(await renderInventoryXlsx(report));
  const systems = wb.getWorksheet("AI systems")!;
  const registered = cell(systems, 2, "Registered at (UTC)");
  assert.equal(registered.type, ExcelJS.ValueType.Date);
  assert.equal((registered.value as Date).toISOString(), report.systems[0]!.registeredAt.toISOString());
  assert.match(registered.numFmt, /yyyy-mm-dd/);
  assert.equal((cell(systems, 2, "Classified at (UTC)").value as Date).toISOString(), "2026-02-01T10:00:00.000Z");
  assert.equal(cell(systems, 5, "Classified at (UTC)").value, null, "not classified: empty");
  assert.equal(cell(systems, 2, "Annex III area").value, 5);
  assert.equal(cell(systems, 2, "Annex III point").value, "5(b)");
  assert.equal(cell(systems, 2, "Risk tier").value, "High risk");
  assert.equal(cell(systems, 2, "Profiling").value, true);
  assert.equal(cell(systems, 2, "Art. 6(3) derogation").value, false);
  assert.equal(cell(systems, 2, "Production deployments").value, 1);
  assert.equal(cell(systems, 2, "Staging deployments").value, 1);
  assert.equal(cell(systems, 3, "AI system").value, "Überprüfung Έλεγχος Проверка");
  assert.equal(cell(systems, 2, "Owner").value, "Zoë Ørsted <zoe@example.com>");

  const deployments = wb.getWorksheet("Deployments")!;
  assert.equal(cell(deployments, 2, "Traffic share").value, 0.9);
  assert.equal(cell(deployments, 2, "Traffic share").numFmt, "0.0%");
  assert.equal(cell(deployments, 2, "Version").value, 3);
  assert.equal(cell(deployments, 3, "Policy violation").value, true);
  assert.equal((cell(deployments, 2, "Running since (UTC)").value as Date).toISOString(), "2026-02-10T00:00:00.000Z");
  assert.equal(cell(wb.getWorksheet("Models")!, 2, "Versions in production").value, "v3");
});

test("text that looks like a formula is written as text, never as a formula", async () => {
  const wb = await read(await renderInventoryXlsx(sampleInventory()));
  const systems = wb.getWorksheet("AI systems")!;
  const expected: Record<string, string> = {
    "AI system": '=HYPERLINK("http://evil.example","click")',
    "Intended purpose": "+1 formula-looking text",
    Description: "-2",
    "Business unit": "@team",
  };
  for (const [header, text] of Object.entries(expected)) {
    const c = cell(systems, 4, header);
    assert.equal(c.type, ExcelJS.ValueType.String, header);
    assert.equal(c.value, text);
    assert.equal(c.formula, undefined);
  }
  wb.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((c) => assert.notEqual(c.type, ExcelJS.ValueType.Formula, `${sheet.name}!${c.address}`))));
});

test("the Report sheet and the workbook properties say whose inventory, as of when, by whom", async () => {
  const report = sampleInventory();
  const wb = await read(await renderInventoryXlsx(report));
  const meta = wb.getWorksheet("Report")!;
  const values = new Map<string, unknown>();
  meta.eachRow((row) => values.set(String(row.getCell(1).value), row.getCell(2).value));
  assert.equal(values.get("Report"), "AI system inventory");
  assert.equal(values.get("Organisation"), "Łódź Analytics");
  assert.equal(values.get("Legal name"), "Łódź Analytics Sp. z o.o.");
  assert.equal((values.get("As of (UTC)") as Date).toISOString(), AS_OF.toISOString());
  assert.equal((values.get("Generated at (UTC)") as Date).toISOString(), GENERATED_AT.toISOString());
  assert.equal(values.get("Generated by"), "Grace Auditor <grace@example.com>");
  assert.equal(values.get("Catalogue: eu-ai-act"), `EU AI Act (Regulation (EU) 2024/1689), edition ${EU_AI_ACT_CATALOGUE_VERSION}`);
  assert.equal(values.get("AI systems"), 4);
  assert.equal(wb.creator, "Canon");
  assert.equal(wb.created.toISOString(), GENERATED_AT.toISOString());
});

test("a long inventory keeps every row", async () => {
  const wb = await read(await renderInventoryXlsx(longInventory(500)));
  const systems = wb.getWorksheet("AI systems")!;
  assert.equal(systems.rowCount, 501);
  assert.equal(cell(systems, 501, "AI system").value, "Long system 500");
});
