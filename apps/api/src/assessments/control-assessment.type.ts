import * as core from "@canon/core";
import { ControlStatus, Framework, InclusionReason } from "@canon/core";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Connection } from "../graphql/connection";
import { DateTime } from "../graphql/scalars";
import "../graphql/enums";

@ObjectType({ description: "How one requirement of a framework is met, for an AI system or organisation-wide (one per scope, framework and requirement)" })
export class ControlAssessment {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true, description: "The AI system assessed; null: organisation-wide" }) systemId!: string | null;
  @Field(() => Framework) framework!: Framework;
  @Field(() => String, { description: 'Catalogue id ("A.6.2.4", "GOVERN-1.6", "art-9") or "ORG-…" for an organisation-defined control' })
  requirementId!: string;
  @Field(() => String, { nullable: true, description: "The catalogue's title of the requirement, or customTitle" }) requirementTitle!: string | null;
  @Field(() => String, { nullable: true, description: "Title of an organisation-defined control" }) customTitle!: string | null;
  @Field(() => ControlStatus) status!: ControlStatus;
  @Field(() => Boolean) applicable!: boolean;
  @Field(() => InclusionReason, { nullable: true }) inclusionReason!: InclusionReason | null;
  @Field(() => String, { nullable: true, description: "Inclusion detail, or the justification of an exclusion" }) justification!: string | null;
  @Field(() => DateTime, { nullable: true, description: "When an exclusion lapses" }) exclusionExpiresAt!: Date | null;
  @Field(() => String, { nullable: true }) ownerId!: string | null;
  @Field(() => Int, { nullable: true, description: "NIST AI RMF profile tier (1–4)" }) currentTier!: number | null;
  @Field(() => Int, { nullable: true, description: "NIST AI RMF profile tier (1–4)" }) targetTier!: number | null;
  @Field(() => DateTime, { nullable: true }) lastReviewedAt!: Date | null;
  @Field(() => DateTime, { nullable: true }) nextReviewAt!: Date | null;
  @Field(() => [ID], { description: "The evidence backing this assessment" }) evidenceIds!: string[];
  @Field(() => String, { nullable: true }) createdById!: string | null;
  @Field(() => DateTime) createdAt!: Date;
  @Field(() => DateTime) updatedAt!: Date;
}

export const ControlAssessmentConnection = Connection("ControlAssessment", ControlAssessment);

type AssessmentRow = Awaited<ReturnType<typeof core.setControlAssessment>>;

export function toControlAssessment(row: AssessmentRow): ControlAssessment {
  const { evidence, ...fields } = row;
  return { ...fields, requirementTitle: core.requirementTitle(row), evidenceIds: evidence.map((e) => e.evidenceId) };
}
