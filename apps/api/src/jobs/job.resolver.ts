import * as core from "@canon/core";
import { JobStatus, Permission } from "@canon/core";
import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { Allow } from "../graphql/allow";
import { toConnection } from "../graphql/connection";
import type { Context } from "../graphql/context";
import { PageArgs } from "../graphql/page-args";
import { Job, JobConnection, toJob } from "./job.type";

@Resolver(() => Job)
export class JobResolver {
  @Allow(Permission.READ)
  @Query(() => Job, { description: "A job of your organisation (of a kind you may request)" })
  async job(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return toJob(await core.getJob({ actor: ctx.actor!, id }));
  }

  @Allow(Permission.READ)
  @Query(() => JobConnection, { description: "Your organisation's jobs (of kinds you may request), newest first" })
  async jobs(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("status", () => JobStatus, { nullable: true }) status?: JobStatus | null,
    @Arg("kind", () => String, { nullable: true }) kind?: string | null,
  ) {
    return toConnection(await core.listJobs({ actor: ctx.actor!, status, kind, page }), toJob);
  }

  @Allow(Permission.READ)
  @Mutation(() => Job, { description: "Cancel a job: a queued one at once, a running one at its next heartbeat or progress report. The requester or an admin" })
  async cancelJob(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return toJob(await core.cancelJob({ actor: ctx.actor!, id }));
  }
}
