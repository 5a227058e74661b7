// Asking for an evidence pack (AUDIT_READ): one ZIP with the framework reports, the AI inventory, the
// records behind them and a manifest, as of an instant (default now, never later) and for some systems
// (default the whole organisation). A report run and its job (report.evidence-pack) in one audited
// transaction, through requestReport (which checks the systems are the organisation's).
import { z } from "zod";
import { invalid } from "../../shared/errors";
import { dateTime, id } from "../../shared/input";
import { Permission } from "../../shared/permissions";
import { useCase } from "../../shared/use-case";
import { requestReport } from "../runs/request-report";
import { EVIDENCE_PACK_JOB_KIND } from "./evidence-pack-kind";

export const requestEvidencePack = useCase({
  permission: Permission.AUDIT_READ,
  input: z.object({
    asOf: dateTime.nullish(),
    systemIds: z.array(id).max(10_000).nullish(),
  }),
  async run({ actor, asOf, systemIds }) {
    if (asOf && asOf > new Date()) throw invalid("asOf", "must not be in the future: a pack holds what the audit trail recorded");
    const scope = systemIds?.length ? [...new Set(systemIds)] : null;
    return requestReport({
      actor,
      jobKind: EVIDENCE_PACK_JOB_KIND,
      reportKind: "evidence-pack",
      format: "ZIP",
      asOf,
      systemIds: scope,
      jobInput: scope ? { systemIds: scope } : {},
    });
  },
});
