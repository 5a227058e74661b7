// What the classification assistant answers: a suggested classification with its reasons, the EU AI Act
// obligations that follow (each with the date it applies from), how a change moves them, and the
// confirmation an approver leaves behind.
import { GpaiStatus, HighRiskRoute, OperatorRole, RiskTier } from "@canon/core";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { DateTime, JSON } from "../graphql/scalars";
import { AISystem } from "../systems/ai-system.type";
import "../graphql/enums";

@ObjectType({ description: "One line of the assistant's reasoning: the questionnaire step, the provision it rests on, and what it concluded" })
export class ClassificationReason {
  @Field(() => String, { description: 'The step, e.g. "Annex III use", "Art. 6(3) derogation", "Risk tier"' }) step!: string;
  @Field(() => String, { description: 'Where the Act says it, e.g. "Art. 6(2), Annex III 4(a)"' }) reference!: string;
  @Field(() => String) text!: string;
}

@ObjectType({ description: "An EU AI Act classification in the shape an AI system stores it" })
export class EuAiActClassification {
  @Field(() => OperatorRole) operatorRole!: OperatorRole;
  @Field(() => RiskTier) riskTier!: RiskTier;
  @Field(() => HighRiskRoute, { nullable: true }) highRiskRoute!: HighRiskRoute | null;
  @Field(() => Int, { nullable: true }) annexIIIArea!: number | null;
  @Field(() => String, { nullable: true, description: 'Annex III point, e.g. "4(a)"; null for area 2' }) annexIIIPoint!: string | null;
  @Field(() => Boolean) art6_3Derogation!: boolean;
  @Field(() => String, { nullable: true }) art6_3Justification!: string | null;
  @Field(() => Boolean) profiling!: boolean;
  @Field(() => GpaiStatus) gpaiStatus!: GpaiStatus;
  @Field(() => [String], { description: 'Art. 50 duties: "50(1)", "50(2)", "50(3)", "50(4)-deepfake", "50(4)-text"' }) transparencyDuties!: string[];
}

@ObjectType({ description: "The deployer facts some obligations depend on (Arts. 27, 49(3))" })
export class ObligationContext {
  @Field(() => Boolean) deployerIsPublicAuthority!: boolean;
  @Field(() => Boolean) deployerProvidesPublicServices!: boolean;
}

@ObjectType({ description: "An EU AI Act obligation that follows from a classification for the operator role" })
export class ObligationDue {
  @Field(() => String, { description: 'Catalogue id, e.g. "art-9"' }) obligationId!: string;
  @Field(() => String, { description: 'e.g. "Art. 9"' }) reference!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { description: "YYYY-MM-DD: when it applies to this system (by its high-risk route)" }) appliesFrom!: string;
  @Field(() => String) why!: string;
}

@ObjectType({ description: "An obligation due before and after a change whose application date moves" })
export class ObligationRescheduling {
  @Field(() => ObligationDue) before!: ObligationDue;
  @Field(() => ObligationDue) after!: ObligationDue;
}

@ObjectType({ description: "What a classification change does to the obligations (compared by obligation id)" })
export class ObligationsDiff {
  @Field(() => [ObligationDue]) added!: ObligationDue[];
  @Field(() => [ObligationDue]) removed!: ObligationDue[];
  @Field(() => [ObligationDue], { description: "Due before and after (as after the change)" }) unchanged!: ObligationDue[];
  @Field(() => [ObligationRescheduling], { description: "The unchanged ones whose application date moves" }) rescheduled!: ObligationRescheduling[];
}

@ObjectType({ description: "The assistant's suggestion for a system, and what it would change" })
export class ClassificationSuggestion {
  @Field(() => AISystem) system!: AISystem;
  @Field(() => EuAiActClassification, { description: "The suggested classification" }) classification!: EuAiActClassification;
  @Field(() => [ClassificationReason]) reasons!: ClassificationReason[];
  @Field(() => ObligationContext) obligationContext!: ObligationContext;
  @Field(() => [ObligationDue], { description: "The obligations under the suggested classification" }) obligations!: ObligationDue[];
  @Field(() => EuAiActClassification, { description: "The system's classification now" }) current!: EuAiActClassification;
  @Field(() => ObligationsDiff, { description: "From the current classification's obligations to the suggested one's" }) diff!: ObligationsDiff;
}

@ObjectType({ description: "What changing a system's classification would do to its obligations; nothing is written" })
export class ClassificationChangePreview {
  @Field(() => AISystem) system!: AISystem;
  @Field(() => EuAiActClassification) current!: EuAiActClassification;
  @Field(() => EuAiActClassification) proposed!: EuAiActClassification;
  @Field(() => [ObligationDue], { description: "The obligations under the proposed classification" }) obligations!: ObligationDue[];
  @Field(() => ObligationsDiff) diff!: ObligationsDiff;
}

@ObjectType({ description: "A classification confirmed (or overridden, with a justification) by an approver" })
export class ClassificationConfirmation {
  @Field(() => ID) id!: string;
  @Field(() => ID) systemId!: string;
  @Field(() => JSON, { description: "The questionnaire's answers, as validated" }) answers!: unknown;
  @Field(() => JSON, { description: "The suggestion: classification, reasons and deployer context" }) suggested!: unknown;
  @Field(() => JSON, { description: "The classification applied to the system (with publicAuthority)" }) confirmed!: unknown;
  @Field(() => Boolean, { description: "The confirmed classification departs from the suggestion" }) overridden!: boolean;
  @Field(() => String, { nullable: true }) justification!: string | null;
  @Field(() => String, { nullable: true }) confirmedById!: string | null;
  @Field(() => DateTime) createdAt!: Date;
}

@ObjectType({ description: "A confirmed classification: the system as classified, the confirmation, and the obligations it brought" })
export class ClassificationConfirmationResult {
  @Field(() => AISystem) system!: AISystem;
  @Field(() => ClassificationConfirmation) confirmation!: ClassificationConfirmation;
  @Field(() => [ObligationDue], { description: "The obligations under the confirmed classification" }) obligations!: ObligationDue[];
  @Field(() => ObligationsDiff, { description: "From the obligations before the confirmation to those after" }) diff!: ObligationsDiff;
}
