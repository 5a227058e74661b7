// Nested fields of ModelVersion, each through a per-request DataLoader (no N+1).
import { Ctx, FieldResolver, Float, Resolver, Root } from "type-graphql";
import type { Context } from "../graphql/context";
import { modelById } from "../models/model.loaders";
import { Model } from "../models/model.type";
import { ModelVersionLineage } from "./model-version-lineage.type";
import { modelVersionById, modelVersionLineage, modelVersionTags } from "./model-version.loaders";
import { ModelVersion } from "./model-version.type";

@Resolver(() => ModelVersion)
export class ModelVersionFieldsResolver {
  @FieldResolver(() => Float, { nullable: true, description: "Artifact size in bytes" })
  artifactSize(@Root() version: ModelVersion) {
    return version.artifactSize === null || version.artifactSize === undefined ? null : Number(version.artifactSize);
  }

  @FieldResolver(() => Model)
  model(@Root() version: ModelVersion, @Ctx() ctx: Context) {
    return modelById(ctx).load(version.modelId);
  }

  @FieldResolver(() => ModelVersion, { nullable: true, description: "The version this one was fine-tuned, adapted, quantised… from" })
  parent(@Root() version: ModelVersion, @Ctx() ctx: Context) {
    return version.parentVersionId ? modelVersionById(ctx).load(version.parentVersionId) : null;
  }

  @FieldResolver(() => [ModelVersionLineage], { description: "Dataset versions used for training, validation, test…" })
  lineage(@Root() version: ModelVersion, @Ctx() ctx: Context) {
    return modelVersionLineage(ctx).load(version.id);
  }

  @FieldResolver(() => [String])
  tags(@Root() version: ModelVersion, @Ctx() ctx: Context) {
    return modelVersionTags(ctx).load(version.id);
  }
}
