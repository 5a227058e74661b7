// A high-risk system with nothing approved in production: no model version and no release of it has
// reached PRODUCTION (a stage only an approved request can set).
import type { GapRule } from "../gap";
import { indexRecords, productionVersions, systemRef, text } from "../record-fields";

export const highRiskWithoutApprovedProduction: GapRule = {
  id: "high-risk-without-approved-production-version",
  title: "High-risk system with no approved production version",
  find(r) {
    const idx = indexRecords(r);
    return [...r.systems.values()]
      .filter((s) => text(s, "riskTier") === "HIGH_RISK" && text(s, "lifecycleStatus") !== "RETIRED")
      .filter((s) => productionVersions(r, idx, s.id as string).length === 0)
      .map((s) => ({
        key: `${this.id}:${s.id}`,
        rule: this.id,
        state: "MISSING_EVIDENCE" as const,
        severity: text(s, "lifecycleStatus") === "IN_PRODUCTION" ? ("CRITICAL" as const) : ("HIGH" as const),
        message: `High-risk system ${text(s, "reference")} has no model version or release approved into production`,
        system: systemRef(s),
        framework: "EU_AI_ACT" as const,
        requirementId: "art-9",
        fix: { recordType: "AISystem", recordId: s.id as string, label: `Request approval of a production version for ${text(s, "reference")}` },
        evidenceId: null,
      }));
  },
};
