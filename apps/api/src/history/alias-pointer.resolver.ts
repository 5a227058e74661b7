import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../graphql/context";
import { modelById } from "../models/model.loaders";
import { Model } from "../models/model.type";
import { modelVersionById } from "../versions/model-version.loaders";
import { ModelVersion } from "../versions/model-version.type";
import { AliasPointer } from "./production-snapshot.type";

@Resolver(() => AliasPointer)
export class AliasPointerResolver {
  @FieldResolver(() => Model)
  model(@Root() pointer: AliasPointer, @Ctx() ctx: Context) {
    return modelById(ctx).load(pointer.modelId);
  }

  @FieldResolver(() => ModelVersion, { description: "The version the alias pointed to" })
  version(@Root() pointer: AliasPointer, @Ctx() ctx: Context) {
    return modelVersionById(ctx).load(pointer.versionId);
  }
}
