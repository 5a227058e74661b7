// Who sees which jobs: a job is visible to the members who may request its kind (the kind's
// permission), since its input, result and output are of that kind's sensitivity. Jobs of a kind this
// instance does not define are visible to admins only. Everything else about a job (its organisation)
// is the tenancy scope's business.
import { Role } from "@canon/db";
import type { Actor } from "../shared/actor";
import { notFound } from "../shared/errors";
import { can } from "../shared/permissions";
import { findJobKind, registeredJobKinds } from "./job-kinds";

export function canSeeJobKind(actor: Actor, kind: string): boolean {
  const spec = findJobKind(kind);
  return spec ? can(actor.role, spec.permission) : actor.role === Role.ADMIN;
}

/** A Prisma filter on `kind` limiting a list to the jobs the actor may see (none for an admin). */
export function visibleKindsFilter(actor: Actor): { kind?: { in: string[] } } {
  if (actor.role === Role.ADMIN) return {};
  return { kind: { in: registeredJobKinds().filter((k) => canSeeJobKind(actor, k)) } };
}

/** A job the actor may not see is reported as not found (its existence is not revealed). */
export function assertCanSeeJob<T extends { id: string; kind: string }>(actor: Actor, job: T | null, id: string): T {
  if (!job || !canSeeJobKind(actor, job.kind)) throw notFound("Job", id);
  return job;
}
