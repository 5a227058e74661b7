import * as core from "@canon/core";
import { Permission } from "@canon/core";
import { Arg, Ctx, Field, ID, ObjectType, Query, Resolver } from "type-graphql";
import { Allow } from "../graphql/allow";
import type { Context } from "../graphql/context";
import { DateTime } from "../graphql/scalars";

@ObjectType({ description: "One section of the Commission's template for the public summary of training content" })
export class TrainingSummarySection {
  @Field(() => String) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { description: "Drafted from the dataset records; a person finishes it" }) text!: string;
  @Field(() => [String], { description: "What no registry record fills" }) missing!: string[];
}

@ObjectType({ description: "A draft of a general-purpose AI model's public training-content summary (EU AI Act Art. 53(1)(d))" })
export class TrainingContentSummary {
  @Field(() => ID) modelId!: string;
  @Field(() => String) modelName!: string;
  @Field(() => Boolean, { description: "Every section drafted with nothing missing" }) complete!: boolean;
  @Field(() => [TrainingSummarySection]) sections!: TrainingSummarySection[];
}

@Resolver()
export class TrainingContentSummaryResolver {
  @Allow(Permission.READ)
  @Query(() => TrainingContentSummary, {
    complexity: 5_000,
    description: "Draft the public summary of a model's training content from its linked dataset records, now or as of an instant",
  })
  trainingContentSummary(@Ctx() ctx: Context, @Arg("modelId", () => ID) modelId: string, @Arg("asOf", () => DateTime, { nullable: true }) asOf?: Date | null) {
    return core.getTrainingContentSummary({ actor: ctx.actor!, modelId, asOf });
  }
}
