// The ML-BOM model: what the registry knew at `asOf` about an organisation's AI systems, their releases
// (the production stack, component by component), the model versions and dataset versions in them, and
// the lineage between them (which dataset versions trained which model version, which version a model
// was derived from). Core gathers it from the audit trail's as-of readers; the CycloneDX renderer turns
// it into an ML-BOM. Plain data (no Prisma types, no functions), so it crosses a worker thread unchanged.
//
// References between entries are by registry id (a release component's `modelVersionId`, a version's
// `parent.modelVersionId`, a lineage entry's `datasetVersionId`); the renderer refuses a model whose
// references point at nothing in it.
import type { ReportOrganization } from "./report-header";

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export type CycloneDxSpecVersion = "1.6" | "1.7";

export type ModelKindValue =
  "CLASSIFIER" | "REGRESSOR" | "LLM" | "EMBEDDING" | "RERANKER" | "ADAPTER" | "PROMPT_TEMPLATE" | "VISION" | "SPEECH" | "RECOMMENDER" | "OTHER";
export type ModelSourceValue = "INTERNAL" | "OPEN_WEIGHT" | "PROVIDER_HOSTED";
export type ModelStatusValue = "ACTIVE" | "DEPRECATED" | "ARCHIVED";
export type HealthStatusValue = "UNKNOWN" | "HEALTHY" | "DEGRADED" | "DOWN";
export type StageValue = "DEVELOPMENT" | "STAGING" | "PRODUCTION" | "ARCHIVED";
export type LineageRoleValue = "TRAINING" | "VALIDATION" | "TEST" | "FINE_TUNING" | "CALIBRATION";
export type ParentRelationValue = "FINE_TUNED" | "ADAPTED" | "QUANTISED" | "DISTILLED" | "RETRAINED";
export type DataClassificationValue = "PUBLIC" | "INTERNAL" | "CONFIDENTIAL" | "RESTRICTED";
export type MetricDirectionValue = "HIGHER_IS_BETTER" | "LOWER_IS_BETTER";
export type ComponentRoleValue =
  "BASE_MODEL" | "ADAPTER" | "PROMPT_TEMPLATE" | "EMBEDDING_MODEL" | "RETRIEVAL_INDEX" | "RERANKER" | "GUARDRAIL" | "EVAL_SUITE" | "OTHER";

export interface MlBomModel {
  kind: "ml-bom";
  organization: ReportOrganization;
  /** The instant the BOM describes. */
  asOf: Date;
  /** When the BOM was made (the document's metadata.timestamp). */
  generatedAt: Date;
  generatedBy: string;
  /** The BOM's serial number, a UUID supplied by the caller (lower-case, 8-4-4-4-12 hex); it becomes "urn:uuid:…". */
  serialNumber: string;
  /** The tool that made the BOM, as metadata.tools names it. */
  producer: { name: string; version: string };
  systems: MlBomSystem[];
  models: MlBomModelEntry[];
  datasets: MlBomDataset[];
}

export interface MlBomSystem {
  id: string;
  reference: string;
  name: string;
  description: string | null;
  intendedPurpose: string | null;
  lifecycleStatus: string;
  riskTier: string;
  releases: MlBomRelease[];
}

/** A system's production stack: a numbered composition of components. */
export interface MlBomRelease {
  id: string;
  number: number;
  name: string | null;
  description: string | null;
  stage: StageValue;
  approvedAt: Date | null;
  createdAt: Date;
  components: MlBomReleaseComponent[];
}

export interface MlBomReleaseComponent {
  id: string;
  /** Order within the release (1-based, unique within it). */
  position: number;
  role: ComponentRoleValue;
  /** A registered model version (one of `models[].versions[].id`), or null for something outside the registry. */
  modelVersionId: string | null;
  /** Where a component outside the registry lives (a URL, an index name…). */
  externalRef: string | null;
  name: string | null;
  /** The component's configuration as stored (a prompt template's text and variables, a guardrail's settings…). */
  config: JsonObject;
}

export interface MlBomModelEntry {
  id: string;
  name: string;
  kind: ModelKindValue;
  source: ModelSourceValue;
  status: ModelStatusValue;
  description: string | null;
  /** "Name <email>" as reports print people; null when none is set. */
  owner: string | null;
  /** The licence the weights or service come under, as recorded (free text or an SPDX id); null when none is recorded. */
  licence: string | null;
  tags: string[];
  /** Hosted-model gateway metadata; null unless the model is served through a provider. */
  gateway: MlBomGateway | null;
  versions: MlBomModelVersion[];
}

export interface MlBomGateway {
  provider: string | null;
  providerModelId: string | null;
  contextWindow: number | null;
  maxOutputTokens: number | null;
  inputPricePerMTok: number | null;
  outputPricePerMTok: number | null;
  supportsStreaming: boolean | null;
  timeoutMs: number | null;
  healthStatus: HealthStatusValue;
  deprecationDate: Date | null;
  capabilityTags: string[];
  fallbackEligible: boolean;
}

export interface MlBomModelVersion {
  id: string;
  number: number;
  stage: StageValue;
  description: string | null;
  artifact: MlBomArtifact;
  sourceCommit: string | null;
  runId: string | null;
  runUrl: string | null;
  hyperparameters: JsonObject;
  tags: string[];
  createdAt: Date;
  approvedAt: Date | null;
  /** The version this one was derived from (its base model), when registered. */
  parent: { modelVersionId: string; relation: ParentRelationValue | null } | null;
  /** Dataset versions used to make or check this version, and how. */
  lineage: { datasetVersionId: string; role: LineageRoleValue }[];
  /** Latest evaluation results per suite as of `asOf`. */
  evaluations: MlBomEvaluation[];
  card: MlBomModelCard | null;
}

export interface MlBomArtifact {
  uri: string;
  /** sha256 of the artifact, 64 lower-case hex characters. */
  sha256: string;
  sizeBytes: number | null;
  format: string | null;
}

export interface MlBomEvaluation {
  suite: string;
  evaluatedAt: Date;
  passed: boolean;
  datasetVersionId: string | null;
  metrics: MlBomMetric[];
}

export interface MlBomMetric {
  name: string;
  value: number;
  /** The data slice measured ("" for the whole set). */
  slice: string;
  threshold: number | null;
  direction: MetricDirectionValue;
  passed: boolean | null;
}

/** The model card's latest revision as of `asOf`: free-text sections, null when not written. */
export interface MlBomModelCard {
  revision: number;
  overview: string | null;
  intendedUse: string | null;
  outOfScopeUse: string | null;
  intendedUsers: string | null;
  factors: string | null;
  trainingData: string | null;
  evaluationData: string | null;
  metricsSummary: string | null;
  ethicalConsiderations: string | null;
  limitationsAndRisks: string | null;
  recommendations: string | null;
  environmentalImpact: string | null;
}

export interface MlBomDataset {
  id: string;
  name: string;
  description: string | null;
  source: string | null;
  licence: string | null;
  owner: string | null;
  classification: DataClassificationValue;
  containsPersonalData: boolean;
  containsSpecialCategoryData: boolean;
  knownBiases: string | null;
  versions: MlBomDatasetVersion[];
}

export interface MlBomDatasetVersion {
  id: string;
  number: number;
  uri: string;
  /** sha256 of the data, 64 lower-case hex characters, when recorded. */
  sha256: string | null;
  rowCount: number | null;
  collectionStart: Date | null;
  collectionEnd: Date | null;
  description: string | null;
  createdAt: Date;
}
