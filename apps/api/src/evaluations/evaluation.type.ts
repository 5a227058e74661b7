import { MetricDirection } from "@canon/core";
import { Field, Float, ID, ObjectType } from "type-graphql";
import { Connection } from "../graphql/connection";
import { DateTime } from "../graphql/scalars";
import "../graphql/enums";

@ObjectType({ description: "One measured value of an evaluation; pass/fail is derived from value, threshold and direction" })
export class EvaluationMetric {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => Float) value!: number;
  @Field(() => Float, { nullable: true }) threshold!: number | null;
  @Field(() => MetricDirection) direction!: MetricDirection;
  // `slice` is a field resolver: stored as "" for the whole set, exposed as null.
  slice!: string;
  @Field(() => Boolean, { nullable: true, description: "Derived: value >= threshold (higher is better) or <= (lower is better); null without a threshold" })
  passed!: boolean | null;
}

@ObjectType({ description: "A run of an evaluation suite against a model version, optionally on a dataset version" })
export class Evaluation {
  @Field(() => ID) id!: string;
  @Field(() => ID) modelVersionId!: string;
  @Field(() => ID, { nullable: true }) datasetVersionId!: string | null;
  @Field(() => String) suite!: string;
  @Field(() => String, { nullable: true }) runId!: string | null;
  @Field(() => String, { nullable: true }) runUrl!: string | null;
  @Field(() => String, { nullable: true }) notes!: string | null;
  @Field(() => String, { nullable: true, description: "NIST AI RMF trustworthiness characteristic measured" }) characteristic!: string | null;
  @Field(() => Boolean, { description: "Derived: every metric that has a threshold passed" }) passed!: boolean;
  @Field(() => [EvaluationMetric], { description: "By name, then slice" }) metrics!: EvaluationMetric[];
  @Field(() => DateTime) evaluatedAt!: Date;
  @Field(() => String, { nullable: true }) createdById!: string | null;
  @Field(() => DateTime) createdAt!: Date;
}

export const EvaluationConnection = Connection("Evaluation", Evaluation);
