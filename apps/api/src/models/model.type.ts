import { HealthStatus, ModelKind, ModelSource, ModelStatus } from "@canon/core";
import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Connection } from "../graphql/connection";
import { DateTime } from "../graphql/scalars";
import "../graphql/enums";

@ObjectType({ description: "A registered model: classifier, LLM, embedding model, adapter, prompt template… Internal, open-weight or provider-hosted" })
export class Model {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: "Unique in the organisation" }) name!: string;
  @Field(() => ModelKind) kind!: ModelKind;
  @Field(() => ModelSource) source!: ModelSource;
  @Field(() => ModelStatus) status!: ModelStatus;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => String, { nullable: true }) ownerId!: string | null;
  @Field(() => ID, { nullable: true, description: "The AI system the model belongs to" }) systemId!: string | null;
  @Field(() => String, { nullable: true, description: "Hosting provider (provider-hosted models)" }) provider!: string | null;
  @Field(() => String, { nullable: true, description: "The provider's canonical model id" }) providerModelId!: string | null;
  @Field(() => Int, { nullable: true, description: "Context window in tokens" }) contextWindow!: number | null;
  @Field(() => Int, { nullable: true }) maxOutputTokens!: number | null;
  @Field(() => Float, { nullable: true, description: "Price per million input tokens" }) inputPricePerMTok!: number | null;
  @Field(() => Float, { nullable: true, description: "Price per million output tokens" }) outputPricePerMTok!: number | null;
  @Field(() => Boolean, { nullable: true }) supportsStreaming!: boolean | null;
  @Field(() => Int, { nullable: true }) timeoutMs!: number | null;
  @Field(() => HealthStatus) healthStatus!: HealthStatus;
  @Field(() => DateTime, { nullable: true }) deprecationDate!: Date | null;
  @Field(() => [String]) capabilityTags!: string[];
  @Field(() => Boolean, { description: "May serve as a fallback for another model in the gateway" }) fallbackEligible!: boolean;
  @Field(() => Int, { description: "Number of the most recently registered version (0 before the first)" }) latestVersionNumber!: number;
  @Field(() => ID, { nullable: true }) latestVersionId!: string | null;
  @Field(() => String, { nullable: true }) createdById!: string | null;
  @Field(() => DateTime) createdAt!: Date;
  @Field(() => DateTime) updatedAt!: Date;
}

export const ModelConnection = Connection("Model", Model);
