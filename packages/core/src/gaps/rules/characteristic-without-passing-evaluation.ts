// A trustworthiness characteristic a high-risk system must show (EU AI Act Arts. 10 and 15; NIST
// MEASURE 2.x) with no passing evaluation on any of its production versions.
import { trustworthinessCharacteristic } from "@canon/frameworks";
import type { Gap, GapRule } from "../gap";
import { indexRecords, productionVersions, systemRef, text } from "../record-fields";

/** What a high-risk system must evidence: accuracy and robustness, security, and bias (Arts. 10, 15). */
export const REQUIRED_CHARACTERISTICS = ["VALID_RELIABLE", "SECURE_RESILIENT", "FAIR"] as const;

export const characteristicWithoutPassingEvaluation: GapRule = {
  id: "characteristic-without-passing-evaluation",
  title: "Required trustworthiness characteristic with no passing evaluation",
  find(r) {
    const idx = indexRecords(r);
    const out: Gap[] = [];
    for (const s of r.systems.values()) {
      if (text(s, "riskTier") !== "HIGH_RISK") continue;
      const versions = productionVersions(r, idx, s.id as string);
      if (!versions.length) continue;
      const runs = versions.flatMap((v) => idx.evaluationsByVersion.get(v.id as string) ?? []);
      for (const characteristic of REQUIRED_CHARACTERISTICS) {
        const mine = runs.filter((e) => text(e, "characteristic") === characteristic);
        if (mine.some((e) => e.passed === true)) continue;
        const c = trustworthinessCharacteristic(characteristic);
        const failed = mine.length > 0;
        out.push({
          key: `${this.id}:${s.id}:${characteristic}`,
          rule: this.id,
          state: failed ? "FAILED" : "MISSING_EVIDENCE",
          severity: "HIGH",
          message: `${text(s, "reference")}: no passing evaluation of "${c?.label ?? characteristic}" on its production versions${failed ? ` (${mine.length} failed)` : ""}`,
          system: systemRef(s),
          framework: "NIST_AI_RMF",
          requirementId: c?.measureSubcategory ?? null,
          fix: { recordType: "ModelVersion", recordId: versions[0]!.id as string, label: `Record an evaluation of ${characteristic}` },
          evidenceId: null,
        });
      }
    }
    return out;
  },
};
