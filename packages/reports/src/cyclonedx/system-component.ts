// An AI system as a CycloneDX `application` component, its releases nested in it (each an `application`
// named after the system, versioned by release number), and each release's stack: a component pointing
// at a registered model version is a dependency of the release (dependencies.ts); one outside the
// registry (an index, a guardrail service, a hosted prompt) is nested in the release. Every stack entry's
// position, role and configuration are "canon:stack:<position>:…" properties of the release; a prompt
// template's configuration is named "promptTemplate", any other's "config".
import type { MlBomRelease, MlBomReleaseComponent, MlBomSystem, ComponentRoleValue } from "../model/ml-bom";
import { modelVersionRef, releaseComponentRef, releaseRef, systemRef } from "./bom-refs";
import type { Draft } from "./draft";
import { orderedReleases } from "./ml-bom-order";
import { sortedBy } from "./order";
import { canonObjectProperties, canonProperty, type CdxProperty } from "./properties";

/** The CycloneDX component type of a stack entry outside the registry, and its `data` type when it is data. */
const EXTERNAL_TYPE: Record<ComponentRoleValue, { type: string; dataType?: string }> = {
  BASE_MODEL: { type: "machine-learning-model" },
  ADAPTER: { type: "machine-learning-model" },
  EMBEDDING_MODEL: { type: "machine-learning-model" },
  RERANKER: { type: "machine-learning-model" },
  GUARDRAIL: { type: "machine-learning-model" },
  PROMPT_TEMPLATE: { type: "data", dataType: "configuration" },
  RETRIEVAL_INDEX: { type: "data", dataType: "dataset" },
  EVAL_SUITE: { type: "data", dataType: "definition" },
  OTHER: { type: "data", dataType: "other" },
};

export function systemComponent(system: MlBomSystem): Draft {
  return {
    type: "application",
    "bom-ref": systemRef(system.id),
    name: system.name,
    description: system.description ?? system.intendedPurpose,
    components: orderedReleases(system).map((release) => releaseComponent(system, release)),
    properties: [
      ...canonProperty("systemId", system.id),
      ...canonProperty("reference", system.reference),
      ...canonProperty("intendedPurpose", system.intendedPurpose),
      ...canonProperty("lifecycleStatus", system.lifecycleStatus),
      ...canonProperty("riskTier", system.riskTier),
    ],
  };
}

/** The bom-ref a release depends on for one stack entry. */
export const stackEntryRef = (entry: MlBomReleaseComponent) => (entry.modelVersionId ? modelVersionRef(entry.modelVersionId) : releaseComponentRef(entry.id));

export const releaseStack = (release: MlBomRelease) =>
  sortedBy(
    release.components,
    (c) => c.position,
    (c) => c.id,
  );

function releaseComponent(system: MlBomSystem, release: MlBomRelease): Draft {
  const stack = releaseStack(release);
  return {
    type: "application",
    "bom-ref": releaseRef(release.id),
    name: release.name ?? `${system.name} release ${release.number}`,
    version: String(release.number),
    description: release.description,
    components: stack.filter((entry) => !entry.modelVersionId).map(externalComponent),
    properties: [
      ...canonProperty("releaseId", release.id),
      ...canonProperty("stage", release.stage),
      ...canonProperty("createdAt", release.createdAt),
      ...canonProperty("approvedAt", release.approvedAt),
      ...stack.flatMap(stackProperties),
    ],
  };
}

const configPrefix = (entry: MlBomReleaseComponent) => (entry.role === "PROMPT_TEMPLATE" ? "promptTemplate" : "config");

function stackProperties(entry: MlBomReleaseComponent): CdxProperty[] {
  const at = `stack:${entry.position}`;
  return [
    ...canonProperty(`${at}:role`, entry.role),
    ...canonProperty(`${at}:ref`, stackEntryRef(entry)),
    ...canonProperty(`${at}:name`, entry.name),
    ...canonProperty(`${at}:externalRef`, entry.externalRef),
    ...canonObjectProperties(`${at}:${configPrefix(entry)}`, entry.config),
  ];
}

function externalComponent(entry: MlBomReleaseComponent): Draft {
  const { type, dataType } = EXTERNAL_TYPE[entry.role];
  const name = entry.name ?? entry.externalRef ?? `${entry.role.toLowerCase()} ${entry.position}`;
  return {
    type,
    "bom-ref": releaseComponentRef(entry.id),
    name,
    data: dataType ? [{ type: dataType, name }] : undefined,
    properties: [
      ...canonProperty("releaseComponentId", entry.id),
      ...canonProperty("role", entry.role),
      ...canonProperty("position", entry.position),
      ...canonProperty("externalRef", entry.externalRef),
      ...canonObjectProperties(configPrefix(entry), entry.config),
    ],
  };
}
