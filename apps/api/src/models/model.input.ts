import { HealthStatus, ModelKind, ModelSource, ModelStatus } from "@canon/core";
import { Field, Float, ID, InputType, Int } from "type-graphql";
import { SortDirection } from "../graphql/enums";
import { DateTime } from "../graphql/scalars";

@InputType({ description: "Fields of a model; omitted fields are left unchanged, tags (when given) replace the list" })
export class ModelFieldsInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => ModelKind, { nullable: true }) kind?: ModelKind | null;
  @Field(() => ModelSource, { nullable: true }) source?: ModelSource | null;
  @Field(() => ModelStatus, { nullable: true }) status?: ModelStatus | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true, description: "A member of the organisation" }) ownerId?: string | null;
  @Field(() => ID, { nullable: true, description: "An AI system of the organisation" }) systemId?: string | null;
  @Field(() => [String], { nullable: true }) tags?: string[] | null;
  @Field(() => String, { nullable: true, description: "Required when source is PROVIDER_HOSTED" }) provider?: string | null;
  @Field(() => String, { nullable: true, description: "Required when source is PROVIDER_HOSTED" }) providerModelId?: string | null;
  @Field(() => Int, { nullable: true }) contextWindow?: number | null;
  @Field(() => Int, { nullable: true }) maxOutputTokens?: number | null;
  @Field(() => Float, { nullable: true }) inputPricePerMTok?: number | null;
  @Field(() => Float, { nullable: true }) outputPricePerMTok?: number | null;
  @Field(() => Boolean, { nullable: true }) supportsStreaming?: boolean | null;
  @Field(() => Int, { nullable: true }) timeoutMs?: number | null;
  @Field(() => HealthStatus, { nullable: true }) healthStatus?: HealthStatus | null;
  @Field(() => DateTime, { nullable: true }) deprecationDate?: Date | null;
  @Field(() => [String], { nullable: true }) capabilityTags?: string[] | null;
  @Field(() => Boolean, { nullable: true }) fallbackEligible?: boolean | null;
}

@InputType()
export class CreateModelInput extends ModelFieldsInput {
  @Field(() => String, { description: "Unique in the organisation" }) name!: string;
  @Field(() => ModelKind) kind!: ModelKind;
}

@InputType()
export class ModelFilter {
  @Field(() => String, { nullable: true, description: "Text in name, description or provider model id" }) search?: string | null;
  @Field(() => ModelKind, { nullable: true }) kind?: ModelKind | null;
  @Field(() => ModelSource, { nullable: true }) source?: ModelSource | null;
  @Field(() => ModelStatus, { nullable: true }) status?: ModelStatus | null;
  @Field(() => String, { nullable: true }) provider?: string | null;
  @Field(() => String, { nullable: true }) ownerId?: string | null;
  @Field(() => ID, { nullable: true }) systemId?: string | null;
  @Field(() => [String], { nullable: true, description: "Models carrying every one of these tags" }) tags?: string[] | null;
}

export enum ModelSortField {
  NAME = "name",
  CREATED_AT = "createdAt",
  UPDATED_AT = "updatedAt",
}

@InputType()
export class ModelOrder {
  @Field(() => ModelSortField) field!: ModelSortField;
  @Field(() => SortDirection, { defaultValue: "ASC" }) direction!: SortDirection;
}
