// Creates an unprotected alias or moves one to another version of the same model. Each call writes one
// AliasHistory row and one audit event in the same transaction (changeAlias).
// Protection comes only with an approved request: a protected alias is created, protected, moved or
// pointed back only by the transition of an approved request (requestApproval with targetAlias) or by
// rollbackAlias; it is never unprotected or deleted. So setAlias refuses, for every role including
// ADMIN, to create an alias as protected, to protect one, and to touch a protected one.
import { z } from "zod";
import { CanonError, conflict, ErrorCode, invalid, isUniqueViolation, notFound } from "../shared/errors";
import { id, identifier, optionalText } from "../shared/input";
import { Permission } from "../shared/permissions";
import { writeTransaction } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { changeAlias } from "./move-alias";

export const setAliasInput = z.object({
  modelId: id,
  /** e.g. "champion", "candidate". */
  name: identifier(),
  versionId: id,
  /** Only false (or omitted) is accepted here: protection comes with an approved request. */
  protected: z.boolean().nullish(),
  /** Why it moved; kept in the alias history. */
  reason: optionalText(2_000),
});
export type SetAliasInput = z.input<typeof setAliasInput>;

/**
 * Names that only ever exist as protected aliases: a pipeline that fetches "production" gets a version an
 * approved request put there, never one anybody pointed it at.
 */
export const RESERVED_ALIAS_NAMES: readonly string[] = ["production"];

export const protectedAliasRefusal = (name: string, what: string) =>
  new CanonError(
    ErrorCode.PRECONDITION_FAILED,
    `Alias "${name}" ${what}: a protected alias is created, protected and moved only by an approved approval request (requestApproval with targetAlias) or pointed back by rollbackAlias, and is never unprotected or deleted`,
    undefined,
    { rule: "PROTECTED_ALIAS", alias: name, rules: [{ rule: "PROTECTED_ALIAS", message: `alias "${name}" ${what}` }] },
  );

export const setAlias = useCase({
  permission: Permission.WRITE,
  input: z.object({ input: setAliasInput }),
  async run({ actor, input }) {
    const { modelId, name, versionId } = input;
    try {
      return await writeTransaction(async (tx) => {
        const model = await tx.model.findUnique({ where: { id: modelId }, select: { id: true } });
        if (!model) throw notFound("Model", modelId);
        const version = await tx.modelVersion.findUnique({ where: { id: versionId }, select: { id: true, modelId: true, stage: true } });
        if (!version) throw invalid("versionId", `model version ${versionId} was not found in this organisation`);
        if (version.modelId !== model.id) throw invalid("versionId", "belongs to another model; an alias points to a version of its own model");
        if (version.stage === "ARCHIVED") throw conflict(`Model version ${version.id} is archived; an alias cannot point to it`);
        const before = await tx.alias.findFirst({ where: { modelId: model.id, name } });
        if (before?.protected) throw protectedAliasRefusal(name, "is protected");
        if (input.protected) throw protectedAliasRefusal(name, before ? "cannot be protected in place" : "cannot be created protected");
        if (RESERVED_ALIAS_NAMES.includes(name)) throw protectedAliasRefusal(name, "is reserved for a protected alias");
        if (before && before.versionId === version.id) throw conflict(`Alias "${name}" already points to model version ${version.id}`);
        return (await changeAlias(tx, actor, {
          modelId: model.id,
          name,
          current: before,
          toVersionId: version.id,
          protected: false,
          reason: input.reason ?? null,
        }))!;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(`Alias "${name}" was set concurrently; retry`);
      throw error;
    }
  },
});
