import * as core from "@canon/core";
import { Permission } from "@canon/core";
import { Arg, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { Allow } from "../graphql/allow";
import type { Context } from "../graphql/context";
import { RecordImpactAssessmentInput } from "./impact-assessment.input";
import { ImpactAssessment } from "./impact-assessment.type";

@Resolver(() => ImpactAssessment)
export class ImpactAssessmentResolver {
  @Allow(Permission.READ)
  @Query(() => [ImpactAssessment], { description: "Impact assessments, most recent first (at most 500), of one AI system or all" })
  impactAssessments(@Ctx() ctx: Context, @Arg("systemId", () => ID, { nullable: true }) systemId?: string | null) {
    return core.listImpactAssessments({ actor: ctx.actor!, systemId });
  }

  @Allow(Permission.WRITE)
  @Mutation(() => ImpactAssessment, { description: "Record an impact assessment of an AI system" })
  recordImpactAssessment(@Ctx() ctx: Context, @Arg("input", () => RecordImpactAssessmentInput) input: RecordImpactAssessmentInput) {
    return core.recordImpactAssessment({ actor: ctx.actor!, input });
  }
}
