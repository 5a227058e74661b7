// The audit trail export model: one stretch of an organisation's hash-chained audit trail, with every
// field the chain hash covers exactly as stored (before/after/context are the stored canonical JSON
// text, never re-serialised), so the export can be verified on its own (verifyAuditExport). The header
// is plain data; the events are a list, or, for a long trail, any (async) iterable read page by page
// (`AuditExportStream`), so an export never holds the whole trail in memory.
import type { ReportOrganization } from "./report-header";

export interface AuditExportEvent {
  id: string;
  organizationId: string;
  seq: number;
  actorType: string;
  actorId: string | null;
  actorUserId: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  /** Canonical JSON text as stored (null when none). */
  before: string | null;
  after: string | null;
  context: string | null;
  createdAt: Date;
  /** The previous event's hash (64 hex; 64 zeros for seq 1). */
  prevHash: string;
  hash: string;
}

export interface AuditChainPoint {
  seq: number;
  hash: string;
}

export interface AuditExportHeader {
  kind: "audit-export";
  organization: ReportOrganization & { id: string };
  /** What the export covers, in words ("All events", "Events about model version mv_123"…). */
  scope: string;
  /** The instants the export covers (inclusive); null for an open end. */
  from: Date | null;
  to: Date | null;
  generatedAt: Date;
  generatedBy: string;
  /** The chain head when the export was made. */
  chainHead: AuditChainPoint;
  /**
   * The hash the first exported event links to: the stored hash of the event before it (64 zeros when
   * the export starts at seq 1). A verifier should also get it from elsewhere (a checkpoint, the
   * previous export) rather than trust this copy alone.
   */
  anchor: AuditChainPoint;
}

export type AuditEventSource = Iterable<AuditExportEvent> | AsyncIterable<AuditExportEvent>;

/** The export as plain data (crosses a worker thread): consecutive seqs, from `anchor.seq + 1` on. */
export interface AuditExportModel extends AuditExportHeader {
  events: AuditExportEvent[];
}

/** The export with its events streamed in seq order: consecutive seqs, from `anchor.seq + 1` on. */
export interface AuditExportStream extends AuditExportHeader {
  events: AuditEventSource;
}
