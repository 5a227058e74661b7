// An upstream (provider-hosted or open-weights) model past its deprecation date that a system still
// runs in production.
import type { Gap, GapRule } from "../gap";
import { date, indexRecords, productionVersions, systemRef, text } from "../record-fields";

export const upstreamModelDeprecated: GapRule = {
  id: "upstream-model-deprecated",
  title: "Upstream model past its deprecation date",
  find(r, at) {
    const idx = indexRecords(r);
    const out: Gap[] = [];
    for (const s of r.systems.values()) {
      const models = new Set(productionVersions(r, idx, s.id as string).map((v) => text(v, "modelId")!));
      for (const modelId of models) {
        const m = r.models.get(modelId);
        const deprecated = date(m, "deprecationDate");
        if (!m || !deprecated || deprecated >= at) continue;
        out.push({
          key: `${this.id}:${s.id}:${modelId}`,
          rule: this.id,
          state: "FAILED",
          severity: "HIGH",
          message: `${text(s, "reference")} runs ${text(m, "name")}${text(m, "provider") ? ` (${text(m, "provider")})` : ""}, deprecated since ${deprecated.toISOString().slice(0, 10)}`,
          system: systemRef(s),
          framework: "NIST_AI_RMF",
          requirementId: "MANAGE-3.2",
          fix: { recordType: "Model", recordId: modelId, label: `Replace ${text(m, "name")} in ${text(s, "reference")}` },
          evidenceId: null,
        });
      }
    }
    return out;
  },
};
