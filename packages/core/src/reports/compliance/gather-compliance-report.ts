// The gather step of a framework report: the organisation's records as the audit trail holds them at
// `asOf`, built into the report model @canon/reports renders. Explicit inputs, no actor: the job that
// runs it has checked its requester may read the organisation.
import type { ComplianceReport } from "@canon/reports";
import { z } from "zod";
import { readComplianceRecords } from "../../gaps/compliance-records";
import { notFound } from "../../shared/errors";
import { dateTime, id, requiredText } from "../../shared/input";
import { parseInput } from "../../shared/input-errors";
import { withinOrganization } from "../../shared/tenancy";
import { buildComplianceReport } from "./build-compliance-report";

export const COMPLIANCE_REPORT_KINDS = ["eu-ai-act", "iso-42001", "nist-ai-rmf"] as const;

const schema = z
  .object({
    organizationId: id,
    kind: z.enum(COMPLIANCE_REPORT_KINDS),
    asOf: dateTime,
    generatedBy: requiredText(300),
    generatedAt: dateTime.optional(),
    systemIds: z.array(id).max(10_000).nullish(),
  })
  .transform((v) => ({ ...v, generatedAt: v.generatedAt ?? new Date(), systemIds: v.systemIds ?? null }))
  .refine((v) => v.asOf <= v.generatedAt, { message: "must not be after the time the report is generated", path: ["asOf"] });

export type GatherComplianceReportInput = z.input<typeof schema>;

export async function gatherComplianceReport(input: GatherComplianceReportInput): Promise<ComplianceReport> {
  const v = parseInput(schema, input);
  const records = await withinOrganization(v.organizationId, () => readComplianceRecords(v.organizationId, v.asOf, { evaluations: "production" }));
  if (!records.organization) throw notFound("Organisation", v.organizationId);
  const unknown = (v.systemIds ?? []).find((sid) => !records.systems.has(sid));
  if (unknown) throw notFound("AI system", unknown);
  return buildComplianceReport(records, v);
}
