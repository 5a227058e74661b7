import * as core from "@canon/core";
import { Permission } from "@canon/core";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../graphql/allow";
import { toConnection } from "../graphql/connection";
import type { Context } from "../graphql/context";
import { SortDirection } from "../graphql/enums";
import { PageArgs } from "../graphql/page-args";
import { datasetById } from "./dataset.loaders";
import { CreateDatasetVersionInput } from "./dataset.input";
import { Dataset, DatasetVersion, DatasetVersionConnection } from "./dataset.type";

@Resolver(() => DatasetVersion)
export class DatasetVersionResolver {
  @Allow(Permission.READ)
  @Query(() => DatasetVersion, { description: "One dataset version of the caller's organisation" })
  datasetVersion(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return core.getDatasetVersion({ actor: ctx.actor!, id });
  }

  @Allow(Permission.READ)
  @Query(() => DatasetVersionConnection, { description: "The versions of one dataset, newest first by default" })
  async datasetVersions(
    @Ctx() ctx: Context,
    @Arg("datasetId", () => ID) datasetId: string,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("direction", () => SortDirection, { nullable: true }) direction?: SortDirection,
  ) {
    return toConnection(await core.listDatasetVersions({ actor: ctx.actor!, datasetId, direction, page }));
  }

  @Allow(Permission.WRITE)
  @Mutation(() => DatasetVersion, { description: "Registers the next version of a dataset (numbers are assigned atomically)" })
  createDatasetVersion(@Ctx() ctx: Context, @Arg("input", () => CreateDatasetVersionInput) input: CreateDatasetVersionInput) {
    return core.createDatasetVersion({ actor: ctx.actor!, input });
  }

  @FieldResolver(() => Dataset)
  dataset(@Root() version: DatasetVersion, @Ctx() ctx: Context) {
    return datasetById(ctx).load(version.datasetId);
  }
}
