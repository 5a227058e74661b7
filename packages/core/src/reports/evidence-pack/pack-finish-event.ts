// What the audit trail says about an evidence pack: the `reportRun.finish` event its job appended, read
// from the event's own stored text (not from the ReportRun row, which a writer could change without the
// chain noticing): the file digest in `after` (the run's whole record), the manifest digest and chain head
// in `context`, and whether the event's stored hash still recomputes from its fields. Pure.
import { auditHash, type HashedFields } from "../../audit/canonical";

/** The stored columns of an audit event this reads: what its hash covers, its id and the chain links. */
export type FinishEventRow = HashedFields & { id: string; prevHash: string; hash: string };

export interface PackFinishEvent {
  organizationId: string;
  eventId: string;
  seq: number;
  createdAt: Date;
  reportRunId: string | null;
  /** after.kind: "evidence-pack" for a pack's run. */
  reportKind: string | null;
  jobId: string | null;
  /** after.fileDigest: sha256 of the file the run produced. */
  fileDigest: string | null;
  /** context.manifestSha256. */
  manifestSha256: string | null;
  /** context.auditChainHead: the head the pack's manifest names. */
  auditChainHead: { seq: number; hash: string } | null;
  /** The event's stored hash recomputes from its stored fields and prevHash. */
  hashValid: boolean;
}

type Json = Record<string, unknown>;

function parsed(text: string | null): Json {
  if (text === null) return {};
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Json) : {};
  } catch {
    return {};
  }
}

const str = (o: Json, key: string) => (typeof o[key] === "string" ? (o[key] as string) : null);

function chainPoint(value: unknown): { seq: number; hash: string } | null {
  if (typeof value !== "object" || value === null) return null;
  const { seq, hash } = value as Json;
  return Number.isSafeInteger(seq) && typeof hash === "string" ? { seq: seq as number, hash } : null;
}

export function packFinishEvent(row: FinishEventRow): PackFinishEvent {
  const after = parsed(row.after);
  const context = parsed(row.context);
  const { id: _id, prevHash, hash, ...fields } = row;
  return {
    organizationId: row.organizationId,
    eventId: row.id,
    seq: row.seq,
    createdAt: row.createdAt,
    reportRunId: row.subjectId,
    reportKind: str(after, "kind"),
    jobId: str(context, "jobId") ?? str(after, "jobId"),
    fileDigest: str(after, "fileDigest"),
    manifestSha256: str(context, "manifestSha256"),
    auditChainHead: chainPoint(context.auditChainHead),
    hashValid: row.action === "reportRun.finish" && auditHash(fields, prevHash) === hash,
  };
}

/** The event records this pack: its sha256 as the run's file, its manifest's digest, and the event is unaltered. */
export function recordsPack(event: PackFinishEvent, pack: { packSha256: string; manifestSha256: string | null }): boolean {
  return (
    event.hashValid &&
    event.reportKind === "evidence-pack" &&
    event.fileDigest === pack.packSha256 &&
    pack.manifestSha256 !== null &&
    event.manifestSha256 === pack.manifestSha256
  );
}
