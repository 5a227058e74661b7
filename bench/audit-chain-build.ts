// Builds a valid audit chain of N events for one organisation, fast: hashes computed in-process with the
// real auditHash, rows bulk-inserted with createMany, then the chain head moved to the last event.
// Used by the audit-chain benchmark and by the long-chain contract test.
import { database } from "@canon/core";
import { auditHash } from "../packages/core/src/audit/canonical";

const CHUNK = 1_000;
const ACTIONS = ["modelVersion.register", "model.update", "alias.move", "evaluation.record", "deployment.record", "modelCard.save"] as const;
const hex = (n: number, len = 64) => n.toString(16).padStart(8, "0").repeat(8).slice(0, len);

/** A registry-like before/after pair of a few hundred bytes, different for every event. */
function payload(i: number) {
  const base = {
    id: `cm${hex(i, 23)}`,
    modelId: `cm${hex(i % 997, 23)}`,
    number: (i % 40) + 1,
    stage: "DEVELOPMENT",
    artifactUri: `s3://models/fraud-scorer/${i}/model.onnx`,
    artifactDigest: hex(i * 7919),
    artifactSize: String(1_000_000 + i),
    tags: ["tabular", `exp-${i % 50}`],
    hyperparameters: { learningRate: 0.001 * ((i % 9) + 1), epochs: 10 + (i % 30), dropout: 0.1 },
    updatedAt: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
  };
  return i % 3 === 0 ? { before: null, after: base } : { before: base, after: { ...base, stage: i % 2 ? "STAGING" : "PRODUCTION" } };
}

/** Appends events to the organisation's chain until it holds `events`; returns the head seq. */
export async function buildAuditChain(organizationId: string, events: number): Promise<number> {
  const db = database().writer;
  const head = await db.auditChainHead.findUniqueOrThrow({ where: { organizationId } });
  let prevHash = head.hash;
  let seq = head.seq;
  const start = Date.now() - events * 10;
  while (seq < events) {
    const rows = [];
    for (let n = 0; n < CHUNK && seq < events; n++) {
      seq += 1;
      const { before, after } = payload(seq);
      const event = {
        organizationId, seq, actorType: "USER" as const, actorId: `user-${seq % 17}`,
        action: ACTIONS[seq % ACTIONS.length]!, subjectType: "ModelVersion", subjectId: after.id,
        before, after, createdAt: new Date(start + seq * 10),
      };
      const hash = auditHash(event, prevHash);
      rows.push({ ...event, before: before ?? undefined, prevHash, hash });
      prevHash = hash;
    }
    await db.auditEvent.createMany({ data: rows });
  }
  await db.auditChainHead.update({ where: { organizationId }, data: { seq, hash: prevHash } });
  return seq;
}
