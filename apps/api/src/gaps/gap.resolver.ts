import * as core from "@canon/core";
import { Permission } from "@canon/core";
import { Arg, Ctx, Query, Resolver } from "type-graphql";
import { Allow } from "../graphql/allow";
import type { Context } from "../graphql/context";
import { DateTime } from "../graphql/scalars";
import { Gap, GapFilter } from "./gap.type";

/** Rebuilds every record of the organisation from the audit trail as of the instant: priced so a request holds at most a few. */
const GAPS_COMPLEXITY = 5_000;

@Resolver(() => Gap)
export class GapResolver {
  @Allow(Permission.READ)
  @Query(() => [Gap], { complexity: GAPS_COMPLEXITY, description: "The organisation's compliance gaps now, or as of an instant, computed from the records" })
  gaps(
    @Ctx() ctx: Context,
    @Arg("filter", () => GapFilter, { nullable: true }) filter?: GapFilter | null,
    @Arg("asOf", () => DateTime, { nullable: true }) asOf?: Date | null,
  ) {
    return core.listGaps({ actor: ctx.actor!, filter, asOf });
  }
}
