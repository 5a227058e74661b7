// The fields of a model shared by create and update, as a zod schema; plus the rule that needs the
// whole model (a provider-hosted model names its provider and the provider's model id).
import { HealthStatus, ModelKind, ModelSource, ModelStatus } from "@canon/db";
import { z } from "zod";
import { invalid } from "../shared/errors";
import { dateTime, defined, intInRange, INT_MAX, numberInRange, optionalEnum, optionalId, optionalText, requiredText, stringList, tags } from "../shared/input";

const PRICE_MAX = 1_000_000;

/** Every field optional: undefined = leave unchanged, null = clear. */
export const modelFieldsInput = z.object({
  name: requiredText(200).optional(),
  kind: optionalEnum(ModelKind),
  source: optionalEnum(ModelSource),
  status: optionalEnum(ModelStatus),
  description: optionalText(),
  ownerId: optionalId,
  systemId: optionalId,
  tags: tags.nullish(),
  provider: optionalText(100),
  providerModelId: optionalText(200),
  contextWindow: intInRange(1, INT_MAX).nullish(),
  maxOutputTokens: intInRange(1, INT_MAX).nullish(),
  inputPricePerMTok: numberInRange(0, PRICE_MAX).nullish(),
  outputPricePerMTok: numberInRange(0, PRICE_MAX).nullish(),
  supportsStreaming: z.boolean().nullish(),
  timeoutMs: intInRange(1, INT_MAX).nullish(),
  healthStatus: optionalEnum(HealthStatus),
  deprecationDate: dateTime.nullish(),
  capabilityTags: stringList().nullish(),
  fallbackEligible: z.boolean().nullish(),
});
export type ModelFieldsInput = z.input<typeof modelFieldsInput>;

/** Column values (undefined = leave unchanged) and the tag list (undefined = leave unchanged). */
export function modelData(input: z.output<typeof modelFieldsInput>) {
  const { tags: tagList, capabilityTags, fallbackEligible, ...rest } = input;
  const data = defined({ ...rest, capabilityTags: capabilityTags ?? undefined, fallbackEligible: fallbackEligible ?? undefined });
  return { data, tags: tagList ?? undefined };
}

/** A provider-hosted model must say which provider serves it and under which model id. */
export function assertHostedModel(model: { source: ModelSource; provider?: string | null; providerModelId?: string | null }) {
  if (model.source !== "PROVIDER_HOSTED") return;
  if (!model.provider) throw invalid("provider", "is required when source is PROVIDER_HOSTED");
  if (!model.providerModelId) throw invalid("providerModelId", "is required when source is PROVIDER_HOSTED");
}
