import { Environment } from "@canon/core";
import { Field, Float, ID, InputType } from "type-graphql";
import { DateTime } from "../graphql/scalars";
import "../graphql/enums";

@InputType({ description: "Give exactly one of modelVersionId and releaseId" })
export class RecordDeploymentInput {
  @Field(() => ID, { nullable: true }) modelVersionId?: string | null;
  @Field(() => ID, { nullable: true }) releaseId?: string | null;
  @Field(() => Environment) environment!: Environment;
  @Field(() => String, { description: "Cluster, endpoint, service or product surface" }) target!: string;
  @Field(() => String, { nullable: true }) region?: string | null;
  @Field(() => Float, { nullable: true, description: "0..1; defaults to 1" }) trafficShare?: number | null;
  @Field(() => DateTime, { nullable: true, description: "Defaults to now" }) startedAt?: Date | null;
}

@InputType()
export class DeploymentFilter {
  @Field(() => Environment, { nullable: true }) environment?: Environment | null;
  @Field(() => Boolean, { nullable: true, description: "Only deployments that have not ended" }) activeOnly?: boolean | null;
  @Field(() => DateTime, { nullable: true, description: "Only deployments running at this instant" }) activeAt?: Date | null;
  @Field(() => ID, { nullable: true }) modelVersionId?: string | null;
  @Field(() => ID, { nullable: true }) releaseId?: string | null;
  @Field(() => String, { nullable: true }) target?: string | null;
  @Field(() => Boolean, { nullable: true, description: "true: only deployments recorded in violation of the gate; false: only those without" })
  policyViolation?: boolean | null;
}
