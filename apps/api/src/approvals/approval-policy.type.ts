import { RiskTier, Role } from "@canon/core";
import { Field, Float, InputType, Int, ObjectType } from "type-graphql";
import { DateTime } from "../graphql/scalars";
import "../graphql/enums";

@ObjectType({ description: "What an approval needs for subjects of one risk tier (the organisation's own policy, or the built-in default)" })
export class ApprovalPolicy {
  @Field(() => RiskTier) riskTier!: RiskTier;
  @Field(() => Int, { description: "Distinct people whose APPROVE is needed" }) requiredApprovals!: number;
  @Field(() => [Role], { description: "Roles allowed to approve or reject" }) approverRoles!: Role[];
  @Field(() => [String], { description: "Evaluation suites whose latest run must have passed on the subject (every component version of a release)" })
  requiredSuites!: string[];
  @Field(() => Float, { description: "Minimum overall completeness (0..1) of the latest model card revision of the subject's versions" })
  minCardCompleteness!: number;
  @Field(() => Boolean, { description: "The subject's AI system must exist and be classified" }) requireClassification!: boolean;
  @Field(() => Boolean, { description: "Nothing can be approved (PROHIBITED systems)" }) blocked!: boolean;
  @Field(() => Boolean, { description: "The built-in default applies (the organisation set no policy for this tier)" }) isDefault!: boolean;
  @Field(() => DateTime, { nullable: true }) updatedAt!: Date | null;
}

@InputType({ description: "Replaces the organisation's policy for one risk tier (PROHIBITED cannot be set)" })
export class SetApprovalPolicyInput {
  @Field(() => RiskTier) riskTier!: RiskTier;
  @Field(() => Int, { description: "1 to 10" }) requiredApprovals!: number;
  @Field(() => [Role], { description: "Any of CONTRIBUTOR, APPROVER, ADMIN" }) approverRoles!: Role[];
  @Field(() => [String], { nullable: true }) requiredSuites?: string[] | null;
  @Field(() => Float, { nullable: true, description: "0..1; default 0" }) minCardCompleteness?: number | null;
  @Field(() => Boolean, { nullable: true, description: "Default true" }) requireClassification?: boolean | null;
}
