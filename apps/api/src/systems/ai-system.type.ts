import { GpaiStatus, HighRiskRoute, LifecycleStatus, MarketStatus, OperatorRole, RiskTier } from "@canon/core";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Connection } from "../graphql/connection";
import { DateTime } from "../graphql/scalars";
import "../graphql/enums";

@ObjectType({ description: "A certificate issued for a system (EU AI Act Annex VIII A8)" })
export class Certificate {
  @Field(() => String) type!: string;
  @Field(() => String) number!: string;
  @Field(() => String, { nullable: true }) expiresOn?: string | null;
  @Field(() => String, { nullable: true }) notifiedBody?: string | null;
  @Field(() => String, { nullable: true }) notifiedBodyNumber?: string | null;
}

@ObjectType({ description: "The regulated thing: an AI use case or product, with its EU AI Act classification" })
export class AISystem {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: "Stable reference, unique in the organisation" }) reference!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) tradeName!: string | null;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => String, { nullable: true }) intendedPurpose!: string | null;
  @Field(() => String, { nullable: true }) ownerId!: string | null;
  @Field(() => String, { nullable: true }) businessUnit!: string | null;
  @Field(() => LifecycleStatus) lifecycleStatus!: LifecycleStatus;
  @Field(() => String, { nullable: true }) deploymentContext!: string | null;
  @Field(() => OperatorRole) operatorRole!: OperatorRole;
  @Field(() => RiskTier) riskTier!: RiskTier;
  @Field(() => HighRiskRoute, { nullable: true }) highRiskRoute!: HighRiskRoute | null;
  @Field(() => Int, { nullable: true }) annexIIIArea!: number | null;
  @Field(() => String, { nullable: true, description: 'Annex III point, e.g. "5(b)"' }) annexIIIPoint!: string | null;
  @Field(() => Boolean) art6_3Derogation!: boolean;
  @Field(() => String, { nullable: true }) art6_3Justification!: string | null;
  @Field(() => Boolean) profiling!: boolean;
  @Field(() => GpaiStatus) gpaiStatus!: GpaiStatus;
  @Field(() => [String], { description: 'Art. 50 duties: "50(1)", "50(2)", "50(3)", "50(4)-deepfake", "50(4)-text"' }) transparencyDuties!: string[];
  @Field(() => MarketStatus) marketStatus!: MarketStatus;
  @Field(() => [String], { description: "ISO 3166-1 alpha-2 codes of EU member states" }) memberStates!: string[];
  @Field(() => String, { nullable: true }) humanOversight!: string | null;
  @Field(() => String, { nullable: true }) affectedPersons!: string | null;
  @Field(() => [String]) personalDataCategories!: string[];
  @Field(() => [Certificate]) certificates!: Certificate[];
  @Field(() => String, { nullable: true }) euRegistrationNumber!: string | null;
  @Field(() => DateTime, { nullable: true }) classifiedAt!: Date | null;
  @Field(() => String, { nullable: true }) classifiedById!: string | null;
  @Field(() => String, { nullable: true }) createdById!: string | null;
  @Field(() => DateTime) createdAt!: Date;
  @Field(() => DateTime) updatedAt!: Date;
}

export const AISystemConnection = Connection("AISystem", AISystem);
