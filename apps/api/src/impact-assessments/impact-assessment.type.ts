import { ImpactAssessmentKind } from "@canon/core";
import { Field, ID, ObjectType } from "type-graphql";
import { DateTime } from "../graphql/scalars";
import "../graphql/enums";

@ObjectType({ description: "An impact assessment of an AI system: FRIA (EU AI Act Art. 27), AI system impact (ISO/IEC 42001 6.1.4) or DPIA" })
export class ImpactAssessment {
  @Field(() => ID) id!: string;
  @Field(() => ID) systemId!: string;
  @Field(() => ImpactAssessmentKind) kind!: ImpactAssessmentKind;
  @Field(() => String) summary!: string;
  @Field(() => String, { nullable: true }) affectedGroups!: string | null;
  @Field(() => String, { nullable: true }) consequences!: string | null;
  @Field(() => String, { nullable: true }) mitigations!: string | null;
  @Field(() => DateTime) assessedAt!: Date;
  @Field(() => DateTime, { nullable: true }) nextReviewAt!: Date | null;
  @Field(() => String, { nullable: true }) createdById!: string | null;
  @Field(() => DateTime) createdAt!: Date;
  @Field(() => DateTime) updatedAt!: Date;
}
