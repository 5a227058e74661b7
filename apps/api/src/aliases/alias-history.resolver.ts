import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../graphql/context";
import { modelVersionById } from "../versions/model-version.loaders";
import { ModelVersion } from "../versions/model-version.type";
import { AliasHistoryEntry } from "./alias.type";

@Resolver(() => AliasHistoryEntry)
export class AliasHistoryResolver {
  @FieldResolver(() => ModelVersion, { nullable: true })
  fromVersion(@Root() entry: AliasHistoryEntry, @Ctx() ctx: Context) {
    return entry.fromVersionId ? modelVersionById(ctx).load(entry.fromVersionId) : null;
  }

  @FieldResolver(() => ModelVersion, { nullable: true })
  toVersion(@Root() entry: AliasHistoryEntry, @Ctx() ctx: Context) {
    return entry.toVersionId ? modelVersionById(ctx).load(entry.toVersionId) : null;
  }
}
