import * as core from "@canon/core";
import type { Context } from "../graphql/context";

type DecisionRow = Awaited<ReturnType<typeof core.loadApprovalDecisions>>[number][number];

/** The decisions of each request, oldest first (one query per batch). */
export const decisionsOfRequest = (ctx: Context) =>
  ctx.loaders.get<string, DecisionRow[]>("approvals:decisions", (actor, ids) => core.loadApprovalDecisions({ actor, ids: [...ids] }));
