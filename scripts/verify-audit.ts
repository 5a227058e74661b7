// npm run audit:verify [-- --org <slug>] [-- --json]
// npm run audit:verify -- --checkpoint <file> [--public-key <file>] [--json]
// Replays the audit chain of every organisation (or one) in the database named by DATABASE_URL and
// prints, per organisation, the number of events and whether the chain is intact; for a broken chain,
// the first broken seq, event and reason. With --checkpoint, verifies the chain of the checkpoint's
// organisation against that signed checkpoint (see audit:checkpoint): its signature, checked with the
// configured key or the one in --public-key (SPKI PEM or base64), then the chain, which must verify and
// still hold the checkpoint's event. Exit code: 0 all intact, 1 any chain broken or a bad signature,
// 2 usage error.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { config } from "@canon/config";
import { CanonError, closeDatabase, verifyAllAuditChains, verifyAuditCheckpointAsSystem, type CheckpointVerification } from "@canon/core";

const USAGE = "usage: npm run audit:verify [-- --org SLUG] [-- --json]\n       npm run audit:verify -- --checkpoint FILE [--public-key FILE] [--json]";

function usage(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

let values: { org?: string; json?: boolean; checkpoint?: string; "public-key"?: string };
try {
  ({ values } = parseArgs({
    options: { org: { type: "string" }, json: { type: "boolean", default: false }, checkpoint: { type: "string" }, "public-key": { type: "string" } },
  }));
} catch (error) {
  usage((error as Error).message);
}
if (values.checkpoint && values.org) usage("--org and --checkpoint do not go together (the checkpoint names its organisation)");
if (values["public-key"] && !values.checkpoint) usage("--public-key needs --checkpoint");

/** Runs a verification; a domain error (unknown organisation, malformed checkpoint or key) is a usage error. */
async function run<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    await closeDatabase();
    if (error instanceof CanonError) usage(error.message);
    throw error;
  }
}

function readText(file: string, what: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    usage(`cannot read the ${what} ${file}: ${(error as Error).message}`);
  }
}

if (values.checkpoint) {
  const text = readText(values.checkpoint, "checkpoint");
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    usage(`the checkpoint ${values.checkpoint} is not JSON: ${(error as Error).message}`);
  }
  const publicKey = values["public-key"] ? readText(values["public-key"], "public key") : null;
  const v = await run(() => verifyAuditCheckpointAsSystem(document, publicKey));
  await closeDatabase();
  if (values.json) console.log(JSON.stringify(v, null, 2));
  else printCheckpoint(v, values["public-key"]);
  process.exit(v.valid ? 0 : 1);
}

function printCheckpoint(v: CheckpointVerification, keyFile: string | undefined) {
  const c = v.checkpoint;
  const source = keyFile ? `from ${keyFile}` : `configured${v.developmentKey ? "; the development key: not for production" : ""}`;
  console.log(`Audit checkpoint of ${c.organizationSlug} (seq ${c.seq}, taken ${c.createdAt}) in ${config().databaseProvider} database`);
  console.log(`  trusted key  ${v.keyFingerprint} (${source})`);
  console.log(`  signature    ${v.signatureValid ? "valid" : `INVALID: ${v.reason}`}`);
  if (v.chain) {
    console.log(
      `  chain        ${v.valid ? `valid: ${v.chain.headSeq} events, event ${c.seq} has the checkpoint's hash` : `BROKEN at seq ${v.firstBrokenSeq}: ${v.reason}`}`,
    );
  }
  console.log(v.valid ? "Checkpoint verified" : "Checkpoint NOT verified");
}

const results = await run(() => verifyAllAuditChains({ slug: values.org }));
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
