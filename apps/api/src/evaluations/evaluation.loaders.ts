// Per-request DataLoaders of evaluations by model version (one batch, constant statements).
import * as core from "@canon/core";
import type { Context } from "../graphql/context";

type EvaluationRow = Awaited<ReturnType<typeof core.loadVersionEvaluations>>[number][number];

export const evaluationsOfVersion = (ctx: Context) =>
  ctx.loaders.get<string, EvaluationRow[]>("evaluations:by-version", (actor, ids) => core.loadVersionEvaluations({ actor, ids }));

export const latestEvaluationsOfVersion = (ctx: Context) =>
  ctx.loaders.get<string, EvaluationRow[]>("evaluations:latest-by-version", (actor, ids) => core.loadLatestVersionEvaluations({ actor, ids }));
