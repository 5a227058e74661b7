import { LineageRole } from "@canon/core";
import { Field, ID, ObjectType } from "type-graphql";
import { DatasetVersion } from "../datasets/dataset.type";
import "../graphql/enums";

@ObjectType({ description: "A dataset version a model version was built or checked with, and for what" })
export class ModelVersionLineage {
  @Field(() => LineageRole) role!: LineageRole;
  @Field(() => ID) datasetVersionId!: string;
  @Field(() => DatasetVersion) datasetVersion!: DatasetVersion;
}
