// One model version in an ML-BOM: its artifact (where, sha256, size, format), provenance (commit, run),
// hyperparameters (a prompt template's text and variables, for a PROMPT_TEMPLATE model), stage, the
// version it was derived from, the dataset versions it was made or checked with, its latest evaluation
// results and its model card's latest revision, all as the records held them at the instant.
import type { LineageRoleValue, MlBomModelCard, MlBomModelVersion, ParentRelationValue, StageValue } from "@canon/reports";
import type { AuditRecord } from "../../gaps/compliance-records";
import { list } from "../../gaps/record-fields";
import { evaluationEntry } from "./latest-evaluations";
import { date, instant, jsonObject, num, numeric, strings, text } from "./ml-bom-fields";

export function modelVersionEntry(version: AuditRecord, evaluations: AuditRecord[], card: AuditRecord | undefined): MlBomModelVersion {
  const parentId = text(version, "parentVersionId");
  return {
    id: version.id as string,
    number: num(version, "number") ?? 0,
    stage: (text(version, "stage") ?? "DEVELOPMENT") as StageValue,
    description: text(version, "description"),
    artifact: {
      uri: text(version, "artifactUri") ?? "",
      sha256: (text(version, "artifactDigest") ?? "").toLowerCase(),
      sizeBytes: numeric(version, "artifactSize"),
      format: text(version, "format"),
    },
    sourceCommit: text(version, "sourceCommit"),
    runId: text(version, "runId"),
    runUrl: text(version, "runUrl"),
    hyperparameters: jsonObject(version, "hyperparameters"),
    tags: strings(version, "tags"),
    createdAt: instant(version, "createdAt"),
    approvedAt: date(version, "approvedAt"),
    parent: parentId ? { modelVersionId: parentId, relation: text(version, "parentRelation") as ParentRelationValue | null } : null,
    lineage: (list(version, "lineage") as AuditRecord[])
      .filter((used) => text(used, "datasetVersionId") && text(used, "role"))
      .map((used) => ({ datasetVersionId: text(used, "datasetVersionId")!, role: text(used, "role") as LineageRoleValue })),
    evaluations: evaluations.map(evaluationEntry),
    card: cardOf(card),
  };
}

/** The card's latest revision as of the instant; null when the version has no card or no revision yet. */
function cardOf(card: AuditRecord | undefined): MlBomModelCard | null {
  const revision = card?.revision;
  if (!revision || typeof revision !== "object") return null;
  const r = revision as AuditRecord;
  return {
    revision: num(r, "revision") ?? num(card, "latestRevision") ?? 0,
    overview: text(r, "overview"),
    intendedUse: text(r, "intendedUse"),
    outOfScopeUse: text(r, "outOfScopeUse"),
    intendedUsers: text(r, "intendedUsers"),
    factors: text(r, "factors"),
    trainingData: text(r, "trainingData"),
    evaluationData: text(r, "evaluationData"),
    metricsSummary: text(r, "metricsSummary"),
    ethicalConsiderations: text(r, "ethicalConsiderations"),
    limitationsAndRisks: text(r, "limitationsAndRisks"),
    recommendations: text(r, "recommendations"),
    environmentalImpact: text(r, "environmentalImpact"),
  };
}
