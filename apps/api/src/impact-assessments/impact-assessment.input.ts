import { ImpactAssessmentKind } from "@canon/core";
import { Field, ID, InputType } from "type-graphql";
import { DateTime } from "../graphql/scalars";
import "../graphql/enums";

@InputType()
export class RecordImpactAssessmentInput {
  @Field(() => ID) systemId!: string;
  @Field(() => ImpactAssessmentKind) kind!: ImpactAssessmentKind;
  @Field(() => String) summary!: string;
  @Field(() => String, { nullable: true }) affectedGroups?: string | null;
  @Field(() => String, { nullable: true }) consequences?: string | null;
  @Field(() => String, { nullable: true }) mitigations?: string | null;
  @Field(() => DateTime) assessedAt!: Date;
  @Field(() => DateTime, { nullable: true, description: "Not before assessedAt" }) nextReviewAt?: Date | null;
}
