import { ApprovalStatus, ApprovalSubjectType, DecisionKind, Stage } from "@canon/core";
import { Field, ID, InputType } from "type-graphql";
import "../graphql/enums";

@InputType({ description: "Give exactly one of modelVersionId and releaseId, and a targetStage, a targetAlias (versions only) or both" })
export class RequestApprovalInput {
  @Field(() => ID, { nullable: true }) modelVersionId?: string | null;
  @Field(() => ID, { nullable: true }) releaseId?: string | null;
  @Field(() => Stage, { nullable: true, description: "STAGING or PRODUCTION, later than the current stage" }) targetStage?: Stage | null;
  @Field(() => String, { nullable: true, description: "Alias of the version's model to move (created protected if it does not exist)" }) targetAlias?:
    string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: "With targetStage PRODUCTION: archive the previous PRODUCTION version(s) of the model / release(s) of the system",
  })
  archivePrevious?: boolean | null;
  @Field(() => String) justification!: string;
}

@InputType()
export class DecideApprovalInput {
  @Field(() => ID) requestId!: string;
  @Field(() => DecisionKind) decision!: DecisionKind;
  @Field(() => String, { nullable: true, description: "Required when rejecting" }) comment?: string | null;
}

@InputType()
export class ApprovalRequestFilter {
  @Field(() => ApprovalStatus, { nullable: true }) status?: ApprovalStatus | null;
  @Field(() => ApprovalSubjectType, { nullable: true }) subjectType?: ApprovalSubjectType | null;
  @Field(() => ID, { nullable: true }) modelVersionId?: string | null;
  @Field(() => ID, { nullable: true }) releaseId?: string | null;
  @Field(() => String, { nullable: true }) requestedById?: string | null;
}

@InputType({ description: "Point an alias back to a version of its model that was approved before" })
export class RollbackAliasInput {
  @Field(() => ID) modelId!: string;
  @Field(() => String) alias!: string;
  @Field(() => ID) toVersionId!: string;
  @Field(() => String) reason!: string;
}
