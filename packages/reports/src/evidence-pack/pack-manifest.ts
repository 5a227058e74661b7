// manifest.json: built from the input and the members' digests (keys in a fixed order, files sorted by
// path, two-space JSON and a final newline), and read back by the verifier, which reports every way a
// manifest can be malformed instead of trusting its shape.
import { EVIDENCE_PACK_FORMAT, type EvidencePackInput, type EvidencePackManifest, type EvidencePackManifestFile } from "../model/evidence-pack";
import { MANIFEST_PATH, unsafePathReason } from "./pack-paths";

const byPath = (a: EvidencePackManifestFile, b: EvidencePackManifestFile) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

export function buildManifest(input: EvidencePackInput, files: EvidencePackManifestFile[]): EvidencePackManifest {
  return {
    format: EVIDENCE_PACK_FORMAT,
    organisation: { name: input.organization.name, legalName: input.organization.legalName },
    scope: input.scope,
    asOf: input.asOf.toISOString(),
    generatedAt: input.generatedAt.toISOString(),
    generatedBy: input.generatedBy,
    auditChainHead: { seq: input.auditChainHead.seq, hash: input.auditChainHead.hash },
    files: files.map(({ path, sha256, bytes }) => ({ path, sha256, bytes })).sort(byPath),
  };
}

export const manifestBytes = (manifest: EvidencePackManifest) => Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, "utf8");

const HEX64 = /^[0-9a-f]{64}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The manifest, or null with the problems that make it malformed. */
export function readManifest(bytes: Buffer, problem: (text: string) => void): EvidencePackManifest | null {
  let m: unknown;
  try {
    m = JSON.parse(bytes.toString("utf8"));
  } catch {
    problem("manifest.json is not JSON");
    return null;
  }
  if (!isRecord(m)) {
    problem("manifest.json is not a JSON object");
    return null;
  }
  const issues = manifestIssues(m);
  issues.forEach(problem);
  return issues.length ? null : (m as unknown as EvidencePackManifest);
}

function manifestIssues(m: Record<string, unknown>): string[] {
  const issues: string[] = [];
  if (m.format !== EVIDENCE_PACK_FORMAT) issues.push(`manifest format is ${JSON.stringify(m.format)}, not "${EVIDENCE_PACK_FORMAT}"`);
  const org = m.organisation;
  if (!isRecord(org) || typeof org.name !== "string" || !(org.legalName === null || typeof org.legalName === "string"))
    issues.push("manifest organisation is malformed");
  for (const key of ["scope", "generatedBy"]) if (typeof m[key] !== "string") issues.push(`manifest ${key} is not text`);
  for (const key of ["asOf", "generatedAt"])
    if (typeof m[key] !== "string" || !ISO_INSTANT.test(m[key] as string)) issues.push(`manifest ${key} is not an ISO instant`);
  const head = m.auditChainHead;
  if (!isRecord(head) || !Number.isSafeInteger(head.seq) || (head.seq as number) < 0 || typeof head.hash !== "string" || !HEX64.test(head.hash))
    issues.push("manifest auditChainHead is malformed");
  if (!Array.isArray(m.files)) return [...issues, "manifest files is not a list"];
  const seen = new Set<string>();
  m.files.forEach((f: unknown, i) => {
    if (
      !isRecord(f) ||
      typeof f.path !== "string" ||
      typeof f.sha256 !== "string" ||
      !HEX64.test(f.sha256) ||
      !Number.isSafeInteger(f.bytes) ||
      (f.bytes as number) < 0
    ) {
      issues.push(`manifest files[${i}] is malformed`);
      return;
    }
    const unsafe = unsafePathReason(f.path);
    if (unsafe) issues.push(`manifest lists ${JSON.stringify(f.path)}, which ${unsafe}`);
    if (f.path === MANIFEST_PATH) issues.push("manifest lists itself");
    if (seen.has(f.path)) issues.push(`manifest lists ${f.path} twice`);
    seen.add(f.path);
  });
  return issues;
}
