import { z } from "zod";
import { database } from "./database";

/** A case-insensitive "contains" filter on both stores (SQLite's LIKE already ignores ASCII case). */
export function containsText(value: string) {
  const v = value.trim().slice(0, 200);
  return database().provider === "postgresql" ? { contains: v, mode: "insensitive" as const } : { contains: v };
}

export const sortDirection = z.enum(["ASC", "DESC"]);
export type SortDirection = z.infer<typeof sortDirection>;

/** Prisma orderBy for a sort field plus the id tie-breaker that makes cursor pages stable. */
export function orderByWithId<F extends string>(field: F, direction: SortDirection = "DESC") {
  const dir = direction === "ASC" ? ("asc" as const) : ("desc" as const);
  return [{ [field]: dir } as Record<F, "asc" | "desc">, { id: dir }];
}
