import * as core from "@canon/core";
import { Permission } from "@canon/core";
import { Arg, Args, Ctx, Query, Resolver } from "type-graphql";
import { Allow } from "../graphql/allow";
import { toConnection } from "../graphql/connection";
import type { Context } from "../graphql/context";
import { PageArgs } from "../graphql/page-args";
import { ReportRunConnection, toReportRun } from "./report-run.type";

@Resolver()
export class ReportRunsResolver {
  @Allow(Permission.READ)
  @Query(() => ReportRunConnection, { description: "Report runs of the organisation, newest first, with the status and progress of the job behind each" })
  async reportRuns(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs, @Arg("kind", () => String, { nullable: true }) kind?: string | null) {
    const runs = await core.listReportRuns({ actor: ctx.actor!, kind, page });
    return toConnection(runs as unknown as core.Page<Parameters<typeof toReportRun>[0]>, toReportRun);
  }
}
