// A release and its components as a zod schema; every refusal names its field, before any write.
import { ComponentRole } from "@canon/db";
import { z } from "zod";
import { id, jsonObject, LIMITS, optionalText } from "../shared/input";

export const COMPONENT_ROLES = Object.values(ComponentRole);
export const MAX_COMPONENTS = 50;

export const releaseComponentInput = z
  .object({
    role: z.enum(ComponentRole),
    /** A model version of the registry (same organisation). */
    modelVersionId: optionalText(100),
    /** Anything outside the registry: a prompt file at a commit, an index snapshot, a provider model id. */
    externalRef: optionalText(LIMITS.uri),
    name: optionalText(LIMITS.name),
    config: jsonObject(16_000).nullish(),
  })
  .superRefine((c, ctx) => {
    if (!c.modelVersionId && !c.externalRef)
      ctx.addIssue({ code: "custom", path: ["modelVersionId"], message: "a component needs a modelVersionId or an externalRef" });
  });
export type ReleaseComponentInput = z.input<typeof releaseComponentInput>;

export const createReleaseInput = z.object({
  systemId: id,
  name: optionalText(LIMITS.name),
  description: optionalText(),
  /** In order; at least one. */
  components: z.array(releaseComponentInput).min(1, "at least one component is required").max(MAX_COMPONENTS, `at most ${MAX_COMPONENTS} components`),
});
export type CreateReleaseInput = z.input<typeof createReleaseInput>;

/** Column values of the release and its components (positioned in the given order). */
export function releaseData(i: z.output<typeof createReleaseInput>) {
  return {
    systemId: i.systemId,
    name: i.name ?? null,
    description: i.description ?? null,
    components: i.components.map((c, position) => ({
      role: c.role,
      position,
      modelVersionId: c.modelVersionId ?? null,
      externalRef: c.externalRef ?? null,
      name: c.name ?? null,
      config: (c.config ?? {}) as object,
    })),
  };
}
