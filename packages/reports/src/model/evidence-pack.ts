// The evidence pack: one ZIP holding the report files of an audit or assessment, the records behind
// them (records.json) and a manifest (manifest.json) naming every file with its sha256 and size, the
// organisation, scope, instants and the audit chain head the pack was made at. The input is plain data
// (files as bytes, or as paths of files already written, streamed into the ZIP).
import type { ReportOrganization } from "./report-header";

export const EVIDENCE_PACK_FORMAT = "canon-evidence-pack/1";

/** A report file to pack: its path inside the ZIP ("reports/inventory.pdf") and its bytes or the file to read. */
export type EvidencePackFile = { path: string; bytes: Uint8Array } | { path: string; file: string };

export interface EvidencePackInput {
  organization: ReportOrganization;
  /** What the pack covers, in words. */
  scope: string;
  asOf: Date;
  generatedAt: Date;
  generatedBy: string;
  auditChainHead: { seq: number; hash: string };
  files: EvidencePackFile[];
  /** The underlying records as JSON-able data (Dates become ISO text, bigints decimal text): records.json. */
  records: unknown;
}

export interface EvidencePackManifestFile {
  path: string;
  sha256: string;
  bytes: number;
}

export interface EvidencePackManifest {
  format: typeof EVIDENCE_PACK_FORMAT;
  organisation: ReportOrganization;
  scope: string;
  asOf: string;
  generatedAt: string;
  generatedBy: string;
  auditChainHead: { seq: number; hash: string };
  /** Every member but manifest.json, sorted by path. */
  files: EvidencePackManifestFile[];
}

export interface EvidencePackResult {
  /** sha256 of the whole ZIP, hex. */
  sha256: string;
  /** sha256 of manifest.json as packed, hex. */
  manifestSha256: string;
  manifest: EvidencePackManifest;
}

export interface EvidencePackVerification {
  intact: boolean;
  problems: string[];
  /** The manifest as read, when it is well-formed. */
  manifest: EvidencePackManifest | null;
  /** sha256 of the whole ZIP as read, hex. */
  packSha256: string;
}
