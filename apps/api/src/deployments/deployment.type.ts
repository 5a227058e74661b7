import { Environment } from "@canon/db";
import { Field, Float, ID, ObjectType } from "type-graphql";
import { Connection } from "../graphql/connection";
import { DateTime } from "../graphql/scalars";
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
  @Field(() => String, { nullable: true }) deployedById!: string | null;
  @Field(() => DateTime) createdAt!: Date;
}

export const DeploymentConnection = Connection("Deployment", Deployment);
