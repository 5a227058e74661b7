// The fields of a model shared by create and update, validated; plus the rules that need the whole
// model (a provider-hosted model names its provider and the provider's model id).
import type { HealthStatus, ModelKind, ModelSource, ModelStatus } from "@canon/db";
import { invalid } from "../shared/errors";
import { dateValue, defined, intInRange, numberInRange, oneOf, optionalText, stringList, tags } from "../shared/validate";

export const MODEL_KINDS: ModelKind[] = ["CLASSIFIER", "REGRESSOR", "LLM", "EMBEDDING", "RERANKER", "ADAPTER", "PROMPT_TEMPLATE", "VISION", "SPEECH", "RECOMMENDER", "OTHER"];
export const MODEL_SOURCES: ModelSource[] = ["INTERNAL", "OPEN_WEIGHT", "PROVIDER_HOSTED"];
export const MODEL_STATUSES: ModelStatus[] = ["ACTIVE", "DEPRECATED", "ARCHIVED"];
export const HEALTH_STATUSES: HealthStatus[] = ["UNKNOWN", "HEALTHY", "DEGRADED", "DOWN"];
const INT_MAX = 2_147_483_647;
const PRICE_MAX = 1_000_000;

export interface ModelFieldsInput {
  name?: string | null;
  kind?: ModelKind | null;
  source?: ModelSource | null;
  status?: ModelStatus | null;
  description?: string | null;
  ownerId?: string | null;
  systemId?: string | null;
  tags?: string[] | null;
  provider?: string | null;
  providerModelId?: string | null;
  contextWindow?: number | null;
  maxOutputTokens?: number | null;
  inputPricePerMTok?: number | null;
  outputPricePerMTok?: number | null;
  supportsStreaming?: boolean | null;
  timeoutMs?: number | null;
  healthStatus?: HealthStatus | null;
  deprecationDate?: Date | string | null;
  capabilityTags?: string[] | null;
  fallbackEligible?: boolean | null;
}

/** Validated column values (undefined = leave unchanged) and the tag list (undefined = leave unchanged). */
export function modelFields(i: ModelFieldsInput) {
  if (i.name !== undefined && !i.name?.trim()) throw invalid("name", "is required");
  const data = defined({
    name: optionalText("name", i.name, 200) ?? undefined,
    kind: oneOf("kind", i.kind, MODEL_KINDS),
    source: oneOf("source", i.source, MODEL_SOURCES),
    status: oneOf("status", i.status, MODEL_STATUSES),
    description: optionalText("description", i.description),
    ownerId: i.ownerId === undefined ? undefined : i.ownerId || null,
    systemId: i.systemId === undefined ? undefined : i.systemId || null,
    provider: optionalText("provider", i.provider, 100),
    providerModelId: optionalText("providerModelId", i.providerModelId, 200),
    contextWindow: intInRange("contextWindow", i.contextWindow, 1, INT_MAX),
    maxOutputTokens: intInRange("maxOutputTokens", i.maxOutputTokens, 1, INT_MAX),
    inputPricePerMTok: numberInRange("inputPricePerMTok", i.inputPricePerMTok, 0, PRICE_MAX),
    outputPricePerMTok: numberInRange("outputPricePerMTok", i.outputPricePerMTok, 0, PRICE_MAX),
    supportsStreaming: i.supportsStreaming,
    timeoutMs: intInRange("timeoutMs", i.timeoutMs, 1, INT_MAX),
    healthStatus: oneOf("healthStatus", i.healthStatus, HEALTH_STATUSES),
    deprecationDate: dateValue("deprecationDate", i.deprecationDate),
    capabilityTags: stringList("capabilityTags", i.capabilityTags),
    fallbackEligible: i.fallbackEligible ?? undefined,
  });
  return { data, tags: tags("tags", i.tags) };
}

/** A provider-hosted model must say which provider serves it and under which model id. */
export function assertHostedModel(model: { source: ModelSource; provider?: string | null; providerModelId?: string | null }) {
  if (model.source !== "PROVIDER_HOSTED") return;
  if (!model.provider) throw invalid("provider", "is required when source is PROVIDER_HOSTED");
  if (!model.providerModelId) throw invalid("providerModelId", "is required when source is PROVIDER_HOSTED");
}
