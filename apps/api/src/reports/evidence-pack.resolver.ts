// requestEvidencePack (a job whose output is the ZIP) and evidencePackVerification (the stored pack of
// such a job, verified and matched with its audited digest). Both AUDIT_READ: a pack exports the trail's
// records. The checking itself is evidence-pack.verify.ts, shared with `npm run pack:verify`.
import * as core from "@canon/core";
import { Permission } from "@canon/core";
import { Arg, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { Allow } from "../graphql/allow";
import type { Context } from "../graphql/context";
import { DateTime } from "../graphql/scalars";
import { Job, toJob } from "../jobs/job.type";
import "./evidence-pack.job"; // registers the job kind requestEvidencePack requests
import { EvidencePackVerification } from "./evidence-pack.type";
import { checkEvidencePack } from "./evidence-pack.verify";

/** Reading a pack back and hashing every member: more than a lookup, far less than a chain replay. */
const PACK_VERIFICATION_COMPLEXITY = 1_000;

@Resolver()
export class EvidencePackResolver {
  @Allow(Permission.AUDIT_READ)
  @Mutation(() => Job, {
    description:
      "Request an evidence pack as of an instant (default now) for some systems (default the whole organisation): one ZIP with the EU AI Act, ISO/IEC 42001 and NIST AI RMF reports (PDF and XLSX), the AI inventory (PDF), records.json and a manifest with every file's sha256 and the audit chain head. A job recorded as a report run; its audited end holds the pack's sha256",
  })
  async requestEvidencePack(
    @Ctx() ctx: Context,
    @Arg("asOf", () => DateTime, { nullable: true }) asOf?: Date | null,
    @Arg("systemIds", () => [ID], { nullable: true }) systemIds?: string[] | null,
  ) {
    const { job } = await core.requestEvidencePack({ actor: ctx.actor!, asOf, systemIds });
    return toJob(job);
  }

  @Allow(Permission.AUDIT_READ)
  @Query(() => EvidencePackVerification, {
    complexity: PACK_VERIFICATION_COMPLEXITY,
    description:
      "Verifies the evidence pack an evidence pack job stored, and matches its sha256 and its manifest's sha256 with the audited end of its report run",
  })
  async evidencePackVerification(@Ctx() ctx: Context, @Arg("jobId", () => ID) jobId: string): Promise<EvidencePackVerification> {
    const stored = await core.readEvidencePack({ actor: ctx.actor!, jobId });
    const check = await checkEvidencePack(stored.bytes, async () => stored.finishEvents);
    return {
      intact: check.intact,
      problems: check.problems,
      packSha256: check.packSha256,
      manifestSha256: check.manifestSha256,
      auditEventSeq: check.auditEvent?.seq ?? null,
      matchesAuditEvent: check.matchesAuditEvent,
    };
  }
}
