import { Field, ID, Int, ObjectType } from "type-graphql";
import { DateTime, JSON } from "../graphql/scalars";

@ObjectType({ description: "An audited subject's whole record at an instant, rebuilt from the audit trail" })
export class RecordAsOf {
  @Field(() => String) subjectType!: string;
  @Field(() => ID) subjectId!: string;
  @Field(() => JSON, { nullable: true, description: "The record then; null when the subject did not exist at that instant" }) record!: unknown;
  @Field(() => Int, { nullable: true, description: "The audit event that set it" }) seq!: number | null;
  @Field(() => String, { nullable: true }) action!: string | null;
  @Field(() => DateTime, { nullable: true }) changedAt!: Date | null;
}

@ObjectType({ description: "A subject whose live row and rebuilt state disagree" })
export class TrailMismatch {
  @Field(() => String) subjectType!: string;
  @Field(() => ID) subjectId!: string;
  @Field(() => String, { description: "NOT_IN_TRAIL (a row the trail never recorded), NOT_IN_TABLE (the trail has it, the table lost it) or DIFFERS" })
  problem!: string;
  @Field(() => [String], { description: "For DIFFERS: the fields that differ" }) fields!: string[];
}

@ObjectType({ description: "Whether the audit trail accounts for every row of the registry" })
export class TrailReconciliation {
  @Field(() => Boolean) consistent!: boolean;
  @Field(() => Int, { description: "Subjects compared" }) checked!: number;
  @Field(() => [TrailMismatch]) mismatches!: TrailMismatch[];
}
