// Creates an unprotected alias or moves one to another version of the same model. Each call writes one
// AliasHistory row and one audit event in the same transaction (changeAlias).
// Protection comes only with an approved request: a protected alias is created, protected, moved or
// pointed back only by the transition of an approved request (requestApproval with targetAlias) or by
// rollbackAlias; it is never unprotected or deleted. So setAlias refuses, for every role including
// ADMIN, to create an alias as protected, to protect one, and to touch a protected one.
import { CanonError, conflict, ErrorCode, invalid, isUniqueViolation } from "../shared/errors";
import type { Actor } from "../shared/actor";
import { authorize, Permission } from "../shared/permissions";
import { findInOrg } from "../shared/scope";
import { writeTransaction } from "../shared/transaction";
import { identifier, optionalText } from "../shared/validate";
import { changeAlias } from "./move-alias";

export interface SetAliasInput {
  modelId: string;
  /** e.g. "champion", "candidate". */
  name: string;
  versionId: string;
  /** Only false (or omitted) is accepted here: protection comes with an approved request. */
  protected?: boolean | null;
  /** Why it moved; kept in the alias history. */
  reason?: string | null;
}

/**
 * Names that only ever exist as protected aliases: a pipeline that fetches "production" gets a version an
 * approved request put there, never one anybody pointed it at.
 */
export const RESERVED_ALIAS_NAMES: readonly string[] = ["production"];

export const protectedAliasRefusal = (name: string, what: string) => new CanonError(ErrorCode.PRECONDITION_FAILED,
  `Alias "${name}" ${what}: a protected alias is created, protected and moved only by an approved approval request (requestApproval with targetAlias) or pointed back by rollbackAlias, and is never unprotected or deleted`,
  undefined, { rule: "PROTECTED_ALIAS", alias: name, rules: [{ rule: "PROTECTED_ALIAS", message: `alias "${name}" ${what}` }] });

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
      if (before?.protected) throw protectedAliasRefusal(name, "is protected");
      if (opts.input.protected) throw protectedAliasRefusal(name, before ? "cannot be protected in place" : "cannot be created protected");
      if (RESERVED_ALIAS_NAMES.includes(name)) throw protectedAliasRefusal(name, "is reserved for a protected alias");
      if (before && before.versionId === version.id) throw conflict(`Alias "${name}" already points to model version ${version.id}`);
      return (await changeAlias(tx, opts.actor, { modelId: model.id, name, current: before, toVersionId: version.id, protected: false, reason }))!;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`Alias "${name}" was set concurrently; retry`);
    throw error;
  }
}
