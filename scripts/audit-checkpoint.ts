// npm run audit:checkpoint -- --org <slug> [--out <file>]
// Takes a signed checkpoint of one organisation's audit chain (its head now) in the database named by
// DATABASE_URL, signed with CANON_AUDIT_SIGNING_KEY (outside production: the development key), and
// writes it as JSON to the file or to stdout. Keep it outside the database; later,
// `npm run audit:verify -- --checkpoint <file>` checks that the chain still holds it.
// Exit code: 0 written, 1 the chain head and its last event disagree (nothing signed), 2 usage error.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { config } from "@canon/config";
import { CanonError, closeDatabase, createAuditCheckpointOf, ErrorCode, keyFingerprint, publicKeyOf } from "@canon/core";

const USAGE = "usage: npm run audit:checkpoint -- --org SLUG [--out FILE]";
let values: { org?: string; out?: string };
try {
  ({ values } = parseArgs({ options: { org: { type: "string" }, out: { type: "string" } } }));
  if (!values.org) throw new Error("--org is required");
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}

let exitCode = 0;
try {
  const checkpoint = await createAuditCheckpointOf(values.org!);
  const json = `${JSON.stringify(checkpoint, null, 2)}\n`;
  if (values.out) writeFileSync(values.out, json);
  else process.stdout.write(json);
  const signing = config().auditSigning;
  const key = `${keyFingerprint(publicKeyOf("key", signing.publicKey))}${signing.development ? " (the development key: not for production)" : ""}`;
  console.error(`Checkpoint of ${checkpoint.organizationSlug} at seq ${checkpoint.seq}, signed with ${key}${values.out ? `, written to ${values.out}` : ""}`);
} catch (error) {
  if (!(error instanceof CanonError)) throw error;
  console.error(error.message);
  exitCode = error.code === ErrorCode.PRECONDITION_FAILED ? 1 : 2;
} finally {
  await closeDatabase();
}
process.exit(exitCode);
