import { ControlStatus, Framework, InclusionReason } from "@canon/core";
import { Field, ID, InputType, Int } from "type-graphql";
import { DateTime } from "../graphql/scalars";
import "../graphql/enums";

@InputType({ description: "Assesses a requirement: the first time creates the assessment, afterwards changes it; omitted fields are left unchanged" })
export class SetControlAssessmentInput {
  @Field(() => ID, { nullable: true, description: "The AI system; omitted or null: organisation-wide" }) systemId?: string | null;
  @Field(() => Framework) framework!: Framework;
  @Field(() => String, { description: 'Catalogue id ("A.6.2.4", "GOVERN-1.6", "art-9") or "ORG-…" with customTitle' }) requirementId!: string;
  @Field(() => String, { nullable: true, description: "Required for organisation-defined controls, refused otherwise" }) customTitle?: string | null;
  @Field(() => ControlStatus, { nullable: true }) status?: ControlStatus | null;
  @Field(() => Boolean, { nullable: true, description: "false: excluded (needs a justification)" }) applicable?: boolean | null;
  @Field(() => InclusionReason, { nullable: true, description: "Required while applicable" }) inclusionReason?: InclusionReason | null;
  @Field(() => String, { nullable: true, description: "Inclusion detail, or the justification an exclusion needs" }) justification?: string | null;
  @Field(() => DateTime, { nullable: true }) exclusionExpiresAt?: Date | null;
  @Field(() => String, { nullable: true, description: "A member of the organisation" }) ownerId?: string | null;
  @Field(() => Int, { nullable: true, description: "NIST AI RMF only, 1–4" }) currentTier?: number | null;
  @Field(() => Int, { nullable: true, description: "NIST AI RMF only, 1–4" }) targetTier?: number | null;
  @Field(() => DateTime, { nullable: true }) lastReviewedAt?: Date | null;
  @Field(() => DateTime, { nullable: true }) nextReviewAt?: Date | null;
  @Field(() => [ID], { nullable: true, description: "Replaces the evidence backing this assessment" }) evidenceIds?: string[] | null;
}

@InputType()
export class ControlAssessmentFilter {
  @Field(() => ID, { nullable: true }) systemId?: string | null;
  @Field(() => Boolean, { nullable: true, description: "true: only organisation-wide assessments" }) organizationWide?: boolean | null;
  @Field(() => Framework, { nullable: true }) framework?: Framework | null;
  @Field(() => ControlStatus, { nullable: true }) status?: ControlStatus | null;
}
