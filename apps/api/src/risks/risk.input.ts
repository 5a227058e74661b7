import { RiskLevel, RiskStatus, RiskTreatment } from "@canon/core";
import { Field, ID, InputType, Int } from "type-graphql";
import "../graphql/enums";

@InputType({ description: "Fields of a risk; omitted fields are left unchanged, lists given replace the links" })
export class RiskFieldsInput {
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true, description: 'Where the risk comes from (ISO/IEC 42001 Annex C source, e.g. "bias")' }) category?: string | null;
  @Field(() => Int, { nullable: true, description: "1–5" }) likelihood?: number | null;
  @Field(() => Int, { nullable: true, description: "1–5" }) impact?: number | null;
  @Field(() => RiskLevel, { nullable: true, description: "Omitted: derived from likelihood × impact" }) level?: RiskLevel | null;
  @Field(() => RiskStatus, { nullable: true }) status?: RiskStatus | null;
  @Field(() => RiskTreatment, { nullable: true }) treatment?: RiskTreatment | null;
  @Field(() => String, { nullable: true }) mitigation?: string | null;
  @Field(() => RiskLevel, { nullable: true }) residualLevel?: RiskLevel | null;
  @Field(() => String, { nullable: true, description: "A member of the organisation" }) ownerId?: string | null;
  @Field(() => [ID], { nullable: true, description: "The AI systems it concerns (at least one)" }) systemIds?: string[] | null;
  @Field(() => [ID], { nullable: true, description: "The control assessments that treat it" }) assessmentIds?: string[] | null;
}

@InputType()
export class CreateRiskInput extends RiskFieldsInput {
  @Field(() => String) title!: string;
  @Field(() => String) category!: string;
  @Field(() => Int, { description: "1–5" }) likelihood!: number;
  @Field(() => Int, { description: "1–5" }) impact!: number;
  @Field(() => [ID], { description: "The AI systems it concerns (at least one)" }) systemIds!: string[];
}

@InputType()
export class RiskFilter {
  @Field(() => ID, { nullable: true }) systemId?: string | null;
  @Field(() => RiskLevel, { nullable: true }) level?: RiskLevel | null;
  @Field(() => RiskStatus, { nullable: true }) status?: RiskStatus | null;
}
