// The digest printed on a report's cover: sha256 of the report model in the audit trail's canonical JSON
// (keys sorted, dates as ISO strings) without the digest itself, so the same registry state and inputs
// give the same digest whatever the output format.
import { createHash } from "node:crypto";
import { canonicalJson, toAuditJson } from "../../audit/canonical";

export function contentDigest(model: Record<string, unknown>): string {
  const { contentDigest: _omit, ...rest } = model;
  void _omit;
  return createHash("sha256")
    .update(canonicalJson(toAuditJson(rest)))
    .digest("hex");
}
