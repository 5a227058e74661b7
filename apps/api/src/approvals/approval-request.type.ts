import { ApprovalStatus, ApprovalSubjectType, DecisionKind, Stage } from "@canon/core";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Connection } from "../graphql/connection";
import { DateTime, JSONObject } from "../graphql/scalars";
import { ApprovalPolicy } from "./approval-policy.type";
import "../graphql/enums";

@ObjectType({ description: "One approver's decision, with the evidence it rested on" })
export class ApprovalDecision {
  @Field(() => ID) id!: string;
  @Field(() => ID) requestId!: string;
  @Field(() => String, { description: "The person (user id) who decided, whichever credential they used" }) approverId!: string;
  @Field(() => DecisionKind) decision!: DecisionKind;
  @Field(() => String, { nullable: true }) comment!: string | null;
  @Field(() => JSONObject, {
    description:
      "Snapshot when decided: policy applied, system classification, and per model version the latest run of each evaluation suite and the card revision with its completeness",
  })
  evidence!: Record<string, unknown>;
  @Field(() => DateTime, {
    nullable: true,
    description:
      "Set when the subject changed after the vote (a card revision, an evaluation, an edit): the vote stays on record but no longer counts, and its approver may vote again",
  })
  staleAt!: Date | null;
  @Field(() => String, { nullable: true, description: "Why the vote went stale" }) staleReason!: string | null;
  @Field(() => DateTime) createdAt!: Date;
}

@ObjectType({ description: "A request to move a model version or release to a stage and/or a model version to an alias" })
export class ApprovalRequest {
  @Field(() => ID) id!: string;
  @Field(() => ApprovalSubjectType) subjectType!: ApprovalSubjectType;
  @Field(() => ID, { nullable: true }) modelVersionId!: string | null;
  @Field(() => ID, { nullable: true }) releaseId!: string | null;
  @Field(() => Stage, { nullable: true }) targetStage!: Stage | null;
  @Field(() => String, { nullable: true }) targetAlias!: string | null;
  @Field(() => Boolean) archivePrevious!: boolean;
  @Field(() => String) justification!: string;
  @Field(() => ApprovalStatus) status!: ApprovalStatus;
  @Field(() => String, { description: "The person (user id) who asked" }) requestedById!: string;
  @Field(() => DateTime) createdAt!: Date;
  @Field(() => DateTime, { nullable: true }) resolvedAt!: Date | null;
  policySnapshot!: unknown;
}

@ObjectType({ description: "A rule a request does not meet yet, and what is missing" })
export class UnmetApprovalRule {
  @Field(() => String, {
    description: "PROHIBITED, CLASSIFICATION, EVALUATION_SUITE, CARD_COMPLETENESS, SUBJECT_ARCHIVED, STAGE_ORDER, ALIAS_TARGET or ARCHIVE_PREVIOUS",
  })
  rule!: string;
  @Field(() => String) message!: string;
}

@ObjectType({ description: "What a request still lacks, checked against the data as it is now" })
export class ApprovalCheck {
  @Field(() => ID) requestId!: string;
  @Field(() => ApprovalStatus) status!: ApprovalStatus;
  @Field(() => ApprovalPolicy, { description: "The stricter of the policy snapshotted on the request and the one in force now" }) policy!: ApprovalPolicy;
  @Field(() => Int) approvals!: number;
  @Field(() => Int) requiredApprovals!: number;
  @Field(() => [UnmetApprovalRule]) unmet!: UnmetApprovalRule[];
  @Field(() => Boolean, { description: "PENDING and every rule met (approvals aside)" }) canBeApproved!: boolean;
  @Field(() => JSONObject) evidence!: Record<string, unknown>;
}

@ObjectType()
export class DecideApprovalPayload {
  @Field(() => ApprovalRequest, { description: "The request after the decision (APPROVED when this vote met the policy)" }) request!: ApprovalRequest;
  @Field(() => ApprovalDecision) decision!: ApprovalDecision;
  @Field(() => Int, { description: "Current (not stale) APPROVE decisions so far" }) approvals!: number;
  @Field(() => Int) requiredApprovals!: number;
}

export const ApprovalRequestConnection = Connection("ApprovalRequest", ApprovalRequest);
