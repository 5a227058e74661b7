// A general-purpose AI model (of a system classified GPAI, whose provider the organisation is) whose training-content summary cannot be
// drafted in full from the registry's dataset records.
import type { Gap, GapRule } from "../gap";
import { indexRecords, systemRef, text } from "../record-fields";
import { draftTrainingContentSummary } from "../training-content-summary";

export const gpaiWithoutTrainingSummary: GapRule = {
  id: "gpai-without-training-summary",
  title: "GPAI model with no complete training-content summary",
  find(r) {
    const idx = indexRecords(r);
    const out: Gap[] = [];
    for (const s of r.systems.values()) {
      const gpai = text(s, "gpaiStatus");
      // Art. 53(1)(d) is the model provider's duty: a deployer building on someone else's model has none.
      if (!gpai || gpai === "NONE" || text(s, "operatorRole") !== "PROVIDER") continue;
      for (const m of idx.modelsBySystem.get(s.id as string) ?? []) {
        const draft = draftTrainingContentSummary(r, m);
        if (draft.complete) continue;
        const missing = draft.sections.flatMap((x) => x.missing);
        out.push({
          key: `${this.id}:${m.id}`,
          rule: this.id,
          state: "MISSING_EVIDENCE",
          severity: gpai === "GPAI_SYSTEMIC" ? "HIGH" : "MEDIUM",
          message: `Training-content summary of ${text(m, "name")} is incomplete: ${missing.slice(0, 4).join("; ")}${missing.length > 4 ? "…" : ""}`,
          system: systemRef(s),
          framework: "EU_AI_ACT",
          requirementId: "art-53",
          fix: { recordType: "Model", recordId: m.id as string, label: `Link and describe the training datasets of ${text(m, "name")}` },
          evidenceId: null,
        });
      }
    }
    return out;
  },
};
