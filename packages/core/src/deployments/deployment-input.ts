// Validation of a deployment record, before any write.
import type { Environment } from "@canon/db";
import { invalid } from "../shared/errors";
import { dateValue, LIMITS, numberInRange, oneOf, optionalText, requiredText } from "../shared/validate";

export const ENVIRONMENTS: Environment[] = ["DEVELOPMENT", "STAGING", "PRODUCTION"];

export interface RecordDeploymentInput {
  /** What runs: exactly one of a model version or a release. */
  modelVersionId?: string | null;
  releaseId?: string | null;
  environment: Environment;
  /** Where it runs: a cluster, endpoint, service or product surface. */
  target: string;
  region?: string | null;
  /** Share of the target's traffic served, 0..1 (default 1). */
  trafficShare?: number | null;
  startedAt?: Date | string | null;
}

export function validateDeployment(i: RecordDeploymentInput) {
  const modelVersionId = optionalText("modelVersionId", i.modelVersionId, 100) ?? null;
  const releaseId = optionalText("releaseId", i.releaseId, 100) ?? null;
  if (modelVersionId && releaseId) throw invalid("releaseId", "give either modelVersionId or releaseId, not both");
  if (!modelVersionId && !releaseId) throw invalid("modelVersionId", "either modelVersionId or releaseId is required");
  const environment = oneOf("environment", i.environment, ENVIRONMENTS);
  if (!environment) throw invalid("environment", "is required");
  return {
    modelVersionId,
    releaseId,
    environment,
    target: requiredText("target", i.target, LIMITS.name),
    region: optionalText("region", i.region, 100) ?? null,
    trafficShare: numberInRange("trafficShare", i.trafficShare, 0, 1) ?? 1,
    startedAt: dateValue("startedAt", i.startedAt) ?? new Date(),
  };
}
