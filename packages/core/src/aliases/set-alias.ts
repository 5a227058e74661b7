// Creates an alias or moves it to another version of the same model (a rollback is a move back).
// Each call writes one AliasHistory row and one audit event in the same transaction.
// `protected` is stored and shown only: moving a protected alias through an approved request is
// enforced by the approvals area, not here.
import { appendAuditEvent } from "../audit/append-audit-event";
import type { Actor } from "../shared/actor";
import { conflict, invalid, isUniqueViolation } from "../shared/errors";
import { authorize, Permission } from "../shared/permissions";
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
        action: before ? "alias.move" : "alias.create", subjectType: "Alias", subjectId: after.id,
        before: before ?? undefined, after: { ...after, reason },
      });
      return after;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`Alias "${name}" was set concurrently; retry`);
    throw error;
  }
}
