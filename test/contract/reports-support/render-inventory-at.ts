// Run as a child process with DATABASE_URL set (by report-inventory.test.ts): gathers the AI inventory
// of each (organisation, instant) given as JSON in argv[2], renders it as PDF and XLSX into the folder
// argv[3] (<index>.pdf, <index>.xlsx), and prints the report models as JSON.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { closeDatabase, gatherInventory } from "@canon/core";
import { renderInventoryPdf, renderInventoryXlsx } from "@canon/reports";

const requests = JSON.parse(process.argv[2]!) as { organizationId: string; asOf: string }[];
const outDir = process.argv[3]!;
const models = [];
for (const [index, request] of requests.entries()) {
  const model = await gatherInventory({ ...request, generatedBy: "Contract test <reports@canon.example>" });
  await writeFile(path.join(outDir, `${index}.pdf`), await renderInventoryPdf(model));
  await writeFile(path.join(outDir, `${index}.xlsx`), await renderInventoryXlsx(model));
  models.push(model);
}
await closeDatabase();
process.stdout.write(JSON.stringify(models));
