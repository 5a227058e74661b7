// The gather step of an evidence pack, for the job that writes it: the records as the audit trail held
// them at `asOf` (read once), built into every framework report and the AI inventory for the scope, the
// records themselves for records.json, and the organisation's audit chain head as it stands when the job
// runs (the manifest's anchor in the trail). Plain data, safe to hand to the renderers. Explicit inputs,
// no actor: the job was authorised (AUDIT_READ) when requested.
import type { ComplianceReport, InventoryReport, ReportOrganization } from "@canon/reports";
import { z } from "zod";
import { GENESIS_HASH } from "../../audit/canonical";
import { readComplianceRecords } from "../../gaps/compliance-records";
import { CanonError, ErrorCode, notFound } from "../../shared/errors";
import { dateTime, id, requiredText } from "../../shared/input";
import { parseInput } from "../../shared/input-errors";
import { withinOrganization } from "../../shared/tenancy";
import { reader } from "../../shared/transaction";
import { computeGaps } from "../../gaps/compute-gaps";
import { buildInventory } from "../build-inventory";
import { gapCountsBySystem } from "../gather-inventory";
import { buildComplianceReport } from "../compliance/build-compliance-report";
import { EVIDENCE_PACK_FRAMEWORK_REPORTS } from "./evidence-pack-kind";
import { scopeRecords, type EvidencePackRecords } from "./scope-records";

const schema = z
  .object({
    organizationId: id,
    asOf: dateTime,
    generatedAt: dateTime,
    generatedBy: requiredText(300),
    systemIds: z.array(id).max(10_000).nullish(),
  })
  .transform((v) => ({ ...v, systemIds: v.systemIds?.length ? [...new Set(v.systemIds)] : null }))
  .refine((v) => v.asOf <= v.generatedAt, { message: "must not be after the time the pack is generated", path: ["asOf"] });

export type GatherEvidencePackInput = z.input<typeof schema>;

export interface EvidencePackSources {
  organization: ReportOrganization;
  /** What the pack covers, in words (the framework reports' scope label). */
  scope: string;
  asOf: Date;
  generatedAt: Date;
  generatedBy: string;
  /** One per framework, in EVIDENCE_PACK_FRAMEWORK_REPORTS order. */
  reports: ComplianceReport[];
  inventory: InventoryReport;
  records: EvidencePackRecords;
  auditChainHead: { seq: number; hash: string };
}

export async function gatherEvidencePack(input: GatherEvidencePackInput): Promise<EvidencePackSources> {
  const v = parseInput(schema, input);
  return withinOrganization(v.organizationId, async () => {
    const records = await readComplianceRecords(v.organizationId, v.asOf);
    const head = await reader().auditChainHead.findUnique({ where: { organizationId: v.organizationId }, select: { seq: true, hash: true } });
    if (!records.organization) throw notFound("Organisation", v.organizationId);
    const missing = (v.systemIds ?? []).find((sid) => !records.systems.has(sid));
    if (missing) throw new CanonError(ErrorCode.NOT_FOUND, `AI system ${missing} did not exist as of ${v.asOf.toISOString()}`);
    const context = { asOf: v.asOf, generatedAt: v.generatedAt, generatedBy: v.generatedBy, systemIds: v.systemIds };
    const reports = EVIDENCE_PACK_FRAMEWORK_REPORTS.map((kind) => buildComplianceReport(records, { ...context, kind }));
    const inventory = buildInventory(records, { ...context, gapsBySystem: gapCountsBySystem(computeGaps(records, v.asOf)) });
    return {
      organization: reports[0]!.organization,
      scope: reports[0]!.scope.label,
      asOf: v.asOf,
      generatedAt: v.generatedAt,
      generatedBy: v.generatedBy,
      reports,
      inventory,
      records: scopeRecords(records, v.systemIds, v.asOf),
      auditChainHead: head ?? { seq: 0, hash: GENESIS_HASH },
    };
  });
}
