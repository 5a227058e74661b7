// The gaps of the organisation now (or as of an instant), filtered by system, framework, state and
// severity. Computed from the records each time: nothing to keep in sync.
import { z } from "zod";
import { dateTime, optionalId } from "../shared/input";
import { Permission } from "../shared/permissions";
import { scopedOrganizationId } from "../shared/tenancy";
import { useCase } from "../shared/use-case";
import { readComplianceRecords } from "./compliance-records";
import { computeGaps } from "./compute-gaps";

export const gapFilter = z.object({
  systemId: optionalId,
  framework: z.enum(["EU_AI_ACT", "ISO_42001", "NIST_AI_RMF"]).nullish(),
  state: z.enum(["MISSING_EVIDENCE", "FAILED", "STALE", "NOT_APPLICABLE", "UNKNOWN"]).nullish(),
  severity: z.enum(["CRITICAL", "HIGH", "MEDIUM", "LOW"]).nullish(),
  rule: z.string().max(100).nullish(),
});

export const listGaps = useCase({
  permission: Permission.READ,
  input: z.object({ filter: gapFilter.nullish(), asOf: dateTime.nullish() }),
  async run({ filter, asOf }) {
    const at = asOf ?? new Date();
    const records = await readComplianceRecords(scopedOrganizationId(), at, { evaluations: "production" });
    const f = filter ?? {};
    return computeGaps(records, at).filter(
      (g) =>
        (!f.systemId || g.system?.id === f.systemId) &&
        (!f.framework || g.framework === f.framework) &&
        (!f.state || g.state === f.state) &&
        (!f.severity || g.severity === f.severity) &&
        (!f.rule || g.rule === f.rule),
    );
  },
});
