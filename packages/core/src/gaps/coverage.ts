// Which assessment covers a requirement for a scope: the requirement's own assessment for the system,
// else the organisation-wide one, else an assessment of an equivalent requirement of another framework
// (the crosswalk), for the system or organisation-wide. Assess once, report against every framework.
import { equivalentRequirements, type FrameworkId } from "@canon/frameworks";
import type { AuditRecord } from "./compliance-records";
import type { RecordIndex } from "./record-fields";
import { text } from "./record-fields";

export interface Coverage {
  assessment: AuditRecord;
  /** Set when it comes from another framework through the crosswalk ("ISO_42001 A.6.2.4"). */
  via: string | null;
}

const find = (idx: RecordIndex, scopeKey: string, framework: string, requirementId: string) =>
  (idx.assessmentsByScope.get(scopeKey) ?? []).find((a) => text(a, "framework") === framework && text(a, "requirementId") === requirementId);

export function coverageOf(idx: RecordIndex, framework: FrameworkId, requirementId: string, systemId: string | null): Coverage | null {
  const scopes = systemId ? [systemId, ""] : [""];
  for (const scope of scopes) {
    const own = find(idx, scope, framework, requirementId);
    if (own) return { assessment: own, via: null };
  }
  const equivalents = equivalentRequirements(framework, requirementId);
  for (const scope of scopes) {
    // Prefer an implemented equivalent: one good assessment counts wherever the crosswalk maps it.
    const found = equivalents.map((e) => find(idx, scope, e.framework, e.id)).filter((a): a is AuditRecord => !!a);
    const best = found.find((a) => text(a, "status") === "IMPLEMENTED") ?? found[0];
    if (best) return { assessment: best, via: `${text(best, "framework")} ${text(best, "requirementId")}` };
  }
  return null;
}
