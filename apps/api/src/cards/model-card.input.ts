import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "The next revision of a card. Omitted sections are carried over from the previous revision; null or blank clears one" })
export class SaveModelCardInput {
  @Field(() => ID) modelVersionId!: string;
  @Field(() => String, { nullable: true }) overview?: string | null;
  @Field(() => String, { nullable: true }) intendedUse?: string | null;
  @Field(() => String, { nullable: true }) outOfScopeUse?: string | null;
  @Field(() => String, { nullable: true }) intendedUsers?: string | null;
  @Field(() => String, { nullable: true }) factors?: string | null;
  @Field(() => String, { nullable: true }) trainingData?: string | null;
  @Field(() => String, { nullable: true }) evaluationData?: string | null;
  @Field(() => String, { nullable: true }) metricsSummary?: string | null;
  @Field(() => String, { nullable: true }) ethicalConsiderations?: string | null;
  @Field(() => String, { nullable: true }) limitationsAndRisks?: string | null;
  @Field(() => String, { nullable: true }) recommendations?: string | null;
  @Field(() => String, { nullable: true }) environmentalImpact?: string | null;
  @Field(() => String, { nullable: true, description: "Why this revision was made" }) changeNote?: string | null;
}
