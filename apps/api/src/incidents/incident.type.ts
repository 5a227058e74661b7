import { IncidentStatus, RiskLevel } from "@canon/core";
import { Field, ID, ObjectType } from "type-graphql";
import { DateTime } from "../graphql/scalars";
import "../graphql/enums";

@ObjectType({ description: "An incident of an AI system (serious ones are reportable under EU AI Act Art. 73)" })
export class Incident {
  @Field(() => ID) id!: string;
  @Field(() => ID) systemId!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => RiskLevel) severity!: RiskLevel;
  @Field(() => Boolean, { description: "A serious incident in the sense of EU AI Act Art. 3(49)" }) serious!: boolean;
  @Field(() => IncidentStatus) status!: IncidentStatus;
  @Field(() => DateTime) occurredAt!: Date;
  @Field(() => DateTime, { nullable: true }) reportedAt!: Date | null;
  @Field(() => String, { nullable: true }) resolution!: string | null;
  @Field(() => String, { nullable: true }) createdById!: string | null;
  @Field(() => DateTime) createdAt!: Date;
  @Field(() => DateTime) updatedAt!: Date;
}
