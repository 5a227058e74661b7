// A deployment record as a zod schema, and the rule that needs both references; before any write.
import { Environment } from "@canon/db";
import { z } from "zod";
import { invalid } from "../shared/errors";
import { dateTime, LIMITS, numberInRange, optionalText, requiredText } from "../shared/input";

export const ENVIRONMENTS = Object.values(Environment);

export const recordDeploymentInput = z.object({
  /** What runs: exactly one of a model version or a release. */
  modelVersionId: optionalText(100),
  releaseId: optionalText(100),
  environment: z.enum(Environment),
  /** Where it runs: a cluster, endpoint, service or product surface. */
  target: requiredText(LIMITS.name),
  region: optionalText(100),
  /** Share of the target's traffic served, 0..1 (default 1). */
  trafficShare: numberInRange(0, 1).nullish(),
  /** Default now. */
  startedAt: dateTime.nullish(),
});
export type RecordDeploymentInput = z.input<typeof recordDeploymentInput>;

/** Column values of a deployment; exactly one of modelVersionId and releaseId. */
export function deploymentData(i: z.output<typeof recordDeploymentInput>) {
  const modelVersionId = i.modelVersionId ?? null;
  const releaseId = i.releaseId ?? null;
  if (modelVersionId && releaseId) throw invalid("releaseId", "give either modelVersionId or releaseId, not both");
  if (!modelVersionId && !releaseId) throw invalid("modelVersionId", "either modelVersionId or releaseId is required");
  return {
    modelVersionId,
    releaseId,
    environment: i.environment,
    target: i.target,
    region: i.region ?? null,
    trafficShare: i.trafficShare ?? 1,
    startedAt: i.startedAt ?? new Date(),
  };
}
