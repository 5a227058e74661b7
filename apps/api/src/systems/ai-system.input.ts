import { GpaiStatus, HighRiskRoute, LifecycleStatus, MarketStatus, OperatorRole, RiskTier } from "@canon/core";
import { Field, InputType, Int } from "type-graphql";
import { SortDirection } from "../graphql/enums";

@InputType()
export class CertificateInput {
  @Field(() => String) type!: string;
  @Field(() => String) number!: string;
  @Field(() => String, { nullable: true }) expiresOn?: string | null;
  @Field(() => String, { nullable: true }) notifiedBody?: string | null;
  @Field(() => String, { nullable: true }) notifiedBodyNumber?: string | null;
}

@InputType({ description: "Descriptive fields of an AI system; omitted fields are left unchanged" })
export class AISystemFieldsInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) tradeName?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true }) intendedPurpose?: string | null;
  @Field(() => String, { nullable: true }) ownerId?: string | null;
  @Field(() => String, { nullable: true }) businessUnit?: string | null;
  @Field(() => LifecycleStatus, { nullable: true }) lifecycleStatus?: LifecycleStatus | null;
  @Field(() => String, { nullable: true }) deploymentContext?: string | null;
  @Field(() => MarketStatus, { nullable: true }) marketStatus?: MarketStatus | null;
  @Field(() => [String], { nullable: true }) memberStates?: string[] | null;
  @Field(() => String, { nullable: true }) humanOversight?: string | null;
  @Field(() => String, { nullable: true }) affectedPersons?: string | null;
  @Field(() => [String], { nullable: true }) personalDataCategories?: string[] | null;
  @Field(() => [CertificateInput], { nullable: true }) certificates?: CertificateInput[] | null;
  @Field(() => String, { nullable: true }) euRegistrationNumber?: string | null;
}

@InputType()
export class CreateAISystemInput extends AISystemFieldsInput {
  @Field(() => String, { description: "Stable reference, unique in the organisation" }) reference!: string;
  @Field(() => String) name!: string;
}

@InputType({ description: "EU AI Act classification; the whole classification is replaced" })
export class ClassifyAISystemInput {
  @Field(() => OperatorRole) operatorRole!: OperatorRole;
  @Field(() => RiskTier) riskTier!: RiskTier;
  @Field(() => HighRiskRoute, { nullable: true }) highRiskRoute?: HighRiskRoute | null;
  @Field(() => Int, { nullable: true }) annexIIIArea?: number | null;
  @Field(() => String, { nullable: true }) annexIIIPoint?: string | null;
  @Field(() => Boolean, { nullable: true }) art6_3Derogation?: boolean | null;
  @Field(() => String, { nullable: true }) art6_3Justification?: string | null;
  @Field(() => Boolean, { nullable: true }) profiling?: boolean | null;
  @Field(() => GpaiStatus, { nullable: true }) gpaiStatus?: GpaiStatus | null;
  @Field(() => [String], { nullable: true }) transparencyDuties?: string[] | null;
}

@InputType()
export class AISystemFilter {
  @Field(() => String, { nullable: true, description: "Text in name, reference or description" }) search?: string | null;
  @Field(() => RiskTier, { nullable: true }) riskTier?: RiskTier | null;
  @Field(() => LifecycleStatus, { nullable: true }) lifecycleStatus?: LifecycleStatus | null;
  @Field(() => String, { nullable: true }) ownerId?: string | null;
  @Field(() => String, { nullable: true }) businessUnit?: string | null;
}

export enum AISystemSortField {
  NAME = "name",
  CREATED_AT = "createdAt",
  UPDATED_AT = "updatedAt",
  RISK_TIER = "riskTier",
}

@InputType()
export class AISystemOrder {
  @Field(() => AISystemSortField) field!: AISystemSortField;
  @Field(() => SortDirection, { defaultValue: "ASC" }) direction!: SortDirection;
}
