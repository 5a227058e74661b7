// requestMlBom: the CycloneDX ML-BOM of the organisation or some systems as of an instant, as a job whose
// output is the .cdx.json file; the request is recorded as a report run (kind "ml-bom", format CYCLONEDX).
import * as core from "@canon/core";
import { Permission } from "@canon/core";
import { Arg, Ctx, ID, Mutation, registerEnumType, Resolver } from "type-graphql";
import { Allow } from "../graphql/allow";
import { DateTime } from "../graphql/scalars";
import type { Context } from "../graphql/context";
import { Job, toJob } from "../jobs/job.type";
import { mlBomJob } from "./ml-bom.job";

export enum CycloneDxSpecVersion {
  V1_6 = "1.6",
  V1_7 = "1.7",
}
registerEnumType(CycloneDxSpecVersion, { name: "CycloneDxSpecVersion", description: "A CycloneDX specification version the ML-BOM can be written in" });

@Resolver()
export class MlBomResolver {
  @Allow(Permission.READ)
  @Mutation(() => Job, {
    description:
      "Request the CycloneDX ML-BOM (systems, releases, model versions with model cards, dataset versions, lineage) as of an instant (default now), for the whole organisation or some systems: a job whose output is the .cdx.json file, recorded as a report run",
  })
  async requestMlBom(
    @Ctx() ctx: Context,
    @Arg("specVersion", () => CycloneDxSpecVersion) specVersion: CycloneDxSpecVersion,
    @Arg("asOf", () => DateTime, { nullable: true }) asOf?: Date | null,
    @Arg("systemIds", () => [ID], { nullable: true }) systemIds?: string[] | null,
  ) {
    const { job } = await core.requestReport({
      actor: ctx.actor!,
      jobKind: mlBomJob.kind,
      reportKind: "ml-bom",
      format: "CYCLONEDX",
      asOf,
      systemIds,
      jobInput: { specVersion, ...(systemIds?.length ? { systemIds } : {}) },
    });
    return toJob(job);
  }
}
