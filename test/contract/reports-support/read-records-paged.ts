// Run as a child process with DATABASE_URL set (by audit-as-of-pages.test.ts): reads an organisation's
// records as of now through the as-of readers with several page sizes, and its compliance records with
// every evaluation and with production versions' evaluations only; prints what each read returned (ids,
// and the gaps computed from each) as JSON.
import { closeDatabase, computeGaps, readComplianceRecords, recordVersionsAsOf, withinOrganization } from "@canon/core";

const organizationId = process.argv[2]!;
const TYPES = ["AISystem", "ModelVersion", "Evaluation", "Alias"] as const;

const out = await withinOrganization(organizationId, async () => {
  const pages: Record<string, Record<string, string[]>> = {};
  for (const type of TYPES) {
    pages[type] = {};
    for (const pageSize of [1, 2, 3, undefined]) {
      const versions = await recordVersionsAsOf(organizationId, type as never, undefined, { pageSize });
      pages[type][String(pageSize ?? "default")] = [...versions].map(([id, v]) => `${id}@${v.seq}`).sort();
    }
  }
  const kept = [...(await recordVersionsAsOf(organizationId, "Evaluation", undefined, { pageSize: 2, keep: (e) => e.passed === true })).keys()].sort();
  const at = new Date();
  const all = await readComplianceRecords(organizationId, at);
  const production = await readComplianceRecords(organizationId, at, { evaluations: "production" });
  const gaps = (records: typeof all) =>
    computeGaps(records, at)
      .map((g) => `${g.key}:${g.state}:${g.severity}`)
      .sort();
  return {
    pages,
    kept,
    passedEvaluations: [...all.evaluations.values()]
      .filter((e) => e.passed === true)
      .map((e) => e.id as string)
      .sort(),
    allEvaluations: [...all.evaluations.keys()].sort(),
    productionEvaluations: [...production.evaluations.keys()].sort(),
    gapsWithAll: gaps(all),
    gapsWithProduction: gaps(production),
    rollbacks: all.rollbacks,
  };
});
await closeDatabase();
process.stdout.write(JSON.stringify(out));
