// Records that a model version or a release runs somewhere, from startedAt (default now). The deployment
// gate of the environment decides what happens when it is not approved for it (deployment-gate.ts).
import { appendAuditEvent } from "../audit/append-audit-event";
import { personOf, type Actor } from "../shared/actor";
import { CanonError, ErrorCode } from "../shared/errors";
import { authorize, Permission } from "../shared/permissions";
import { findInOrg } from "../shared/scope";
import { writeTransaction, type Tx } from "../shared/transaction";
import { gateMode, gateViolations, type GateSubject } from "./deployment-gate";
import { validateDeployment, type RecordDeploymentInput } from "./deployment-input";

async function loadGateSubject(tx: Tx, actor: Actor, ref: { modelVersionId: string | null; releaseId: string | null }): Promise<GateSubject> {
  if (ref.modelVersionId) {
    const v = await findInOrg(actor, "Model version", ref.modelVersionId, (where) =>
      tx.modelVersion.findFirst({ where, select: { number: true, stage: true, model: { select: { name: true } } } }));
    return { label: `model version ${v.model.name} v${v.number}`, stage: v.stage };
  }
  const r = await findInOrg(actor, "Release", ref.releaseId!, (where) =>
    tx.release.findFirst({ where, select: { number: true, stage: true, system: { select: { reference: true } } } }));
  return { label: `release ${r.number} of ${r.system.reference}`, stage: r.stage };
}

export async function recordDeployment(opts: { actor: Actor; input: RecordDeploymentInput }) {
  authorize(opts.actor, Permission.WRITE);
  const data = validateDeployment(opts.input);
  return writeTransaction(async (tx) => {
    const subject = await loadGateSubject(tx, opts.actor, data);
    const mode = await gateMode(tx, opts.actor, data.environment);
    const violations = mode === "OPEN" ? [] : gateViolations(subject, data.environment);
    if (violations.length && mode === "ENFORCE") {
      throw new CanonError(ErrorCode.PRECONDITION_FAILED,
        `Deployment refused by the ${data.environment} gate: ${violations.map((v) => v.message).join("; ")}`,
        undefined, { rule: violations[0]!.rule, rules: violations, gateMode: mode });
    }
    const created = await tx.deployment.create({
      data: {
        ...data, organizationId: opts.actor.organizationId, deployedById: personOf(opts.actor),
        policyViolation: violations.length > 0, violations: violations as unknown as object,
      },
    });
    await appendAuditEvent(tx, opts.actor, {
      action: violations.length ? "deployment.recordFlagged" : "deployment.record", subjectId: created.id,
      context: violations.length ? { gateMode: mode, violations } : undefined,
    });
    return created;
  });
}
