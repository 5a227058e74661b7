// npm run pack:verify -- <pack.zip> [--json]
// Verifies an evidence pack file against the audit trail of the database named by DATABASE_URL: the ZIP
// is intact (its manifest well-formed, every listed file there with the listed sha256 and size, nothing
// unlisted), and a `reportRun.finish` event of an evidence pack run records the pack's sha256 as its file
// digest and the same manifest sha256, and still hashes to what the chain stores. The file names no
// organisation, so the event is looked up by the pack's digest in every organisation (read only).
// `npm run audit:verify` checks the chain around that event. Exit code: 0 verified, 1 not intact or not
// recorded as this pack, 2 usage error (no file, unreadable file, unknown option).
import { accessSync, constants } from "node:fs";
import { parseArgs } from "node:util";
import { config } from "@canon/config";
import { closeDatabase, findEvidencePackEvents, type LocatedPackEvent } from "@canon/core";
import { checkEvidencePack } from "../apps/api/src/reports/evidence-pack.verify";

const USAGE = "usage: npm run pack:verify -- FILE.zip [--json]";

function usage(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

let file: string;
let json: boolean;
try {
  const { values, positionals } = parseArgs({ options: { json: { type: "boolean", default: false } }, allowPositionals: true });
  if (positionals.length !== 1) throw new Error(positionals.length ? "give one pack file" : "the pack file is missing");
  file = positionals[0]!;
  json = values.json ?? false;
} catch (error) {
  usage((error as Error).message);
}
try {
  accessSync(file, constants.R_OK);
} catch (error) {
  usage(`cannot read ${file}: ${(error as Error).message}`);
}

let located: LocatedPackEvent[] = [];
let check: Awaited<ReturnType<typeof checkEvidencePack>>;
try {
  check = await checkEvidencePack(file, async (sha) => (located = await findEvidencePackEvents(sha)));
} finally {
  await closeDatabase();
}
const event = located.find((e) => e.eventId === check.auditEvent?.eventId) ?? null;
const verified = check.intact && check.matchesAuditEvent;

if (json) {
  const { manifest: _, auditEvent: __, ...rest } = check;
  console.log(JSON.stringify({ file, verified, ...rest, auditEvent: event }, null, 2));
} else {
  console.log(`Evidence pack ${file} against the ${config().databaseProvider} database`);
  console.log(`  sha256       ${check.packSha256}`);
  console.log(
    `  contents     ${check.intact ? `intact: ${check.manifest!.files.length} files as the manifest lists them (manifest sha256 ${check.manifestSha256})` : "NOT INTACT"}`,
  );
  if (check.manifest)
    console.log(
      `  describes    ${check.manifest.organisation.name}, ${check.manifest.scope}, as of ${check.manifest.asOf}; chain head seq ${check.manifest.auditChainHead.seq}`,
    );
  const where = event
    ? `event seq ${event.seq} of ${event.organizationSlug} (reportRun.finish at ${event.createdAt.toISOString()}, job ${event.jobId ?? "?"})`
    : "no event";
  console.log(
    `  audit trail  ${check.matchesAuditEvent ? `recorded by ${where}: same pack and manifest sha256` : event ? `NOT CONFIRMED by ${where}` : "NOT RECORDED: no reportRun.finish event names this sha256"}`,
  );
  for (const problem of check.problems) console.log(`  problem      ${problem}`);
  console.log(verified ? "Evidence pack verified" : "Evidence pack NOT verified");
}
process.exit(verified ? 0 : 1);
