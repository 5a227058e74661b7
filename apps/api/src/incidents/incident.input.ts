import { IncidentStatus, RiskLevel } from "@canon/core";
import { Field, ID, InputType } from "type-graphql";
import { DateTime } from "../graphql/scalars";
import "../graphql/enums";

@InputType()
export class RecordIncidentInput {
  @Field(() => ID) systemId!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => RiskLevel) severity!: RiskLevel;
  @Field(() => Boolean, { nullable: true, description: "EU AI Act Art. 3(49); default false" }) serious?: boolean | null;
  @Field(() => DateTime) occurredAt!: Date;
  @Field(() => DateTime, { nullable: true, description: "When it was reported; not before occurredAt" }) reportedAt?: Date | null;
}

@InputType({ description: "Omitted fields are left unchanged" })
export class UpdateIncidentInput {
  @Field(() => IncidentStatus, { nullable: true }) status?: IncidentStatus | null;
  @Field(() => String, { nullable: true }) resolution?: string | null;
  @Field(() => DateTime, { nullable: true }) reportedAt?: Date | null;
  @Field(() => Boolean, { nullable: true }) serious?: boolean | null;
}
