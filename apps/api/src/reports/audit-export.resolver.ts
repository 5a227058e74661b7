// requestAuditExport: the audit trail between two instants as CSV or JSON Lines, a job whose output is
// the file (AUDIT_READ, like every read of the trail). Only the CSV may be filtered by subject type: the
// JSON Lines export is verified as an unbroken run of the chain (see core's audit-export-kind.ts).
import * as core from "@canon/core";
import { Permission } from "@canon/core";
import { Arg, Ctx, Mutation, registerEnumType, Resolver } from "type-graphql";
import { Allow } from "../graphql/allow";
import type { Context } from "../graphql/context";
import { DateTime } from "../graphql/scalars";
import { Job, toJob } from "../jobs/job.type";
import "./audit-export.job"; // registers the job kind this mutation requests

export enum AuditExportFormat {
  CSV = "CSV",
  JSONL = "JSONL",
}
registerEnumType(AuditExportFormat, {
  name: "AuditExportFormat",
  description: "CSV: one row per event, for reading. JSONL: a header, one line per event and an end line; verifiable on its own (hashes, links, the anchor)",
});

@Resolver()
export class AuditExportResolver {
  @Allow(Permission.AUDIT_READ)
  @Mutation(() => Job, {
    description:
      "Export the audit trail's events written between two instants (inclusive) as a job whose output is the file, recorded as a report run. The range is always a continuous run of the chain: the first event written at or after `from` to the last at or before `to`; a JSONL export names the chain head at the time and its anchor (the hash the first event links to). `subjectType` filters a CSV export only; a JSONL export with it is refused (VALIDATION)",
  })
  async requestAuditExport(
    @Ctx() ctx: Context,
    @Arg("format", () => AuditExportFormat) format: AuditExportFormat,
    @Arg("from", () => DateTime) from: Date,
    @Arg("to", () => DateTime) to: Date,
    @Arg("subjectType", () => String, { nullable: true, description: "CSV only: the events about this subject type (AISystem, ModelVersion, …)" })
    subjectType?: string | null,
  ) {
    const { job } = await core.requestAuditExport({ actor: ctx.actor!, format, from, to, subjectType });
    return toJob(job);
  }
}
