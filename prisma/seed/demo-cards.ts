// Model-card text for the demo models: "full" cards fill every section, "partial" ones leave gaps so
// completeness differs across the inventory.
import type { DemoModel } from "./demo-catalogue";

export function cardFor(m: DemoModel) {
  const partial = {
    overview: `${m.description} Owned by ${m.tags.find((t) => t.startsWith("team:"))?.slice(5) ?? "the ML platform team"}.`,
    intendedUse: `Used only within the ${m.system} system for its documented intended purpose.`,
    trainingData: m.training?.length
      ? `Trained on the registry datasets: ${m.training.join(", ")} (see lineage for exact versions).`
      : "No training by Northwind; provider documentation linked.",
    metricsSummary: m.suites?.map((s) => `${s.suite}: ${s.metric} (threshold ${s.threshold})`).join("; ") || "See evaluations.",
    limitationsAndRisks: "Performance degrades on populations under-represented in the training data; monitored monthly.",
  };
  if (m.card === "partial") return partial;
  return {
    ...partial,
    outOfScopeUse: "Not for decisions without human review; not for use outside the EU deployment context.",
    intendedUsers: "Trained staff of the owning business unit.",
    factors: "Age band, region, product type and channel are evaluated as slices.",
    evaluationData: m.test ? `Held-out test split of ${m.test}, latest snapshot.` : "Provider evaluation reports and internal spot checks.",
    ethicalConsiderations: "Fairness gaps are measured each release; adverse outcomes are explained to affected persons.",
    recommendations: "Re-evaluate after any data refresh; keep the challenger model warm for rollback.",
    environmentalImpact: "Training on 8 GPUs for under 2 hours per release (estimated 6 kWh).",
  };
}
