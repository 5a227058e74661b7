import { DeploymentGateMode, Environment } from "@canon/core";
import { Field, Float, ID, ObjectType } from "type-graphql";
import { Connection } from "../graphql/connection";
import { DateTime, JSON } from "../graphql/scalars";
import "../graphql/enums";

@ObjectType({ description: "What (a model version or a release) runs where, with which traffic share, from when until when" })
export class Deployment {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true }) modelVersionId!: string | null;
  @Field(() => ID, { nullable: true }) releaseId!: string | null;
  @Field(() => Environment) environment!: Environment;
  @Field(() => String) target!: string;
  @Field(() => String, { nullable: true }) region!: string | null;
  @Field(() => Float, { description: "Share of the target's traffic, 0..1" }) trafficShare!: number;
  @Field(() => DateTime) startedAt!: Date;
  @Field(() => DateTime, { nullable: true }) endedAt!: Date | null;
  @Field(() => String, { nullable: true }) endReason!: string | null;
  @Field(() => String, { nullable: true, description: "The person (user id) who recorded it" }) deployedById!: string | null;
  @Field(() => Boolean, { description: "Recorded although it was not approved for its environment (gate mode RECORD_AND_FLAG)" }) policyViolation!: boolean;
  @Field(() => JSON, { description: "The gate rules it broke: [{ rule, message }] (empty when none)" }) violations!: unknown;
  @Field(() => DateTime) createdAt!: Date;
}

@ObjectType({ description: "What happens to a deployment into an environment of something not approved for it" })
export class DeploymentGate {
  @Field(() => Environment) environment!: Environment;
  @Field(() => DeploymentGateMode, {
    description:
      "ENFORCE refuses it; RECORD_AND_FLAG keeps it as a policy violation (audited, webhook deployment.policy_violation, listed); OPEN (STAGING only) allows it",
  })
  mode!: DeploymentGateMode;
  @Field(() => Boolean, { description: "The built-in default (PRODUCTION ENFORCE, STAGING OPEN)" }) isDefault!: boolean;
  @Field(() => DateTime, { nullable: true }) updatedAt!: Date | null;
}

export const DeploymentConnection = Connection("Deployment", Deployment);
