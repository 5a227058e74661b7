// The digest printed on a report's cover: sha256 of the report model in the audit trail's canonical JSON
// (keys sorted, dates as ISO strings) without the digest itself, so the same registry state and inputs
// give the same digest whatever the output format. Hashed as it is written: the text of a large report
// (tens of megabytes) is never held whole.
import { canonicalAuditJsonSha256 } from "../../audit/canonical";

export function contentDigest(model: Record<string, unknown>): string {
  const { contentDigest: _omit, ...rest } = model;
  void _omit;
  return canonicalAuditJsonSha256(rest);
}
