// The gather step of the ML-BOM: the organisation's records as the audit trail holds them at `asOf`
// (read only through the as-of readers), built into the model @canon/reports renders as CycloneDX.
// Explicit inputs, no actor: the job that runs it has checked its requester may read the organisation.
import type { MlBomModel } from "@canon/reports";
import { z } from "zod";
import { readComplianceRecords } from "../../gaps/compliance-records";
import { notFound } from "../../shared/errors";
import { dateTime, id, requiredText } from "../../shared/input";
import { parseInput } from "../../shared/input-errors";
import { withinOrganization } from "../../shared/tenancy";
import { buildMlBom } from "./build-ml-bom";
import { ML_BOM_PRODUCER } from "./producer";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const schema = z
  .object({
    organizationId: id,
    asOf: dateTime,
    generatedBy: requiredText(300),
    generatedAt: dateTime.optional(),
    /** A UUID, with or without the "urn:uuid:" prefix. */
    serialNumber: z
      .string()
      .transform((s) =>
        s
          .trim()
          .toLowerCase()
          .replace(/^urn:uuid:/, ""),
      )
      .refine((s) => UUID.test(s), "must be a UUID"),
    systemIds: z.array(id).max(10_000).nullish(),
  })
  .transform((v) => ({ ...v, generatedAt: v.generatedAt ?? new Date(), systemIds: v.systemIds?.length ? v.systemIds : null }))
  .refine((v) => v.asOf <= v.generatedAt, { message: "must not be after the time the BOM is generated", path: ["asOf"] });

export type GatherMlBomInput = z.input<typeof schema>;

export async function gatherMlBom(input: GatherMlBomInput): Promise<MlBomModel> {
  const v = parseInput(schema, input);
  const records = await withinOrganization(v.organizationId, () => readComplianceRecords(v.organizationId, v.asOf));
  if (!records.organization) throw notFound("Organisation", v.organizationId);
  const unknown = (v.systemIds ?? []).find((sid) => !records.systems.has(sid));
  if (unknown) throw notFound("AI system", unknown);
  return buildMlBom(records, { ...v, producer: ML_BOM_PRODUCER });
}
