import * as core from "@canon/core";
import { Permission } from "@canon/core";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { datasetVersionById } from "../datasets/dataset.loaders";
import { DatasetVersion } from "../datasets/dataset.type";
import { Allow } from "../graphql/allow";
import { toConnection } from "../graphql/connection";
import type { Context } from "../graphql/context";
import { PageArgs } from "../graphql/page-args";
import { modelVersionById } from "../versions/model-version.loaders";
import { ModelVersion } from "../versions/model-version.type";
import { EvaluationFilter, RecordEvaluationInput } from "./evaluation.input";
import { Evaluation, EvaluationConnection, EvaluationMetric } from "./evaluation.type";

@Resolver(() => Evaluation)
export class EvaluationResolver {
  @Allow(Permission.READ)
  @Query(() => Evaluation, { description: "One evaluation of the caller's organisation" })
  evaluation(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return core.getEvaluation({ actor: ctx.actor!, id });
  }

  @Allow(Permission.READ)
  @Query(() => EvaluationConnection, { description: "Evaluations, newest first" })
  async evaluations(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("filter", () => EvaluationFilter, { nullable: true }) filter?: EvaluationFilter,
  ) {
    return toConnection(await core.listEvaluations({ actor: ctx.actor!, filter, page }));
  }

  @Allow(Permission.WRITE)
  @Mutation(() => Evaluation, { description: "Record an evaluation run; metric and overall pass/fail are derived" })
  recordEvaluation(@Ctx() ctx: Context, @Arg("input", () => RecordEvaluationInput) input: RecordEvaluationInput) {
    return core.recordEvaluation({ actor: ctx.actor!, input });
  }

  @FieldResolver(() => ModelVersion, { nullable: true })
  modelVersion(@Root() evaluation: Evaluation, @Ctx() ctx: Context) {
    return modelVersionById(ctx).load(evaluation.modelVersionId);
  }

  @FieldResolver(() => DatasetVersion, { nullable: true })
  datasetVersion(@Root() evaluation: Evaluation, @Ctx() ctx: Context) {
    return evaluation.datasetVersionId ? datasetVersionById(ctx).load(evaluation.datasetVersionId) : null;
  }
}

@Resolver(() => EvaluationMetric)
export class EvaluationMetricResolver {
  @FieldResolver(() => String, { nullable: true, description: "The data slice; null for the whole set" })
  slice(@Root() metric: EvaluationMetric) {
    return metric.slice || null;
  }
}
