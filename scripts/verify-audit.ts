// npm run audit:verify [-- --org <slug>] [-- --json]
// Replays the audit chain of every organisation (or one) in the database named by DATABASE_URL and
// prints, per organisation, the number of events and whether the chain is intact; for a broken chain,
// the first broken seq, event and reason. Exit code: 0 all intact, 1 any chain broken, 2 usage error.
import { parseArgs } from "node:util";
import { config } from "@canon/config";
import { CanonError, closeDatabase, verifyAllAuditChains } from "@canon/core";

let values: { org?: string; json?: boolean };
try {
  ({ values } = parseArgs({ options: { org: { type: "string" }, json: { type: "boolean", default: false } } }));
} catch (error) {
  console.error(`${(error as Error).message}\nusage: npm run audit:verify [-- --org SLUG] [-- --json]`);
  process.exit(2);
}

let results: Awaited<ReturnType<typeof verifyAllAuditChains>>;
try {
  results = await verifyAllAuditChains({ slug: values.org });
} catch (error) {
  await closeDatabase();
  if (error instanceof CanonError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}
await closeDatabase();

const broken = results.filter((r) => !r.valid);
if (values.json) {
  console.log(JSON.stringify(results, null, 2));
} else {
  console.log(`Audit chains in ${config().databaseProvider} database: ${results.length} organisation(s)`);
  const width = Math.max(12, ...results.map((r) => r.slug.length));
  for (const r of results) {
    const status = r.valid
      ? "valid"
      : `BROKEN at seq ${r.firstBrokenSeq}${r.firstBrokenEventId ? ` (event ${r.firstBrokenEventId})` : ""}: ${r.reason}; ${r.eventCount} verify before it`;
    console.log(`  ${r.slug.padEnd(width)} ${String(r.headSeq).padStart(8)} events  ${status}`);
  }
  console.log(broken.length ? `${broken.length} broken chain(s)` : "All chains intact");
}
process.exit(broken.length ? 1 : 0);
