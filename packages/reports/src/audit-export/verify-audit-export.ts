// Verifies a JSON Lines audit export on its own (pure: text in, verdict out). Each event's hash is
// recomputed from its fields (audit-event-hash.ts, the way core computes it) and must equal the stored
// one; each event must carry the next seq and link to the stored hash of the event before it, the first
// to the anchor (the caller's, e.g. from a checkpoint or the previous export, else the header's copy);
// the end line must count the events and name the last; when the export reaches the chain head recorded
// in the header, the last hash must be the head's. Every problem found is reported, none thrown.
import { auditEventHash, GENESIS_HASH, type HashedAuditFields } from "./audit-event-hash";
import { AUDIT_EXPORT_FORMAT } from "./audit-jsonl";

export interface AuditExportVerification {
  valid: boolean;
  problems: string[];
  /** The header line as read (null when missing or unreadable). */
  header: Record<string, unknown> | null;
  events: number;
  first: { seq: number; hash: string } | null;
  last: { seq: number; hash: string } | null;
}

export interface VerifyAuditExportOptions {
  /** The hash the first event must link to; defaults to the header's anchor. */
  anchor?: string;
}

const MAX_PROBLEMS = 100;
const HEX64 = /^[0-9a-f]{64}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

type Line = Record<string, unknown>;
const isRecord = (v: unknown): v is Line => typeof v === "object" && v !== null && !Array.isArray(v);
const isTextOrNull = (v: unknown) => v === null || typeof v === "string";
const isChainPoint = (v: unknown): v is { seq: number; hash: string } =>
  isRecord(v) && Number.isSafeInteger(v.seq) && typeof v.hash === "string" && HEX64.test(v.hash);

export function verifyAuditExport(jsonlText: string, options: VerifyAuditExportOptions = {}): AuditExportVerification {
  const problems: string[] = [];
  const problem = (text: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push(text);
    else if (problems.length === MAX_PROBLEMS) problems.push("… further problems not listed");
  };
  const lines = jsonlText.split("\n");
  if (lines.at(-1) === "") lines.pop();
  const parsed = lines.map((text, i) => parseLine(text, i + 1, problem));

  const header = parsed[0] ?? null;
  const verdict = (events: number, first: AuditExportVerification["first"], last: AuditExportVerification["last"]): AuditExportVerification => ({
    valid: problems.length === 0,
    problems,
    header,
    events,
    first,
    last,
  });
  if (!header || header.record !== "header") {
    problem("line 1 is not the export's header");
    return verdict(0, null, null);
  }
  if (header.format !== AUDIT_EXPORT_FORMAT) problem(`the header's format is ${JSON.stringify(header.format)}, not "${AUDIT_EXPORT_FORMAT}"`);
  if (header.hashScheme !== "canon.audit.v2") problem(`the header's hash scheme ${JSON.stringify(header.hashScheme)} is not canon.audit.v2`);
  const organizationId = isRecord(header.organization) ? header.organization.id : undefined;
  if (typeof organizationId !== "string") problem("the header names no organisation id");
  if (!isChainPoint(header.anchor)) {
    problem("the header's anchor is malformed");
    return verdict(0, null, null);
  }
  const anchor = header.anchor;
  if (options.anchor !== undefined && options.anchor !== anchor.hash) problem(`the header's anchor ${anchor.hash} is not the given anchor ${options.anchor}`);
  if (anchor.seq === 0 && anchor.hash !== GENESIS_HASH) problem("an export from seq 1 must be anchored at the genesis hash");

  let prevHash = options.anchor ?? anchor.hash;
  let expectedSeq = anchor.seq + 1;
  let events = 0;
  let first: AuditExportVerification["first"] = null;
  let last: AuditExportVerification["last"] = null;
  let end: Line | null = null;

  for (let i = 1; i < parsed.length; i++) {
    const line = parsed[i];
    const at = `line ${i + 1}`;
    if (!line) continue; // already reported
    if (end) {
      problem(`${at} follows the end line`);
      continue;
    }
    if (line.record === "end") {
      end = line;
      continue;
    }
    if (line.record !== "event") {
      problem(`${at} is neither an event nor the end line`);
      continue;
    }
    const fields = hashedFields(line);
    if (!fields || typeof line.hash !== "string" || typeof line.prevHash !== "string") {
      problem(`${at}: the event's fields are malformed`);
      continue;
    }
    const where = `${at} (seq ${fields.seq})`;
    if (fields.organizationId !== organizationId) problem(`${where}: the event belongs to another organisation`);
    if (fields.seq !== expectedSeq) problem(`${where}: expected seq ${expectedSeq}`);
    if (line.prevHash !== prevHash) problem(`${where}: its previous-hash link does not match the ${events ? "preceding event's hash" : "anchor"}`);
    if (auditEventHash(fields, line.prevHash) !== line.hash) problem(`${where}: the event's content does not match its hash`);
    events += 1;
    last = { seq: fields.seq, hash: line.hash };
    first ??= last;
    prevHash = line.hash;
    expectedSeq = fields.seq + 1;
  }

  if (!end) problem("the end line is missing: the export is cut off");
  else {
    if (end.events !== events) problem(`the end line counts ${String(end.events)} events, the export holds ${events}`);
    const endLast = isChainPoint(end.last) ? end.last : null;
    if (endLast?.seq !== last?.seq || endLast?.hash !== last?.hash) problem("the end line does not name the last event");
  }
  if (isChainPoint(header.chainHead) && last) {
    if (last.seq > header.chainHead.seq) problem(`the export goes past the chain head recorded in its header (seq ${header.chainHead.seq})`);
    if (last.seq === header.chainHead.seq && last.hash !== header.chainHead.hash)
      problem("the last event's hash is not the chain head's recorded in the header");
  }
  return verdict(events, first, last);
}

function parseLine(text: string, number: number, problem: (text: string) => void): Line | null {
  try {
    const value: unknown = JSON.parse(text);
    if (isRecord(value)) return value;
  } catch {}
  problem(`line ${number} is not a JSON object`);
  return null;
}

/** The hashed fields of an event line, or null when one has the wrong type. */
function hashedFields(line: Line): HashedAuditFields | null {
  const { organizationId, seq, actorType, actorId, actorUserId, action, subjectType, subjectId, before, after, context, createdAt } = line;
  if (typeof organizationId !== "string" || !Number.isSafeInteger(seq) || typeof actorType !== "string" || typeof action !== "string") return null;
  if (typeof subjectType !== "string" || typeof createdAt !== "string" || !ISO_INSTANT.test(createdAt)) return null;
  if (![actorId, actorUserId, subjectId, before, after, context].every(isTextOrNull)) return null;
  return {
    organizationId,
    seq: seq as number,
    actorType,
    actorId: actorId as string | null,
    actorUserId: actorUserId as string | null,
    action,
    subjectType,
    subjectId: subjectId as string | null,
    before: before as string | null,
    after: after as string | null,
    context: context as string | null,
    createdAt,
  };
}
