import * as core from "@canon/core";
import { Permission } from "@canon/core";
import { Arg, Args, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { Allow } from "../graphql/allow";
import { toConnection } from "../graphql/connection";
import type { Context } from "../graphql/context";
import { PageArgs } from "../graphql/page-args";
import { ControlAssessmentFilter, SetControlAssessmentInput } from "./control-assessment.input";
import { ControlAssessment, ControlAssessmentConnection, toControlAssessment } from "./control-assessment.type";

@Resolver(() => ControlAssessment)
export class ControlAssessmentResolver {
  @Allow(Permission.READ)
  @Query(() => ControlAssessmentConnection, { description: "Control assessments, by framework and requirement" })
  async controlAssessments(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("filter", () => ControlAssessmentFilter, { nullable: true }) filter?: ControlAssessmentFilter,
  ) {
    return toConnection(await core.listControlAssessments({ actor: ctx.actor!, filter, page }), toControlAssessment);
  }

  @Allow(Permission.WRITE)
  @Mutation(() => ControlAssessment, {
    description: "Assess a requirement for an AI system or organisation-wide (one assessment per scope, framework and requirement)",
  })
  async setControlAssessment(@Ctx() ctx: Context, @Arg("input", () => SetControlAssessmentInput) input: SetControlAssessmentInput) {
    return toControlAssessment(await core.setControlAssessment({ actor: ctx.actor!, input }));
  }
}
