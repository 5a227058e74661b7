// The EU AI Act obligations that follow from each classified system's classification (for the
// organisation's operator role), checked against the assessments that cover them: never assessed
// (UNKNOWN — no score on empty data), excluded with a justification (NOT_APPLICABLE), not yet
// implemented or implemented without evidence (MISSING_EVIDENCE).
import { obligationsFor } from "../../classification/obligations-for";
import type { ClassificationFields } from "../../classification/classification-fields";
import { coverageOf } from "../coverage";
import type { Gap, GapRule } from "../gap";
import { bool, indexRecords, list, num, systemRef, text } from "../record-fields";
import type { AuditRecord } from "../compliance-records";

export function classificationOf(s: AuditRecord): ClassificationFields {
  return {
    operatorRole: text(s, "operatorRole") as ClassificationFields["operatorRole"],
    riskTier: (text(s, "riskTier") ?? "UNCLASSIFIED") as ClassificationFields["riskTier"],
    highRiskRoute: text(s, "highRiskRoute") as ClassificationFields["highRiskRoute"],
    annexIIIArea: num(s, "annexIIIArea"),
    annexIIIPoint: text(s, "annexIIIPoint"),
    art6_3Derogation: bool(s, "art6_3Derogation"),
    art6_3Justification: text(s, "art6_3Justification"),
    profiling: bool(s, "profiling"),
    gpaiStatus: (text(s, "gpaiStatus") ?? "NONE") as ClassificationFields["gpaiStatus"],
    transparencyDuties: list(s, "transparencyDuties") as ClassificationFields["transparencyDuties"],
  };
}

export const obligationNotMet: GapRule = {
  id: "obligation-not-met",
  title: "EU AI Act obligation not assessed, not implemented or without evidence",
  find(r, at) {
    const idx = indexRecords(r);
    const out: Gap[] = [];
    const day = at.toISOString().slice(0, 10);
    for (const s of r.systems.values()) {
      if (text(s, "riskTier") === "UNCLASSIFIED" || text(s, "lifecycleStatus") === "RETIRED") continue;
      const dues = obligationsFor(classificationOf(s), { deployerIsPublicAuthority: bool(s, "publicAuthority"), deployerProvidesPublicServices: false });
      for (const due of dues) {
        const applies = due.appliesFrom <= day;
        const cover = coverageOf(idx, "EU_AI_ACT", due.obligationId, s.id as string);
        const status = cover ? text(cover.assessment, "status") : null;
        const evidence = cover ? (list(cover.assessment, "evidenceIds") as string[]) : [];
        let state: Gap["state"] | null = null;
        let message = "";
        if (!cover) {
          state = "UNKNOWN";
          message = `${due.reference} (${due.title}) has never been assessed for ${text(s, "reference")}`;
        } else if (status === "NOT_APPLICABLE") {
          state = "NOT_APPLICABLE";
          message = `${due.reference} excluded for ${text(s, "reference")}: ${text(cover.assessment, "justification") ?? ""}`;
        } else if (status !== "IMPLEMENTED") {
          state = "MISSING_EVIDENCE";
          message = `${due.reference} (${due.title}) is ${status?.toLowerCase().replace("_", " ")} for ${text(s, "reference")}`;
        } else if (!evidence.length) {
          state = "MISSING_EVIDENCE";
          message = `${due.reference} is marked implemented for ${text(s, "reference")} but no evidence backs it`;
        }
        if (!state) continue;
        out.push({
          key: `${this.id}:${s.id}:${due.obligationId}`,
          rule: this.id,
          state,
          severity: state === "NOT_APPLICABLE" ? "LOW" : !applies ? "LOW" : text(s, "riskTier") === "HIGH_RISK" ? "HIGH" : "MEDIUM",
          message: `${message}${applies ? "" : ` (applies from ${due.appliesFrom})`}${cover?.via ? ` [via ${cover.via}]` : ""}`,
          system: systemRef(s),
          framework: "EU_AI_ACT",
          requirementId: due.obligationId,
          fix: cover
            ? { recordType: "ControlAssessment", recordId: cover.assessment.id as string, label: `Update the assessment of ${due.reference}` }
            : { recordType: "AISystem", recordId: s.id as string, label: `Assess ${due.reference} for ${text(s, "reference")}` },
          evidenceId: null,
        });
      }
    }
    return out;
  },
};
