// One registered model version as a CycloneDX component: a `machine-learning-model` with its model card,
// or, for a prompt template, a `data` component holding a configuration. Its artifact gives the hash and
// the distribution reference; the provider of a hosted model is the supplier; the version it was derived
// from (and that one's own base, and so on) is its pedigree. Gateway metadata, hyperparameters of a
// prompt template and the registry's own fields are "canon:" properties.
import type { MlBomGateway, MlBomModelEntry, MlBomModelVersion } from "../model/ml-bom";
import { modelVersionRef } from "./bom-refs";
import { licencesOf, sha256Hashes } from "./component-fields";
import type { Draft } from "./draft";
import type { MlBomIndex } from "./ml-bom-index";
import { modelCardOf } from "./model-card";
import { uniqueSorted } from "./order";
import { canonObjectProperties, canonProperty, type CdxProperty } from "./properties";

export function modelVersionComponent(model: MlBomModelEntry, version: MlBomModelVersion, index: MlBomIndex): Draft {
  const isPromptTemplate = model.kind === "PROMPT_TEMPLATE";
  return {
    type: isPromptTemplate ? "data" : "machine-learning-model",
    "bom-ref": modelVersionRef(version.id),
    ...identity(model, version),
    description: version.description ?? model.description,
    licenses: licencesOf(model.licence),
    pedigree: pedigreeOf(version, index, new Set([version.id])),
    externalReferences: [{ type: "distribution", url: version.artifact.uri }, version.runUrl ? { type: "build-meta", url: version.runUrl } : undefined],
    modelCard: isPromptTemplate ? undefined : modelCardOf(model.kind, version),
    data: isPromptTemplate ? [{ type: "configuration", name: model.name, contents: { url: version.artifact.uri } }] : undefined,
    properties: [
      ...registryProperties(model, version),
      ...(isPromptTemplate ? canonObjectProperties("promptTemplate", version.hyperparameters) : []),
      ...gatewayProperties(model.gateway),
    ],
    tags: uniqueSorted([...model.tags, ...version.tags]),
  };
}

/** What names a version wherever it appears (in the components or as someone's ancestor). */
function identity(model: MlBomModelEntry, version: MlBomModelVersion): Draft {
  return {
    supplier: model.gateway?.provider ? { name: model.gateway.provider } : undefined,
    name: model.name,
    version: String(version.number),
    hashes: sha256Hashes(version.artifact.sha256),
  };
}

/** The chain of versions this one derives from, nearest first, each nested in its child's pedigree. */
function pedigreeOf(version: MlBomModelVersion, index: MlBomIndex, seen: Set<string>): Draft | undefined {
  if (!version.parent) return undefined;
  const { model, version: parent } = index.modelVersion(version.parent.modelVersionId);
  if (seen.has(parent.id)) throw new Error(`ML-BOM model: model version ${parent.id} is its own ancestor`);
  const relation = version.parent.relation;
  const ancestor: Draft = {
    type: model.kind === "PROMPT_TEMPLATE" ? "data" : "machine-learning-model",
    ...identity(model, parent),
    pedigree: pedigreeOf(parent, index, new Set([...seen, parent.id])),
    properties: [...canonProperty("modelVersionId", parent.id), ...canonProperty("modelVersionRef", modelVersionRef(parent.id))],
  };
  const how = relation ? relation.toLowerCase().replace("_", "-") : "derived";
  return { ancestors: [ancestor], notes: `${how} from ${model.name} version ${parent.number}` };
}

function registryProperties(model: MlBomModelEntry, version: MlBomModelVersion): CdxProperty[] {
  return [
    ...canonProperty("modelId", model.id),
    ...canonProperty("modelVersionId", version.id),
    ...canonProperty("kind", model.kind),
    ...canonProperty("source", model.source),
    ...canonProperty("status", model.status),
    ...canonProperty("stage", version.stage),
    ...canonProperty("owner", model.owner),
    ...canonProperty("parentRelation", version.parent?.relation),
    ...canonProperty("artifact:format", version.artifact.format),
    ...canonProperty("artifact:sizeBytes", version.artifact.sizeBytes),
    ...canonProperty("sourceCommit", version.sourceCommit),
    ...canonProperty("runId", version.runId),
    ...canonProperty("createdAt", version.createdAt),
    ...canonProperty("approvedAt", version.approvedAt),
  ];
}

function gatewayProperties(gateway: MlBomGateway | null): CdxProperty[] {
  if (!gateway) return [];
  return [
    ...canonProperty("gateway:provider", gateway.provider),
    ...canonProperty("gateway:providerModelId", gateway.providerModelId),
    ...canonProperty("gateway:contextWindow", gateway.contextWindow),
    ...canonProperty("gateway:maxOutputTokens", gateway.maxOutputTokens),
    ...canonProperty("gateway:inputPricePerMTok", gateway.inputPricePerMTok),
    ...canonProperty("gateway:outputPricePerMTok", gateway.outputPricePerMTok),
    ...canonProperty("gateway:supportsStreaming", gateway.supportsStreaming),
    ...canonProperty("gateway:timeoutMs", gateway.timeoutMs),
    ...canonProperty("gateway:healthStatus", gateway.healthStatus),
    ...canonProperty("gateway:deprecationDate", gateway.deprecationDate),
    ...canonProperty("gateway:capabilityTags", gateway.capabilityTags.length ? uniqueSorted(gateway.capabilityTags) : null),
    ...canonProperty("gateway:fallbackEligible", gateway.fallbackEligible),
  ];
}
