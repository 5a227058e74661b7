// Creates an alias or moves it to another version of the same model. Each call writes one AliasHistory
// row and one audit event in the same transaction.
// Protected aliases: a protected alias never moves here — only through an approved request
// (requestApproval with targetAlias) or rollbackAlias (approvers, to a version approved before).
// Creating an alias as protected, or changing the flag of an existing one (without moving it), needs
// the CLASSIFY permission (approvers and admins); the flag change is audited as alias.protect / alias.unprotect.
import { appendAuditEvent } from "../audit/append-audit-event";
import type { Actor } from "../shared/actor";
import { CanonError, conflict, ErrorCode, forbidden, invalid, isUniqueViolation } from "../shared/errors";
import { authorize, can, Permission } from "../shared/permissions";
import { findInOrg } from "../shared/scope";
import { writeTransaction } from "../shared/transaction";
import { identifier, optionalText } from "../shared/validate";

export interface SetAliasInput {
  modelId: string;
  /** e.g. "production", "champion". */
  name: string;
  versionId: string;
  /** Left unchanged when omitted on a move; false for a new alias. */
  protected?: boolean | null;
  /** Why it moved; kept in the alias history. */
  reason?: string | null;
}

type AliasRow = { versionId: string; protected: boolean } | null;

function assertProtectionRules(actor: Actor, name: string, before: AliasRow, versionId: string, isProtected: boolean) {
  if (before?.protected && before.versionId !== versionId) {
    throw new CanonError(ErrorCode.PRECONDITION_FAILED,
      `Alias "${name}" is protected: it moves only through an approved approval request (requestApproval with targetAlias) or rollbackAlias`,
      undefined, { rule: "PROTECTED_ALIAS", alias: name });
  }
  const flagChanges = before ? before.protected !== isProtected : isProtected;
  if (flagChanges && !can(actor.role, Permission.CLASSIFY)) {
    throw forbidden(`Role ${actor.role} may not ${isProtected ? "protect" : "unprotect"} alias "${name}" (needs ${Permission.CLASSIFY})`);
  }
}

function auditAction(before: AliasRow, versionId: string, isProtected: boolean): string {
  if (!before) return "alias.create";
  if (before.versionId === versionId && before.protected !== isProtected) return isProtected ? "alias.protect" : "alias.unprotect";
  return "alias.move";
}

export async function setAlias(opts: { actor: Actor; input: SetAliasInput }) {
  authorize(opts.actor, Permission.WRITE);
  const name = identifier("name", opts.input.name);
  const reason = optionalText("reason", opts.input.reason, 2_000) ?? null;
  const versionId = (opts.input.versionId ?? "").trim();
  if (!versionId) throw invalid("versionId", "is required");
  try {
    return await writeTransaction(async (tx) => {
      const organizationId = opts.actor.organizationId;
      const model = await findInOrg(opts.actor, "Model", opts.input.modelId, (where) => tx.model.findFirst({ where, select: { id: true } }));
      const version = await tx.modelVersion.findFirst({ where: { id: versionId, organizationId }, select: { id: true, modelId: true, stage: true } });
      if (!version) throw invalid("versionId", `model version ${versionId} was not found in this organisation`);
      if (version.modelId !== model.id) throw invalid("versionId", "belongs to another model; an alias points to a version of its own model");
      if (version.stage === "ARCHIVED") throw conflict(`Model version ${version.id} is archived; an alias cannot point to it`);
      const before = await tx.alias.findFirst({ where: { modelId: model.id, name, organizationId } });
      const isProtected = opts.input.protected ?? before?.protected ?? false;
      assertProtectionRules(opts.actor, name, before, version.id, isProtected);
      const after = before
        ? await tx.alias.update({ where: { id: before.id }, data: { versionId: version.id, protected: isProtected } })
        : await tx.alias.create({ data: { organizationId, modelId: model.id, name, versionId: version.id, protected: isProtected } });
      await tx.aliasHistory.create({
        data: {
          organizationId, aliasId: after.id, modelId: model.id, name,
          fromVersionId: before?.versionId ?? null, toVersionId: version.id,
          reason, actorId: opts.actor.actorId, movedAt: new Date(),
        },
      });
      await appendAuditEvent(tx, opts.actor, {
        action: auditAction(before, version.id, isProtected), subjectType: "Alias", subjectId: after.id,
        before: before ?? undefined, after: { ...after, reason },
      });
      return after;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`Alias "${name}" was set concurrently; retry`);
    throw error;
  }
}
