import { DataClassification } from "@canon/core";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Connection } from "../graphql/connection";
import { DateTime } from "../graphql/scalars";
import "../graphql/enums";

@ObjectType({ description: "A dataset used to train, validate or test models" })
export class Dataset {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: "Unique in the organisation" }) name!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => String, { nullable: true, description: "Where the data comes from" }) source!: string | null;
  @Field(() => String, { nullable: true }) licence!: string | null;
  @Field(() => String, { nullable: true }) ownerId!: string | null;
  @Field(() => DataClassification) classification!: DataClassification;
  @Field(() => Boolean) containsPersonalData!: boolean;
  @Field(() => Boolean, { description: "GDPR Art. 9 special categories" }) containsSpecialCategoryData!: boolean;
  @Field(() => String, { nullable: true }) knownBiases!: string | null;
  @Field(() => Int, { description: "Number of the most recent version (0 before the first)" }) latestVersionNumber!: number;
  @Field(() => String, { nullable: true }) createdById!: string | null;
  @Field(() => DateTime) createdAt!: Date;
  @Field(() => DateTime) updatedAt!: Date;
}

@ObjectType({ description: "One version of a dataset: where it is, its digest, size and collection window" })
export class DatasetVersion {
  @Field(() => ID) id!: string;
  @Field(() => ID) datasetId!: string;
  @Field(() => Int, { description: "Assigned atomically per dataset: 1, 2, 3 … without gaps" }) number!: number;
  @Field(() => String) uri!: string;
  @Field(() => String, { nullable: true, description: "sha256, 64 hexadecimal characters" }) digest!: string | null;
  @Field(() => Int, { nullable: true }) rowCount!: number | null;
  @Field(() => DateTime, { nullable: true }) collectionStart!: Date | null;
  @Field(() => DateTime, { nullable: true }) collectionEnd!: Date | null;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => String, { nullable: true }) createdById!: string | null;
  @Field(() => DateTime) createdAt!: Date;
}

export const DatasetConnection = Connection("Dataset", Dataset);
export const DatasetVersionConnection = Connection("DatasetVersion", DatasetVersion);
