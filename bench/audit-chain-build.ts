// Builds a valid audit chain of N events for one organisation, fast: hashes computed in-process with the
// real auditHash, rows bulk-inserted with createMany, then the chain head moved to the last event.
// Used by the audit-chain benchmark and by the long-chain contract test.
//
// The events look like the trail appendAuditEvent writes: whole ModelVersion records of about 900 bytes
// of canonical JSON text; a third are creates (after only), the rest updates whose `before` is the exact
// text of the subject's previous `after`; some carry a context (a reason, an approval request).
import { database } from "@canon/core";
import { auditHash, canonicalAuditJson } from "../packages/core/src/audit/canonical";

const CHUNK = 1_000;
const UPDATES = ["modelVersion.update", "modelVersion.stageChange", "modelVersion.approve", "modelVersion.archive"] as const;
const STAGES = ["DEVELOPMENT", "STAGING", "PRODUCTION", "ARCHIVED"] as const;
const hex = (n: number, len = 64) => (n >>> 0).toString(16).padStart(8, "0").repeat(Math.ceil(len / 8)).slice(0, len);
const cuid = (n: number) => `cm${hex(n * 2654435761, 23)}`;
const at = (ms: number) => new Date(ms).toISOString();

/** A ModelVersion record as the trail stores it (about 900 bytes of canonical JSON). */
function versionRecord(subject: number, organizationId: string, change: number, createdMs: number) {
  return {
    id: cuid(subject),
    organizationId,
    modelId: cuid(subject % 997),
    number: (subject % 40) + 1,
    stage: STAGES[change % STAGES.length],
    artifactUri: `s3://canon-models/fraud-scorer/v${subject}/model.onnx`,
    artifactDigest: `sha256:${hex(subject * 7919)}`,
    artifactSize: String(1_000_000 + subject),
    format: "onnx",
    sourceCommit: hex(subject * 104729, 40),
    runId: `run-${hex(subject, 12)}`,
    runUrl: `https://mlflow.internal.example/#/experiments/12/runs/${hex(subject, 32)}`,
    hyperparameters: { learningRate: 0.001 * ((subject % 9) + 1), epochs: 10 + (subject % 30), dropout: 0.1, maxDepth: 8, estimators: 400 },
    description: `Gradient-boosted fraud scorer, retrain ${subject % 50} on the rolling 90-day window; revision ${change}.`,
    parentVersionId: subject > 1 ? cuid(subject - 1) : null,
    parentRelation: subject > 1 ? "FINE_TUNED" : null,
    approvedAt: change % STAGES.length >= 1 ? at(createdMs + change * 1000) : null,
    archivedAt: null,
    createdById: cuid(subject % 17),
    createdAt: at(createdMs),
    updatedAt: at(createdMs + change * 1000),
    tags: ["fraud", "tabular", `exp-${subject % 50}`],
    lineage: [
      { datasetVersionId: cuid(subject % 31), role: "TRAINING" },
      { datasetVersionId: cuid((subject % 31) + 1), role: "VALIDATION" },
    ],
  };
}

/** Appends events to the organisation's chain until it holds `events`; returns the head seq. */
export async function buildAuditChain(organizationId: string, events: number): Promise<number> {
  const db = database().writer;
  const head = await db.auditChainHead.findUniqueOrThrow({ where: { organizationId } });
  let prevHash = head.hash;
  let seq = head.seq;
  const start = Date.now() - events * 10;
  /** Each subject's last recorded state (its `after`) and how many times it changed. */
  const last = new Map<number, { text: string; changes: number }>();
  let subjects = 0;
  while (seq < events) {
    const rows = [];
    for (let n = 0; n < CHUNK && seq < events; n++) {
      seq += 1;
      const create = seq % 3 === 1 || subjects === 0;
      const subject = create ? ++subjects : Math.max(1, subjects - (seq % 50));
      const previous = last.get(subject);
      const changes = create ? 0 : (previous?.changes ?? 0) + 1;
      const after = canonicalAuditJson(versionRecord(subject, organizationId, changes, start + subject * 30));
      last.set(subject, { text: after, changes });
      const event = {
        organizationId, seq, actorType: "TOKEN" as const, actorId: cuid(1_000 + (seq % 17)), actorUserId: cuid(seq % 17),
        action: create ? "modelVersion.register" : UPDATES[seq % UPDATES.length]!, subjectType: "ModelVersion", subjectId: cuid(subject),
        before: create ? null : (previous?.text ?? null),
        after,
        context: seq % 5 === 0 ? canonicalAuditJson({ approvalRequestId: cuid(seq), reason: "scheduled promotion" }) : null,
        createdAt: new Date(start + seq * 10),
      };
      const hash = auditHash(event, prevHash);
      rows.push({ ...event, prevHash, hash });
      prevHash = hash;
    }
    await db.auditEvent.createMany({ data: rows });
  }
  await db.auditChainHead.update({ where: { organizationId }, data: { seq, hash: prevHash } });
  return seq;
}
