// The draft public summary of a GPAI model's training content (Art. 53(1)(d), the Commission's template),
// from the dataset records linked to its versions, as the registry held them at an instant (default now).
import { z } from "zod";
import { notFound } from "../shared/errors";
import { dateTime, id } from "../shared/input";
import { Permission } from "../shared/permissions";
import { scopedOrganizationId } from "../shared/tenancy";
import { useCase } from "../shared/use-case";
import { readComplianceRecords } from "./compliance-records";
import { draftTrainingContentSummary } from "./training-content-summary";

export const getTrainingContentSummary = useCase({
  permission: Permission.READ,
  input: z.object({ modelId: id, asOf: dateTime.nullish() }),
  async run({ modelId, asOf }) {
    const records = await readComplianceRecords(scopedOrganizationId(), asOf ?? new Date(), { evaluations: "production" });
    const model = records.models.get(modelId);
    if (!model) throw notFound("Model", modelId);
    return draftTrainingContentSummary(records, model);
  },
});
