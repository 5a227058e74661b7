// Validation of a release and its components, before any write.
import type { ComponentRole } from "@canon/db";
import { invalid } from "../shared/errors";
import { jsonObject, LIMITS, oneOf, optionalText, requiredText } from "../shared/validate";

export const COMPONENT_ROLES: ComponentRole[] = [
  "BASE_MODEL", "ADAPTER", "PROMPT_TEMPLATE", "EMBEDDING_MODEL", "RETRIEVAL_INDEX", "RERANKER", "GUARDRAIL", "EVAL_SUITE", "OTHER",
];
export const MAX_COMPONENTS = 50;

export interface ReleaseComponentInput {
  role: ComponentRole;
  /** A model version of the registry (same organisation). */
  modelVersionId?: string | null;
  /** Anything outside the registry: a prompt file at a commit, an index snapshot, a provider model id. */
  externalRef?: string | null;
  name?: string | null;
  config?: Record<string, unknown> | null;
}

export interface CreateReleaseInput {
  systemId: string;
  name?: string | null;
  description?: string | null;
  components: ReleaseComponentInput[];
}

export function validateComponents(components: ReleaseComponentInput[] | null | undefined) {
  if (!components || components.length === 0) throw invalid("components", "at least one component is required");
  if (components.length > MAX_COMPONENTS) throw invalid("components", `at most ${MAX_COMPONENTS} components`);
  return components.map((c, i) => {
    const role = oneOf(`components.${i}.role`, c.role, COMPONENT_ROLES);
    if (!role) throw invalid(`components.${i}.role`, "is required");
    const modelVersionId = optionalText(`components.${i}.modelVersionId`, c.modelVersionId, 100) ?? null;
    const externalRef = optionalText(`components.${i}.externalRef`, c.externalRef, LIMITS.uri) ?? null;
    if (!modelVersionId && !externalRef) throw invalid(`components.${i}.modelVersionId`, "a component needs a modelVersionId or an externalRef");
    const name = optionalText(`components.${i}.name`, c.name, LIMITS.name) ?? null;
    const config = jsonObject(`components.${i}.config`, c.config, 16_000) ?? {};
    return { role, position: i, modelVersionId, externalRef, name, config: config as object };
  });
}

export function validateRelease(i: CreateReleaseInput) {
  return {
    systemId: requiredText("systemId", i.systemId, 100),
    name: optionalText("name", i.name, LIMITS.name) ?? null,
    description: optionalText("description", i.description) ?? null,
    components: validateComponents(i.components),
  };
}
