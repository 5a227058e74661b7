import { MetricDirection } from "@canon/core";
import { Field, Float, ID, InputType } from "type-graphql";
import { DateTime } from "../graphql/scalars";
import "../graphql/enums";

@InputType({ description: "A measured value; pass/fail is derived, never given" })
export class MetricInput {
  @Field(() => String) name!: string;
  @Field(() => Float) value!: number;
  @Field(() => Float, { nullable: true, description: "Without a threshold the metric is informative only" }) threshold?: number | null;
  @Field(() => MetricDirection, { nullable: true, defaultValue: "HIGHER_IS_BETTER" }) direction?: MetricDirection | null;
  @Field(() => String, { nullable: true, description: 'Data slice, e.g. "age>=65"; omit for the whole set. (name, slice) is unique per evaluation' }) slice?:
    string | null;
}

@InputType()
export class RecordEvaluationInput {
  @Field(() => ID) modelVersionId!: string;
  @Field(() => ID, { nullable: true }) datasetVersionId?: string | null;
  @Field(() => String, { description: 'Name of the evaluation suite, e.g. "fairness-v2"' }) suite!: string;
  @Field(() => String, { nullable: true }) runId?: string | null;
  @Field(() => String, { nullable: true }) runUrl?: string | null;
  @Field(() => String, { nullable: true }) notes?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      "NIST AI RMF trustworthiness characteristic measured: VALID_RELIABLE, SAFE, SECURE_RESILIENT, ACCOUNTABLE_TRANSPARENT, EXPLAINABLE_INTERPRETABLE, PRIVACY_ENHANCED or FAIR",
  })
  characteristic?: string | null;
  @Field(() => DateTime, { nullable: true, description: "When the run happened; defaults to now" }) evaluatedAt?: Date | null;
  @Field(() => [MetricInput]) metrics!: MetricInput[];
}

@InputType()
export class EvaluationFilter {
  @Field(() => ID, { nullable: true }) modelVersionId?: string | null;
  @Field(() => ID, { nullable: true }) datasetVersionId?: string | null;
  @Field(() => String, { nullable: true }) suite?: string | null;
  @Field(() => Boolean, { nullable: true }) passed?: boolean | null;
}
