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
import { readInventoryRecords } from "./inventory-records";

export interface GatherInventoryInput {
  organizationId: string;
  /** The instant the inventory describes. Not after `generatedAt`. */
  asOf: Date | string;
  /** Who asked for it, as the report prints it ("Name <email>", or the job's name). */
  generatedBy: string;
  /** When the report is made (default: now). */
  generatedAt?: Date | string;
}

const schema = z
  .object({ organizationId: id, asOf: dateTime, generatedBy: requiredText(300), generatedAt: dateTime.optional() })
  .transform((v) => ({ ...v, generatedAt: v.generatedAt ?? new Date() }))
  .refine((v) => v.asOf <= v.generatedAt, { message: "must not be after the time the report is generated", path: ["asOf"] });

export async function gatherInventory(input: GatherInventoryInput): Promise<InventoryReport> {
  const { organizationId, asOf, generatedBy, generatedAt } = parseInput(schema, input);
  const records = await withinOrganization(organizationId, () => readInventoryRecords(organizationId, asOf));
  if (!records.organization) throw notFound("Organisation", organizationId);
  return buildInventory(records, { asOf, generatedAt, generatedBy });
}
