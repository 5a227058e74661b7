// The models of an ML-BOM: each model that has a version in scope, with those versions. What the registry
// records about a model (kind, source, owner, tags) and, for a model served through a provider, its
// gateway metadata. The registry keeps no licence for a model, so none is stated.
import type { HealthStatusValue, MlBomGateway, MlBomModelEntry, ModelKindValue, ModelSourceValue, ModelStatusValue } from "@canon/reports";
import type { AuditRecord, ComplianceRecords } from "../../gaps/compliance-records";
import { ownerLabel } from "../build-inventory";
import { bool, date, num, strings, text } from "./ml-bom-fields";
import { modelVersionEntry } from "./model-version-entry";

export function modelEntries(records: ComplianceRecords, versionIds: Set<string>, evaluations: Map<string, AuditRecord[]>): MlBomModelEntry[] {
  const cards = new Map([...records.modelCards.values()].map((c) => [text(c, "modelVersionId") ?? "", c]));
  const versionsByModel = new Map<string, AuditRecord[]>();
  for (const id of versionIds) {
    const version = records.versions.get(id);
    const modelId = text(version, "modelId");
    if (version && modelId) versionsByModel.set(modelId, [...(versionsByModel.get(modelId) ?? []), version]);
  }
  return [...versionsByModel].flatMap(([modelId, versions]) => {
    const model = records.models.get(modelId);
    if (!model) return [];
    return [
      {
        ...modelFields(records, model),
        versions: versions.map((v) => modelVersionEntry(v, evaluations.get(v.id as string) ?? [], cards.get(v.id as string))),
      },
    ];
  });
}

function modelFields(records: ComplianceRecords, model: AuditRecord): Omit<MlBomModelEntry, "versions"> {
  return {
    id: model.id as string,
    name: text(model, "name") ?? "",
    kind: (text(model, "kind") ?? "OTHER") as ModelKindValue,
    source: (text(model, "source") ?? "INTERNAL") as ModelSourceValue,
    status: (text(model, "status") ?? "ACTIVE") as ModelStatusValue,
    description: text(model, "description"),
    owner: ownerLabel(records, text(model, "ownerId")),
    licence: null,
    tags: strings(model, "tags"),
    gateway: gatewayOf(model),
  };
}

/** Gateway metadata of a model served through a provider (source PROVIDER_HOSTED, or a provider named). */
function gatewayOf(model: AuditRecord): MlBomGateway | null {
  if (text(model, "source") !== "PROVIDER_HOSTED" && !text(model, "provider")) return null;
  return {
    provider: text(model, "provider"),
    providerModelId: text(model, "providerModelId"),
    contextWindow: num(model, "contextWindow"),
    maxOutputTokens: num(model, "maxOutputTokens"),
    inputPricePerMTok: num(model, "inputPricePerMTok"),
    outputPricePerMTok: num(model, "outputPricePerMTok"),
    supportsStreaming: typeof model.supportsStreaming === "boolean" ? model.supportsStreaming : null,
    timeoutMs: num(model, "timeoutMs"),
    healthStatus: (text(model, "healthStatus") ?? "UNKNOWN") as HealthStatusValue,
    deprecationDate: date(model, "deprecationDate"),
    capabilityTags: strings(model, "capabilityTags"),
    fallbackEligible: bool(model, "fallbackEligible"),
  };
}
