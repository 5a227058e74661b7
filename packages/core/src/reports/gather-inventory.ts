// The gather step of the AI inventory report: the registry as its audit trail records it at `asOf`
// (systems registered later, and later changes, are not in it), turned into the report model that
// @canon/reports renders. Explicit inputs, no actor and no GraphQL: whoever runs the report (a job, a
// script) has already checked that its requester may read the organisation. Reads run inside the
// organisation's scope; the result is plain data, safe to send to a worker thread.
import type { InventoryReport } from "@canon/reports";
import { z } from "zod";
import { notFound } from "../shared/errors";
import { dateTime, id, requiredText } from "../shared/input";
import { parseInput } from "../shared/input-errors";
import { withinOrganization } from "../shared/tenancy";
import { buildInventory } from "./build-inventory";
import { readComplianceRecords } from "../gaps/compliance-records";
import { computeGaps } from "../gaps/compute-gaps";
import type { Gap } from "../gaps/gap";

export interface GatherInventoryInput {
  organizationId: string;
  /** The instant the inventory describes. Not after `generatedAt`. */
  asOf: Date | string;
  /** Who asked for it, as the report prints it ("Name <email>", or the job's name). */
  generatedBy: string;
  /** When the report is made (default: now). */
  generatedAt?: Date | string;
  /** Only these systems (default: the whole organisation). */
  systemIds?: string[] | null;
}

const schema = z
  .object({
    organizationId: id,
    asOf: dateTime,
    generatedBy: requiredText(300),
    generatedAt: dateTime.optional(),
    systemIds: z.array(id).max(10_000).nullish(),
  })
  .transform((v) => ({ ...v, generatedAt: v.generatedAt ?? new Date(), systemIds: v.systemIds ?? null }))
  .refine((v) => v.asOf <= v.generatedAt, { message: "must not be after the time the report is generated", path: ["asOf"] });

export async function gatherInventory(input: GatherInventoryInput): Promise<InventoryReport> {
  const { organizationId, asOf, generatedBy, generatedAt, systemIds } = parseInput(schema, input);
  // The compliance records hold the inventory's and what its gap counts are computed from, at the same instant.
  const records = await withinOrganization(organizationId, () => readComplianceRecords(organizationId, asOf, { evaluations: "production" }));
  if (!records.organization) throw notFound("Organisation", organizationId);
  const unknown = (systemIds ?? []).find((s) => !records.systems.has(s));
  if (unknown) throw notFound("AI system", unknown);
  return buildInventory(records, { asOf, generatedAt, generatedBy, systemIds, gapsBySystem: gapCountsBySystem(computeGaps(records, asOf)) });
}

/** Open gaps per system (justified exclusions do not count), with the critical and high ones. */
export function gapCountsBySystem(gaps: Gap[]): Map<string, { open: number; critical: number; high: number }> {
  const out = new Map<string, { open: number; critical: number; high: number }>();
  for (const g of gaps) {
    if (!g.system || g.state === "NOT_APPLICABLE") continue;
    const c = out.get(g.system.id) ?? { open: 0, critical: 0, high: 0 };
    c.open++;
    if (g.severity === "CRITICAL") c.critical++;
    if (g.severity === "HIGH") c.high++;
    out.set(g.system.id, c);
  }
  return out;
}
