// Records that a model version or a release runs somewhere, from startedAt (default now). The deployment
// gate of the environment decides what happens when it is not approved for it (deployment-gate.ts).
import { z } from "zod";
import { appendAuditEvent } from "../audit/append-audit-event";
import { personOf } from "../shared/actor";
import { CanonError, ErrorCode, notFound } from "../shared/errors";
import { Permission } from "../shared/permissions";
import { writeTransaction, type Tx } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { gateMode, gateViolations, type GateSubject } from "./deployment-gate";
import { deploymentData, recordDeploymentInput } from "./deployment-input";

async function loadGateSubject(tx: Tx, ref: { modelVersionId: string | null; releaseId: string | null }): Promise<GateSubject> {
  if (ref.modelVersionId) {
    const v = await tx.modelVersion.findUnique({ where: { id: ref.modelVersionId }, select: { number: true, stage: true, model: { select: { name: true } } } });
    if (!v) throw notFound("Model version", ref.modelVersionId);
    return { label: `model version ${v.model.name} v${v.number}`, stage: v.stage };
  }
  const r = await tx.release.findUnique({ where: { id: ref.releaseId! }, select: { number: true, stage: true, system: { select: { reference: true } } } });
  if (!r) throw notFound("Release", ref.releaseId!);
  return { label: `release ${r.number} of ${r.system.reference}`, stage: r.stage };
}

export const recordDeployment = useCase({
  permission: Permission.WRITE,
  input: z.object({ input: recordDeploymentInput }),
  async run({ actor, input }) {
    const data = deploymentData(input);
    return writeTransaction(async (tx) => {
      const subject = await loadGateSubject(tx, data);
      const mode = await gateMode(tx, data.environment);
      const violations = mode === "OPEN" ? [] : gateViolations(subject, data.environment);
      if (violations.length && mode === "ENFORCE") {
        throw new CanonError(
          ErrorCode.PRECONDITION_FAILED,
          `Deployment refused by the ${data.environment} gate: ${violations.map((v) => v.message).join("; ")}`,
          undefined,
          { rule: violations[0]!.rule, rules: violations, gateMode: mode },
        );
      }
      const created = await tx.deployment.create({
        data: {
          ...data,
          deployedById: personOf(actor),
          policyViolation: violations.length > 0,
          violations: violations as unknown as object,
        } as any,
      });
      await appendAuditEvent(tx, actor, {
        action: violations.length ? "deployment.recordFlagged" : "deployment.record",
        subjectId: created.id,
        context: violations.length ? { gateMode: mode, violations } : undefined,
      });
      return created;
    });
  },
});
