// Evaluations are always read with their metrics: one extra statement per read, whatever the row count.
export const EVALUATION_INCLUDE = {
  metrics: { orderBy: [{ name: "asc" as const }, { slice: "asc" as const }, { id: "asc" as const }] },
};

/** Newest first, with the id as tie-breaker so cursor pages are stable. */
export const EVALUATION_ORDER = [{ evaluatedAt: "desc" as const }, { id: "desc" as const }];
