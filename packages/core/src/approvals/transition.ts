// The transition an approved request makes, in the transaction of the deciding vote: the stage is set
// and the subject stamped approved (immutable from then on), the alias moved, created or protected
// (always protected after an approved change, with its history row naming the request), and the
// previous PRODUCTION subject archived when asked. Each change is one audit event.
import type { ApprovalRequestModel, Stage } from "@canon/db";
import { changeAlias } from "../aliases/move-alias";
import { appendAuditEvent } from "../audit/append-audit-event";
import type { Actor } from "../shared/actor";
import type { Tx } from "../shared/transaction";
import { archiveVersion } from "../versions/archive-version";
import { versionLabel, type ApprovalSubject } from "./approval-subject";
import type { UnmetRule } from "./policy-checks";

export const STAGE_RANK: Record<Stage, number> = { DEVELOPMENT: 0, STAGING: 1, PRODUCTION: 2, ARCHIVED: 3 };

type Targets = Pick<ApprovalRequestModel, "targetStage" | "targetAlias" | "archivePrevious">;

async function currentAlias(tx: Tx, subject: ApprovalSubject, name: string | null) {
  if (!name || subject.type !== "MODEL_VERSION") return null;
  return tx.alias.findFirst({ where: { modelId: subject.scopeId, name } });
}

async function previousProduction(tx: Tx, subject: ApprovalSubject) {
  const where = { stage: "PRODUCTION" as const, id: { not: subject.id } };
  return subject.type === "MODEL_VERSION"
    ? await tx.modelVersion.findMany({ where: { ...where, modelId: subject.scopeId }, select: { id: true, number: true, stage: true, approvedAt: true } })
    : await tx.release.findMany({ where: { ...where, systemId: subject.scopeId }, select: { id: true, number: true, stage: true, approvedAt: true } });
}

/** A release enters a stage only when every model version in it is approved for that stage (or beyond). */
function componentFailures(subject: ApprovalSubject, t: Targets): UnmetRule[] {
  if (subject.type !== "RELEASE" || !t.targetStage) return [];
  return subject.versions
    .filter((v) => v.stage === "ARCHIVED" || STAGE_RANK[v.stage] < STAGE_RANK[t.targetStage!])
    .map((v) => ({
      rule: "COMPONENT_NOT_APPROVED" as const,
      message:
        v.stage === "ARCHIVED"
          ? `component ${versionLabel(v)} is archived; a release going to ${t.targetStage} needs versions approved for it`
          : `component ${versionLabel(v)} is in ${v.stage}; every model version of a release must be approved for ${t.targetStage} first (request its approval)`,
    }));
}

/** What would stop the transition itself (beyond the policy). `atDecision` adds the checks that can change until then. */
export async function transitionFailures(tx: Tx, subject: ApprovalSubject, t: Targets, atDecision: boolean): Promise<UnmetRule[]> {
  const out: UnmetRule[] = [];
  if (subject.stage === "ARCHIVED") return [{ rule: "SUBJECT_ARCHIVED", message: `${subject.label} is archived and can no longer be approved` }];
  if (t.targetStage && STAGE_RANK[t.targetStage] <= STAGE_RANK[subject.stage]) {
    out.push({
      rule: "STAGE_ORDER",
      message: `${subject.label} is already in ${subject.stage}; a request can only move it forward (DEVELOPMENT → STAGING → PRODUCTION)`,
    });
  }
  const alias = await currentAlias(tx, subject, t.targetAlias);
  if (alias && alias.protected && alias.versionId === subject.id && (!t.targetStage || out.length)) {
    out.push({ rule: "ALIAS_TARGET", message: `protected alias "${alias.name}" already points to ${subject.label}` });
  }
  if (atDecision) out.push(...componentFailures(subject, t));
  if (atDecision && t.archivePrevious && t.targetStage === "PRODUCTION" && subject.type === "MODEL_VERSION") {
    const previous = await previousProduction(tx, subject);
    if (previous.length) {
      const aliases = await tx.alias.findMany({
        where: { versionId: { in: previous.map((p) => p.id) }, ...(t.targetAlias ? { name: { not: t.targetAlias } } : {}) },
      });
      for (const a of aliases) {
        const p = previous.find((x) => x.id === a.versionId)!;
        out.push({
          rule: "ARCHIVE_PREVIOUS",
          message: `the previous production version ${versionLabel({ modelName: subject.versions[0]!.modelName, number: p.number })} is the target of alias "${a.name}"; move or delete that alias before it can be archived`,
        });
      }
    }
  }
  return out;
}

export async function applyTransition(tx: Tx, actor: Actor, subject: ApprovalSubject, request: ApprovalRequestModel) {
  const now = new Date();
  const context = { approvalRequestId: request.id };
  const isVersion = subject.type === "MODEL_VERSION";
  const after = { stage: request.targetStage ?? subject.stage, approvedAt: subject.approvedAt ?? now };
  if (after.stage !== subject.stage || !subject.approvedAt) {
    if (isVersion) await tx.modelVersion.update({ where: { id: subject.id }, data: after });
    else await tx.release.update({ where: { id: subject.id }, data: after });
    const changed = after.stage !== subject.stage;
    const action = isVersion ? (changed ? "modelVersion.stageChange" : "modelVersion.approve") : changed ? "release.stageChange" : "release.approve";
    await appendAuditEvent(tx, actor, { action, subjectId: subject.id, context });
  }

  if (request.targetAlias && isVersion) {
    const alias = await currentAlias(tx, subject, request.targetAlias);
    if (!alias || alias.versionId !== subject.id || !alias.protected) {
      await changeAlias(tx, actor, {
        modelId: subject.scopeId,
        name: request.targetAlias,
        current: alias,
        toVersionId: subject.id,
        protected: true,
        reason: `approval request ${request.id}`,
        approvalRequestId: request.id,
      });
    }
  }

  if (request.archivePrevious && request.targetStage === "PRODUCTION") {
    for (const p of await previousProduction(tx, subject)) {
      const archivedContext = { ...context, archivedBecause: subject.id };
      if (isVersion) {
        await archiveVersion(tx, actor, p.id, archivedContext);
      } else {
        await tx.release.update({ where: { id: p.id }, data: { stage: "ARCHIVED" } });
        await appendAuditEvent(tx, actor, { action: "release.archive", subjectId: p.id, context: archivedContext });
      }
    }
  }
}
