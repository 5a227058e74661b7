// "What was in production on date D": the scope of a snapshot at one instant, checked once. Its two
// lists (alias pointers and running deployments) are read page by page by list-alias-pointers-at.ts
// and list-deployments-at.ts, from the recorded history (AliasHistory, Deployment start/end times).
import { Environment } from "@canon/db";
import { z } from "zod";
import { notFound } from "../shared/errors";
import { id, optional, optionalEnum } from "../shared/input";
import { Permission } from "../shared/permissions";
import { reader } from "../shared/transaction";
import { useCase } from "../shared/use-case";

/**
 * An instant (a Date or an ISO 8601 string). Not limited to shared/input's 1900–2200 range: asking for a
 * far-future instant is how a caller asks for "as things stand".
 */
const instant = z
  .union([z.date(), z.string()])
  .transform((v) => (v instanceof Date ? v : new Date(v)))
  .refine((d) => !Number.isNaN(d.getTime()), "must be a valid date-time");

/** The filters of a snapshot; ids of another organisation are NOT_FOUND. */
export const snapshotInput = z.object({
  at: instant,
  /** Only this model: its aliases, and deployments of its versions or of releases that include one. */
  modelId: optional(id),
  /** Only this AI system: aliases of its models, deployments of its releases or of its models' versions. */
  systemId: optional(id),
  /** Only deployments in this environment (aliases are not per environment). */
  environment: optionalEnum(Environment),
});
export type SnapshotInput = z.input<typeof snapshotInput>;

/** A checked snapshot, as the lists take it back. */
export const snapshotScope = snapshotInput.transform((s) => ({
  at: s.at,
  modelId: s.modelId ?? null,
  systemId: s.systemId ?? null,
  environment: s.environment ?? null,
}));
export type SnapshotScope = z.output<typeof snapshotScope>;

/** Validates the instant and the filters (ids of other tenants are NOT_FOUND); reads nothing else. */
export const productionSnapshot = useCase({
  permission: Permission.READ,
  input: z.object({ input: snapshotScope }),
  async run({ input: scope }): Promise<SnapshotScope> {
    const db = reader();
    if (scope.modelId && !(await db.model.findUnique({ where: { id: scope.modelId }, select: { id: true } }))) throw notFound("Model", scope.modelId);
    if (scope.systemId && !(await db.aISystem.findUnique({ where: { id: scope.systemId }, select: { id: true } }))) throw notFound("AI system", scope.systemId);
    return scope;
  },
});
