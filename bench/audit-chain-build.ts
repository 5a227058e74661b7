// Builds a valid audit chain of N events for one organisation, fast: hashes computed in-process with the
// real auditHash, rows bulk-inserted with createMany, then the chain head moved to the last event.
// Used by the audit-chain benchmark and by the long-chain contract test.
//
// The events look like the trail appendAuditEvent writes: whole ModelVersion records of about 920 bytes
// of canonical JSON text; a third are creates (after only), the rest updates whose `before` is the exact
// text of the subject's previous `after`; some carry a context (a reason, an approval request).
import { database, withinOrganization } from "@canon/core";
import { auditHash, canonicalAuditJson } from "../packages/core/src/audit/canonical";

const CHUNK = 1_000;
const UPDATES = ["modelVersion.update", "modelVersion.stageChange", "modelVersion.approve", "modelVersion.archive"] as const;
const STAGES = ["DEVELOPMENT", "STAGING", "PRODUCTION", "ARCHIVED"] as const;
const hex = (n: number, len = 64) =>
  (n >>> 0)
    .toString(16)
    .padStart(8, "0")
    .repeat(Math.ceil(len / 8))
    .slice(0, len);
const cuid = (n: number) => `cm${hex(n * 2654435761, 23)}`;
const at = (ms: number) => new Date(ms).toISOString();

/** A ModelVersion record as the trail stores it (about 920 bytes of canonical JSON). */
function versionRecord(subject: number, organizationId: string, change: number, createdMs: number) {
  return {
    id: cuid(subject),
    organizationId,
    modelId: cuid(subject % 997),
    number: (subject % 40) + 1,
    stage: STAGES[change % STAGES.length],
    artifactUri: `s3://models/fraud/v${subject}/model.onnx`,
    artifactDigest: hex(subject * 7919),
    artifactSize: String(1_000_000 + subject),
    format: "onnx",
    sourceCommit: hex(subject * 104729, 40),
    runId: `run-${hex(subject, 12)}`,
    runUrl: `https://mlflow.example/runs/${hex(subject, 16)}`,
    hyperparameters: { learningRate: 0.001 * ((subject % 9) + 1), epochs: 10 + (subject % 30), dropout: 0.1 },
    description: `Retrain ${subject % 50}, revision ${change}.`,
    parentVersionId: subject > 1 ? cuid(subject - 1) : null,
    parentRelation: subject > 1 ? "FINE_TUNED" : null,
    approvedAt: change % STAGES.length >= 1 ? at(createdMs + change * 1000) : null,
    archivedAt: null,
    createdById: cuid(subject % 17),
    createdAt: at(createdMs),
    updatedAt: at(createdMs + change * 1000),
    tags: ["fraud", "tabular", `exp-${subject % 50}`],
    lineage: [{ datasetVersionId: cuid(subject % 31), role: "TRAINING" }],
  };
}

/** For the benchmark's report: the length of one record's canonical text. */
export const sampleRecordLength = () => canonicalAuditJson(versionRecord(123_456, "cmx5kbdkt0000f77dm1kh4165", 2, Date.UTC(2026, 0, 1))).length;

const COLUMNS = [
  "id",
  "organizationId",
  "seq",
  "actorType",
  "actorId",
  "actorUserId",
  "action",
  "subjectType",
  "subjectId",
  "before",
  "after",
  "context",
  "createdAt",
  "prevHash",
  "hash",
] as const;
type Row = Record<(typeof COLUMNS)[number], string | number | null>;

/**
 * One multi-row INSERT per chunk (createMany spends most of its time compiling the query): instants are
 * written as Prisma writes them (SQLite: ISO text with +00:00; PostgreSQL: timestamp(3) in UTC).
 */
async function insertRows(rows: Row[]): Promise<void> {
  const db = database();
  const postgres = db.provider === "postgresql";
  let n = 0;
  const param = (column: string) => {
    const p = postgres ? `$${++n}` : "?";
    if (postgres && column === "actorType") return `CAST(${p} AS "ActorType")`;
    if (postgres && column === "createdAt") return `CAST(${p} AS timestamp(3))`;
    return p;
  };
  const values = rows.map(() => `(${COLUMNS.map(param).join(", ")})`).join(", ");
  const sql = `INSERT INTO "AuditEvent" (${COLUMNS.map((c) => `"${c}"`).join(", ")}) VALUES ${values}`;
  await db.writer.$executeRawUnsafe(sql, ...rows.flatMap((r) => COLUMNS.map((c) => r[c])));
}

/** Appends events to the organisation's chain until it holds `events`; returns the head seq. */
export function buildAuditChain(organizationId: string, events: number): Promise<number> {
  return withinOrganization(organizationId, () => appendChain(organizationId, events));
}

async function appendChain(organizationId: string, events: number): Promise<number> {
  const db = database();
  const head = await db.writer.auditChainHead.findUniqueOrThrow({ where: { organizationId } });
  let prevHash = head.hash;
  let seq = head.seq;
  const start = Date.now() - events * 10;
  /** Each subject's last recorded state (its `after`) and how many times it changed. */
  const last = new Map<number, { text: string; changes: number }>();
  let subjects = 0;
  while (seq < events) {
    const rows: Row[] = [];
    for (let n = 0; n < CHUNK && seq < events; n++) {
      seq += 1;
      const create = seq % 3 === 1 || subjects === 0;
      const subject = create ? ++subjects : Math.max(1, subjects - (seq % 50));
      const previous = last.get(subject);
      const changes = create ? 0 : (previous?.changes ?? 0) + 1;
      const after = canonicalAuditJson(versionRecord(subject, organizationId, changes, start + subject * 30));
      last.set(subject, { text: after, changes });
      const event = {
        organizationId,
        seq,
        actorType: "TOKEN",
        actorId: cuid(1_000 + (seq % 17)),
        actorUserId: cuid(seq % 17),
        action: create ? "modelVersion.register" : UPDATES[seq % UPDATES.length]!,
        subjectType: "ModelVersion",
        subjectId: cuid(subject),
        before: create ? null : (previous?.text ?? null),
        after,
        context: seq % 5 === 0 ? canonicalAuditJson({ approvalRequestId: cuid(seq), reason: "scheduled promotion" }) : null,
        createdAt: new Date(start + seq * 10),
      };
      const hash = auditHash(event, prevHash);
      const createdAt = event.createdAt.toISOString();
      rows.push({
        ...event,
        id: `ev${organizationId.slice(-8)}${seq.toString(36).padStart(15, "0")}`,
        createdAt: db.provider === "sqlite" ? createdAt.replace("Z", "+00:00") : createdAt,
        prevHash,
        hash,
      });
      prevHash = hash;
    }
    await insertRows(rows);
  }
  await db.writer.auditChainHead.update({ where: { organizationId }, data: { seq, hash: prevHash } });
  return seq;
}
