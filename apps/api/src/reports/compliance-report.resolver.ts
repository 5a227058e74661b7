import * as core from "@canon/core";
import { Permission } from "@canon/core";
import { Arg, Ctx, ID, Mutation, registerEnumType, Resolver } from "type-graphql";
import { Allow } from "../graphql/allow";
import { DateTime } from "../graphql/scalars";
import type { Context } from "../graphql/context";
import { Job, toJob } from "../jobs/job.type";
import { complianceReportJob } from "./compliance-report.job";

export enum ComplianceReportKind {
  EU_AI_ACT = "eu-ai-act",
  ISO_42001 = "iso-42001",
  NIST_AI_RMF = "nist-ai-rmf",
}
registerEnumType(ComplianceReportKind, { name: "ComplianceReportKind", description: "Which framework report" });

export enum ComplianceReportFormat {
  PDF = "PDF",
  XLSX = "XLSX",
}
registerEnumType(ComplianceReportFormat, { name: "ComplianceReportFormat" });

const FRAMEWORK = { "eu-ai-act": "EU_AI_ACT", "iso-42001": "ISO_42001", "nist-ai-rmf": "NIST_AI_RMF" } as const;

@Resolver()
export class ComplianceReportResolver {
  @Allow(Permission.READ)
  @Mutation(() => Job, {
    description:
      "Request a framework report (EU AI Act, ISO/IEC 42001, NIST AI RMF) as of an instant (default now), for the whole organisation or some systems: a job whose output is the file, recorded as a report run",
  })
  async requestComplianceReport(
    @Ctx() ctx: Context,
    @Arg("report", () => ComplianceReportKind) report: ComplianceReportKind,
    @Arg("format", () => ComplianceReportFormat) format: ComplianceReportFormat,
    @Arg("asOf", () => DateTime, { nullable: true }) asOf?: Date | null,
    @Arg("systemIds", () => [ID], { nullable: true }) systemIds?: string[] | null,
  ) {
    const { job } = await core.requestReport({
      actor: ctx.actor!,
      jobKind: complianceReportJob.kind,
      reportKind: report,
      framework: FRAMEWORK[report],
      format,
      asOf,
      systemIds,
      jobInput: { report, format, ...(systemIds?.length ? { systemIds } : {}) },
    });
    return toJob(job);
  }
}
