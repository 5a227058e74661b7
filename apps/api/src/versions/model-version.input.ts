import { LineageRole, ParentRelation, Stage } from "@canon/core";
import { Field, Float, ID, InputType } from "type-graphql";
import { SortDirection } from "../graphql/enums";
import { JSON as JSONScalar } from "../graphql/scalars";

@InputType({ description: "A dataset version the model version was built or checked with" })
export class LineageInput {
  @Field(() => ID) datasetVersionId!: string;
  @Field(() => LineageRole) role!: LineageRole;
}

@InputType()
export class RegisterModelVersionInput {
  @Field(() => ID) modelId!: string;
  @Field(() => String, { description: "Absolute URI of the artifact, e.g. s3://bucket/model.onnx" }) artifactUri!: string;
  @Field(() => String, { description: "sha256 of the artifact: 64 hexadecimal characters, optionally prefixed sha256:" }) artifactDigest!: string;
  @Field(() => Float, { nullable: true, description: "Bytes (a whole number)" }) artifactSize?: number | null;
  @Field(() => String, { nullable: true, description: "e.g. onnx, safetensors, gguf" }) format?: string | null;
  @Field(() => String, { nullable: true }) sourceCommit?: string | null;
  @Field(() => String, { nullable: true }) runId?: string | null;
  @Field(() => String, { nullable: true }) runUrl?: string | null;
  @Field(() => JSONScalar, { nullable: true, description: "A JSON object" }) hyperparameters?: Record<string, unknown> | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => ID, { nullable: true, description: "The version this one was derived from" }) parentVersionId?: string | null;
  @Field(() => ParentRelation, { nullable: true, description: "Required with parentVersionId" }) parentRelation?: ParentRelation | null;
  @Field(() => [LineageInput], { nullable: true }) lineage?: LineageInput[] | null;
  @Field(() => [String], { nullable: true }) tags?: string[] | null;
}

@InputType({ description: "Only the description and tags of a version can change; artifact, digest, provenance and lineage are fixed" })
export class UpdateModelVersionInput {
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [String], { nullable: true, description: "Replaces the tag list" }) tags?: string[] | null;
}

@InputType()
export class ModelVersionFilter {
  @Field(() => ID, { nullable: true }) modelId?: string | null;
  @Field(() => Stage, { nullable: true }) stage?: Stage | null;
  @Field(() => String, { nullable: true }) tag?: string | null;
  @Field(() => String, { nullable: true, description: "Text in description, format, source commit, run id or artifact URI" }) search?: string | null;
}

export enum ModelVersionSortField {
  NUMBER = "number",
  CREATED_AT = "createdAt",
}

@InputType()
export class ModelVersionOrder {
  @Field(() => ModelVersionSortField) field!: ModelVersionSortField;
  @Field(() => SortDirection, { defaultValue: "DESC" }) direction!: SortDirection;
}
