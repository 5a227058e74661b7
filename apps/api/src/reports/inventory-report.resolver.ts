import * as core from "@canon/core";
import { Permission } from "@canon/core";
import { Arg, Ctx, ID, Mutation, registerEnumType, Resolver } from "type-graphql";
import { Allow } from "../graphql/allow";
import { DateTime } from "../graphql/scalars";
import type { Context } from "../graphql/context";
import { Job, toJob } from "../jobs/job.type";
import { inventoryReportJob } from "./inventory-report.job";

export enum InventoryReportFormat {
  PDF = "PDF",
  XLSX = "XLSX",
}
registerEnumType(InventoryReportFormat, { name: "InventoryReportFormat" });

@Resolver()
export class InventoryReportResolver {
  @Allow(Permission.READ)
  @Mutation(() => Job, {
    description:
      "Request the AI inventory report (as of an instant, default now; the whole organisation or some systems) as PDF or XLSX: a job whose output is the file",
  })
  async requestInventoryReport(
    @Ctx() ctx: Context,
    @Arg("format", () => InventoryReportFormat) format: InventoryReportFormat,
    @Arg("asOf", () => DateTime, { nullable: true }) asOf?: Date | null,
    @Arg("systemIds", () => [ID], { nullable: true, description: "Only these systems (default: the whole organisation)" }) systemIds?: string[] | null,
  ) {
    const { job } = await core.requestReport({
      actor: ctx.actor!,
      jobKind: inventoryReportJob.kind,
      reportKind: "inventory",
      format,
      asOf,
      systemIds,
      jobInput: { format, ...(systemIds?.length ? { systemIds } : {}) },
    });
    return toJob(job);
  }
}
