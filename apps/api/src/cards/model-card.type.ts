import { Framework } from "@canon/core";
import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Connection } from "../graphql/connection";
import { DateTime } from "../graphql/scalars";
import "../graphql/enums";

@ObjectType({ description: "How complete a card is for one framework" })
export class FrameworkCompleteness {
  @Field(() => Framework) framework!: Framework;
  @Field(() => Float, { description: "Share of the framework's required sections that are filled, 0..1" }) score!: number;
  @Field(() => [String], { description: "Sections the framework needs (input field names)" }) required!: string[];
  @Field(() => [String], { description: "Required sections still empty" }) missing!: string[];
}

@ObjectType({ description: "Computed completeness of a card revision, overall and per framework" })
export class CardCompleteness {
  @Field(() => Float, { description: "Share of all card sections that are filled, 0..1" }) overall!: number;
  @Field(() => [String]) filled!: string[];
  @Field(() => [String]) missing!: string[];
  @Field(() => [FrameworkCompleteness]) frameworks!: FrameworkCompleteness[];
}

@ObjectType({ description: "One revision of a model version's card (revisions are numbered 1, 2, 3 … per version)" })
export class ModelCard {
  @Field(() => ID, { description: "Id of this revision" }) id!: string;
  @Field(() => ID) cardId!: string;
  @Field(() => ID) modelVersionId!: string;
  @Field(() => Int) revision!: number;
  @Field(() => Int, { description: "The card's newest revision number" }) latestRevision!: number;
  @Field(() => String, { nullable: true }) overview!: string | null;
  @Field(() => String, { nullable: true }) intendedUse!: string | null;
  @Field(() => String, { nullable: true }) outOfScopeUse!: string | null;
  @Field(() => String, { nullable: true }) intendedUsers!: string | null;
  @Field(() => String, { nullable: true }) factors!: string | null;
  @Field(() => String, { nullable: true }) trainingData!: string | null;
  @Field(() => String, { nullable: true }) evaluationData!: string | null;
  @Field(() => String, { nullable: true }) metricsSummary!: string | null;
  @Field(() => String, { nullable: true }) ethicalConsiderations!: string | null;
  @Field(() => String, { nullable: true }) limitationsAndRisks!: string | null;
  @Field(() => String, { nullable: true }) recommendations!: string | null;
  @Field(() => String, { nullable: true }) environmentalImpact!: string | null;
  @Field(() => String, { nullable: true }) changeNote!: string | null;
  @Field(() => String, { nullable: true }) createdById!: string | null;
  @Field(() => DateTime) createdAt!: Date;
}

export const ModelCardConnection = Connection("ModelCard", ModelCard);
