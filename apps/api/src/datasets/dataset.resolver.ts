import * as core from "@canon/core";
import { MAX_LATEST_DATASET_VERSIONS, Permission } from "@canon/core";
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, registerEnumType, Resolver, Root } from "type-graphql";
import { Allow } from "../graphql/allow";
import { toConnection } from "../graphql/connection";
import type { Context } from "../graphql/context";
import { PageArgs } from "../graphql/page-args";
import { latestDatasetVersions } from "./dataset.loaders";
import { CreateDatasetInput, DatasetFieldsInput, DatasetFilter, DatasetOrder, DatasetSortField } from "./dataset.input";
import { Dataset, DatasetConnection, DatasetVersion } from "./dataset.type";

registerEnumType(DatasetSortField, { name: "DatasetSortField" });

@Resolver(() => Dataset)
export class DatasetResolver {
  @Allow(Permission.READ)
  @Query(() => Dataset, { description: "One dataset of the caller's organisation" })
  dataset(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return core.getDataset({ actor: ctx.actor!, id });
  }

  @Allow(Permission.READ)
  @Query(() => DatasetConnection)
  async datasets(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("filter", () => DatasetFilter, { nullable: true }) filter?: DatasetFilter,
    @Arg("orderBy", () => DatasetOrder, { nullable: true }) orderBy?: DatasetOrder,
  ) {
    return toConnection(await core.listDatasets({ actor: ctx.actor!, filter, orderBy, page }));
  }

  @Allow(Permission.WRITE)
  @Mutation(() => Dataset)
  createDataset(@Ctx() ctx: Context, @Arg("input", () => CreateDatasetInput) input: CreateDatasetInput) {
    return core.createDataset({ actor: ctx.actor!, input });
  }

  @Allow(Permission.WRITE)
  @Mutation(() => Dataset)
  updateDataset(@Ctx() ctx: Context, @Arg("id", () => ID) id: string, @Arg("input", () => DatasetFieldsInput) input: DatasetFieldsInput) {
    return core.updateDataset({ actor: ctx.actor!, id, input });
  }

  @FieldResolver(() => [DatasetVersion], {
    description: `The newest versions, newest first (at most ${MAX_LATEST_DATASET_VERSIONS}); page through all with datasetVersions`,
  })
  versions(@Root() dataset: Dataset, @Ctx() ctx: Context, @Arg("latest", () => Int, { defaultValue: 5 }) latest: number) {
    const count = Math.max(1, Math.min(MAX_LATEST_DATASET_VERSIONS, latest));
    return latestDatasetVersions(ctx, count).load({ id: dataset.id, latestVersionNumber: dataset.latestVersionNumber });
  }
}
