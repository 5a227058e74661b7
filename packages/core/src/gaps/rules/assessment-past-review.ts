// An assessment whose next review date has passed, and an exclusion whose expiry has passed (it counts
// as applicable again until someone re-assesses it).
import type { Gap, GapRule } from "../gap";
import { date, systemRef, text } from "../record-fields";

export const assessmentPastReview: GapRule = {
  id: "assessment-past-review",
  title: "Assessment past its review date, or exclusion expired",
  find(r, at) {
    const out: Gap[] = [];
    for (const a of r.assessments.values()) {
      const due = date(a, "nextReviewAt");
      const expires = text(a, "status") === "NOT_APPLICABLE" ? date(a, "exclusionExpiresAt") : null;
      const lapsed = expires && expires < at;
      if (!(due && due < at) && !lapsed) continue;
      const system = text(a, "systemId") ? r.systems.get(text(a, "systemId")!) : undefined;
      out.push({
        key: `${this.id}:${a.id}`,
        rule: this.id,
        state: "STALE",
        severity: lapsed ? "HIGH" : "MEDIUM",
        message: lapsed
          ? `The exclusion of ${text(a, "framework")} ${text(a, "requirementId")} expired on ${expires!.toISOString().slice(0, 10)}`
          : `${text(a, "framework")} ${text(a, "requirementId")} was due for review on ${due!.toISOString().slice(0, 10)}`,
        system: system ? systemRef(system) : null,
        framework: text(a, "framework") as Gap["framework"],
        requirementId: text(a, "requirementId"),
        fix: { recordType: "ControlAssessment", recordId: a.id as string, label: "Review the assessment" },
        evidenceId: null,
      });
    }
    return out;
  },
};
