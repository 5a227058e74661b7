// Row scoping by organisation: the one place that turns an actor into a tenant filter.
import type { Actor } from "./actor";
import { notFound } from "./errors";

export function inOrg<W extends object>(actor: Actor, where?: W): W & { organizationId: string } {
  return { ...(where ?? ({} as W)), organizationId: actor.organizationId };
}

/** Loads one row of the caller's organisation, or fails with NOT_FOUND (also for other tenants' ids). */
export async function findInOrg<T>(
  actor: Actor,
  what: string,
  id: string,
  find: (where: { id: string; organizationId: string }) => Promise<T | null>,
): Promise<T> {
  const row = await find({ id, organizationId: actor.organizationId });
  if (!row) throw notFound(what, id);
  return row;
}
