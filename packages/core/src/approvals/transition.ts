// The transition an approved request makes, in the transaction of the deciding vote: the stage is set
// and the subject stamped approved (immutable from then on), the alias moved or created (with its
// history row), and the previous PRODUCTION subject archived when asked. Each change is one audit event.
import type { ApprovalRequestModel, Stage } from "@canon/db";
import { appendAuditEvent } from "../audit/append-audit-event";
import type { Actor } from "../shared/actor";
import type { Tx } from "../shared/transaction";
import { versionLabel, type ApprovalSubject } from "./approval-subject";
import type { UnmetRule } from "./policy-checks";

const RANK: Record<Stage, number> = { DEVELOPMENT: 0, STAGING: 1, PRODUCTION: 2, ARCHIVED: 3 };

type Targets = Pick<ApprovalRequestModel, "targetStage" | "targetAlias" | "archivePrevious">;

async function currentAlias(tx: Tx, actor: Actor, subject: ApprovalSubject, name: string | null) {
  if (!name || subject.type !== "MODEL_VERSION") return null;
  return tx.alias.findFirst({ where: { organizationId: actor.organizationId, modelId: subject.scopeId, name } });
}

async function previousProduction(tx: Tx, actor: Actor, subject: ApprovalSubject) {
  const where = { organizationId: actor.organizationId, stage: "PRODUCTION" as const, id: { not: subject.id } };
  return subject.type === "MODEL_VERSION"
    ? (await tx.modelVersion.findMany({ where: { ...where, modelId: subject.scopeId }, select: { id: true, number: true, stage: true, approvedAt: true } }))
    : (await tx.release.findMany({ where: { ...where, systemId: subject.scopeId }, select: { id: true, number: true, stage: true, approvedAt: true } }));
}

/** What would stop the transition itself (beyond the policy). `atDecision` adds the checks that can change until then. */
export async function transitionFailures(tx: Tx, actor: Actor, subject: ApprovalSubject, t: Targets, atDecision: boolean): Promise<UnmetRule[]> {
  const out: UnmetRule[] = [];
  if (subject.stage === "ARCHIVED") return [{ rule: "SUBJECT_ARCHIVED", message: `${subject.label} is archived and can no longer be approved` }];
  if (t.targetStage && RANK[t.targetStage] <= RANK[subject.stage]) {
    out.push({ rule: "STAGE_ORDER", message: `${subject.label} is already in ${subject.stage}; a request can only move it forward (DEVELOPMENT → STAGING → PRODUCTION)` });
  }
  const alias = await currentAlias(tx, actor, subject, t.targetAlias);
  if (alias && alias.versionId === subject.id && (!t.targetStage || out.length)) {
    out.push({ rule: "ALIAS_TARGET", message: `alias "${alias.name}" already points to ${subject.label}` });
  }
  if (atDecision && t.archivePrevious && t.targetStage === "PRODUCTION" && subject.type === "MODEL_VERSION") {
    const previous = await previousProduction(tx, actor, subject);
    if (previous.length) {
      const aliases = await tx.alias.findMany({ where: { organizationId: actor.organizationId, versionId: { in: previous.map((p) => p.id) }, ...(t.targetAlias ? { name: { not: t.targetAlias } } : {}) } });
      for (const a of aliases) {
        const p = previous.find((x) => x.id === a.versionId)!;
        out.push({ rule: "ARCHIVE_PREVIOUS", message: `the previous production version ${versionLabel({ modelName: subject.versions[0]!.modelName, number: p.number })} is the target of alias "${a.name}"; move or delete that alias before it can be archived` });
      }
    }
  }
  return out;
}

export async function applyTransition(tx: Tx, actor: Actor, subject: ApprovalSubject, request: ApprovalRequestModel) {
  const now = new Date();
  const organizationId = actor.organizationId;
  const ref = { requestId: request.id };
  const isVersion = subject.type === "MODEL_VERSION";
  const subjectType = isVersion ? "ModelVersion" : "Release";
  const before = { stage: subject.stage, approvedAt: subject.approvedAt };
  const after = { stage: request.targetStage ?? subject.stage, approvedAt: subject.approvedAt ?? now };
  if (after.stage !== before.stage || !before.approvedAt) {
    if (isVersion) await tx.modelVersion.update({ where: { id: subject.id }, data: after });
    else await tx.release.update({ where: { id: subject.id }, data: after });
    const action = after.stage !== before.stage ? `${isVersion ? "modelVersion" : "release"}.stageChange` : `${isVersion ? "modelVersion" : "release"}.approve`;
    await appendAuditEvent(tx, actor, { action, subjectType, subjectId: subject.id, before, after: { ...after, ...ref } });
  }

  const alias = request.targetAlias && isVersion ? await currentAlias(tx, actor, subject, request.targetAlias) : null;
  if (request.targetAlias && isVersion && alias?.versionId !== subject.id) {
    const moved = alias
      ? await tx.alias.update({ where: { id: alias.id }, data: { versionId: subject.id } })
      : await tx.alias.create({ data: { organizationId, modelId: subject.scopeId, name: request.targetAlias, versionId: subject.id, protected: true } });
    await tx.aliasHistory.create({
      data: {
        organizationId, aliasId: moved.id, modelId: subject.scopeId, name: moved.name, fromVersionId: alias?.versionId ?? null,
        toVersionId: subject.id, reason: `approval request ${request.id}`, actorId: actor.actorId, movedAt: now,
      },
    });
    await appendAuditEvent(tx, actor, {
      action: alias ? "alias.move" : "alias.create", subjectType: "Alias", subjectId: moved.id,
      before: alias ?? undefined, after: { ...moved, reason: `approval request ${request.id}`, ...ref },
    });
  }

  if (request.archivePrevious && request.targetStage === "PRODUCTION") {
    for (const p of await previousProduction(tx, actor, subject)) {
      const archived = { stage: "ARCHIVED" as const, ...(isVersion ? { archivedAt: now } : {}) };
      if (isVersion) await tx.modelVersion.update({ where: { id: p.id }, data: archived });
      else await tx.release.update({ where: { id: p.id }, data: { stage: "ARCHIVED" } });
      await appendAuditEvent(tx, actor, {
        action: `${isVersion ? "modelVersion" : "release"}.stageChange`, subjectType, subjectId: p.id,
        before: { stage: p.stage, approvedAt: p.approvedAt }, after: { ...archived, approvedAt: p.approvedAt, archivedBecause: subject.id, ...ref },
      });
    }
  }
}
