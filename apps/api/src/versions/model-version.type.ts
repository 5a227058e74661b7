// A registered version of a model. Other areas add field resolvers to this type from their own files
// (e.g. evaluations, model card): keep the export name `ModelVersion` and this path.
import { ParentRelation, Stage } from "@canon/core";
import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Connection } from "../graphql/connection";
import { DateTime, JSONObject } from "../graphql/scalars";
import "../graphql/enums";

@ObjectType({ description: "One registered version of a model: a pointer to its artifact, with provenance and lineage. Immutable once approved" })
export class ModelVersion {
  @Field(() => ID) id!: string;
  @Field(() => ID) modelId!: string;
  @Field(() => Int, { description: "Assigned atomically per model: 1, 2, 3 … without gaps" }) number!: number;
  @Field(() => Stage) stage!: Stage;
  @Field(() => String, { description: "Where the artifact lives (the registry keeps pointers, not weights)" }) artifactUri!: string;
  @Field(() => String, { description: "sha256 of the artifact, 64 hexadecimal characters" }) artifactDigest!: string;
  @Field(() => Float, { nullable: true, description: "Artifact size in bytes" }) artifactSize!: number | bigint | null;
  @Field(() => String, { nullable: true }) format!: string | null;
  @Field(() => String, { nullable: true }) sourceCommit!: string | null;
  @Field(() => String, { nullable: true }) runId!: string | null;
  @Field(() => String, { nullable: true }) runUrl!: string | null;
  @Field(() => JSONObject) hyperparameters!: Record<string, unknown>;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => ID, { nullable: true }) parentVersionId!: string | null;
  @Field(() => ParentRelation, { nullable: true }) parentRelation!: ParentRelation | null;
  @Field(() => DateTime, { nullable: true }) approvedAt!: Date | null;
  @Field(() => DateTime, { nullable: true }) archivedAt!: Date | null;
  @Field(() => String, { nullable: true }) createdById!: string | null;
  @Field(() => DateTime) createdAt!: Date;
  @Field(() => DateTime) updatedAt!: Date;
}

export const ModelVersionConnection = Connection("ModelVersion", ModelVersion);
