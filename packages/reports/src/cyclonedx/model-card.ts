// A model version's CycloneDX `modelCard`: model parameters (task, and the dataset versions it was made
// or checked with, by bom-ref), quantitative analysis (the latest evaluation metrics) and considerations
// (the card's users, uses, limitations, ethics and environmental impact). What CycloneDX has no field
// for (the card's other sections, evaluation verdicts and thresholds, lineage roles, hyperparameters)
// goes in the card's "canon:" properties.
import type { MlBomEvaluation, MlBomModelCard, MlBomModelVersion, ModelKindValue } from "../model/ml-bom";
import { datasetVersionRef } from "./bom-refs";
import type { Draft } from "./draft";
import { sortedBy, uniqueSorted } from "./order";
import { canonObjectProperties, canonProperty, type CdxProperty } from "./properties";

/** CycloneDX's free-text `task`, per kind of model (none where the kind does not say). */
const TASK_OF_KIND: Partial<Record<ModelKindValue, string>> = {
  CLASSIFIER: "classification",
  REGRESSOR: "regression",
  LLM: "text-generation",
  EMBEDDING: "feature-extraction",
  RERANKER: "text-ranking",
  VISION: "computer-vision",
  SPEECH: "speech-processing",
  RECOMMENDER: "recommendation",
};

export function modelCardOf(kind: ModelKindValue, version: MlBomModelVersion): Draft {
  const card = version.card;
  const evaluations = sortedBy(version.evaluations, (e) => e.suite);
  const datasetRefs = uniqueSorted(version.lineage.map((used) => datasetVersionRef(used.datasetVersionId)));
  return {
    modelParameters: {
      task: TASK_OF_KIND[kind],
      datasets: datasetRefs.map((ref) => ({ ref })),
    },
    quantitativeAnalysis: { performanceMetrics: performanceMetrics(evaluations) },
    considerations: card ? considerations(card) : undefined,
    properties: [
      ...cardProperties(card),
      ...evaluationProperties(evaluations),
      ...lineageProperties(version),
      ...canonObjectProperties("hyperparameter", version.hyperparameters),
    ],
  };
}

function performanceMetrics(evaluations: MlBomEvaluation[]): Draft[] {
  return evaluations.flatMap((evaluation) =>
    sortedBy(
      evaluation.metrics,
      (m) => m.name,
      (m) => m.slice,
    ).map((metric) => ({ type: metric.name, value: String(metric.value), slice: metric.slice || undefined })),
  );
}

const one = (text: string | null) => (text ? [text] : undefined);

function considerations(card: MlBomModelCard): Draft {
  const ethics =
    card.ethicalConsiderations || card.recommendations ? [{ name: card.ethicalConsiderations, mitigationStrategy: card.recommendations }] : undefined;
  return {
    users: one(card.intendedUsers),
    useCases: one(card.intendedUse),
    technicalLimitations: one(card.limitationsAndRisks),
    ethicalConsiderations: ethics,
    environmentalConsiderations: { properties: canonProperty("card:environmentalImpact", card.environmentalImpact) },
  };
}

function cardProperties(card: MlBomModelCard | null): CdxProperty[] {
  if (!card) return [];
  return [
    ...canonProperty("card:revision", card.revision),
    ...canonProperty("card:overview", card.overview),
    ...canonProperty("card:outOfScopeUse", card.outOfScopeUse),
    ...canonProperty("card:factors", card.factors),
    ...canonProperty("card:trainingData", card.trainingData),
    ...canonProperty("card:evaluationData", card.evaluationData),
    ...canonProperty("card:metricsSummary", card.metricsSummary),
  ];
}

function evaluationProperties(evaluations: MlBomEvaluation[]): CdxProperty[] {
  return evaluations.flatMap((evaluation) => {
    const at = `evaluation:${evaluation.suite}`;
    const thresholds = sortedBy(
      evaluation.metrics,
      (m) => m.name,
      (m) => m.slice,
    ).flatMap((metric) => {
      if (metric.threshold === null) return [];
      const comparison = metric.direction === "HIGHER_IS_BETTER" ? ">=" : "<=";
      const name = metric.slice ? `${metric.name}[${metric.slice}]` : metric.name;
      return canonProperty(`${at}:threshold:${name}`, `${comparison} ${metric.threshold}`);
    });
    return [
      ...canonProperty(`${at}:passed`, evaluation.passed),
      ...canonProperty(`${at}:evaluatedAt`, evaluation.evaluatedAt),
      ...canonProperty(`${at}:dataset`, evaluation.datasetVersionId ? datasetVersionRef(evaluation.datasetVersionId) : null),
      ...thresholds,
    ];
  });
}

/** How each dataset version was used: "canon:lineage:TRAINING" = its bom-ref. */
function lineageProperties(version: MlBomModelVersion): CdxProperty[] {
  const uses = version.lineage.map((used) => ({ role: used.role, ref: datasetVersionRef(used.datasetVersionId) }));
  return sortedBy(
    uses,
    (u) => u.role,
    (u) => u.ref,
  ).flatMap((used) => canonProperty(`lineage:${used.role}`, used.ref));
}
