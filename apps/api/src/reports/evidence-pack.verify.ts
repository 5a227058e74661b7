// Checks an evidence pack against the audit trail: the ZIP is intact (reports' verifyEvidencePack: the
// manifest well-formed, every listed file there with its sha256 and size, nothing unlisted), and a
// `reportRun.finish` event of an evidence pack run records the pack's sha256 as its file digest and the
// manifest's sha256, and still hashes to what the chain stores. Shared by the evidencePackVerification
// query (the job's stored output and its run's events) and `npm run pack:verify` (a file, and the events
// found by its digest).
//
// The manifest's sha256 is that of manifest.json as writeEvidencePack writes it (the manifest as
// two-space JSON with a final newline), computed here from the manifest as read; a manifest.json
// formatted otherwise gives another digest, and it would change the pack's own sha256 anyway, which must
// match the event too.
import type { PackFinishEvent } from "@canon/core";
import { recordsPack } from "@canon/core";
import { verifyEvidencePack, type EvidencePackManifest } from "@canon/reports";
import { createHash } from "node:crypto";

export interface EvidencePackCheck {
  /** The ZIP matches its manifest. */
  intact: boolean;
  /** What is wrong with the pack, then what the trail does not confirm. */
  problems: string[];
  packSha256: string;
  manifestSha256: string | null;
  manifest: EvidencePackManifest | null;
  /** The event that records the pack (or, failing that, the one that comes closest). */
  auditEvent: PackFinishEvent | null;
  matchesAuditEvent: boolean;
}

export function manifestSha256(manifest: EvidencePackManifest): string {
  return createHash("sha256")
    .update(`${JSON.stringify(manifest, null, 2)}\n`, "utf8")
    .digest("hex");
}

/** `events` gives the finish events to match, from the pack's sha256. */
export async function checkEvidencePack(pack: string | Uint8Array, events: (packSha256: string) => Promise<PackFinishEvent[]>): Promise<EvidencePackCheck> {
  const v = await verifyEvidencePack(pack);
  const digest = v.manifest ? manifestSha256(v.manifest) : null;
  const candidates = await events(v.packSha256);
  const match = candidates.find((e) => recordsPack(e, { packSha256: v.packSha256, manifestSha256: digest }));
  const closest = match ?? candidates.find((e) => e.fileDigest === v.packSha256) ?? candidates.at(-1) ?? null;
  const trail: string[] = [];
  if (!closest) trail.push(`no reportRun.finish event records the sha256 ${v.packSha256}`);
  else if (!match) {
    if (!closest.hashValid) trail.push(`audit event ${closest.seq} was altered: its stored hash does not recompute from its fields`);
    if (closest.reportKind !== "evidence-pack")
      trail.push(`audit event ${closest.seq} finishes a ${closest.reportKind ?? "unknown"} report run, not an evidence pack`);
    if (closest.fileDigest !== v.packSha256)
      trail.push(`audit event ${closest.seq} records the sha256 ${closest.fileDigest ?? "(none)"}, not the pack's ${v.packSha256}`);
    if (closest.manifestSha256 !== digest)
      trail.push(
        `audit event ${closest.seq} records the manifest sha256 ${closest.manifestSha256 ?? "(none)"}, not the pack's ${digest ?? "(no readable manifest)"}`,
      );
  }
  return {
    intact: v.intact,
    problems: [...v.problems, ...trail],
    packSha256: v.packSha256,
    manifestSha256: digest,
    manifest: v.manifest,
    auditEvent: closest,
    matchesAuditEvent: v.intact && !!match,
  };
}
