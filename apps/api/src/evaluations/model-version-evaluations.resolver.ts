// Evaluation fields on ModelVersion, batched per request (statement count independent of page size).
import type { GraphQLResolveInfo } from "graphql";
import { Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { Context } from "../graphql/context";
import { ModelVersion } from "../versions/model-version.type";
import { evaluationsOfVersion, latestEvaluationsOfVersion } from "./evaluation.loaders";
import { Evaluation } from "./evaluation.type";

@Resolver(() => ModelVersion)
export class ModelVersionEvaluationsResolver {
  @FieldResolver(() => [Evaluation], { description: "Every evaluation of this version, newest first" })
  evaluations(@Root() version: ModelVersion, @Ctx() ctx: Context) {
    return evaluationsOfVersion(ctx).load(version.id);
  }

  @FieldResolver(() => [Evaluation], { description: "The most recent evaluation of each suite, by suite name" })
  latestEvaluations(@Root() version: ModelVersion, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return latestEvaluationsOfVersion(ctx, info).load(version.id);
  }
}
