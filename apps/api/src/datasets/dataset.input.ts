import { DataClassification } from "@canon/core";
import { Field, ID, InputType, Int } from "type-graphql";
import { SortDirection } from "../graphql/enums";
import { DateTime } from "../graphql/scalars";

@InputType({ description: "Fields of a dataset; omitted fields are left unchanged" })
export class DatasetFieldsInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true }) source?: string | null;
  @Field(() => String, { nullable: true }) licence?: string | null;
  @Field(() => String, { nullable: true, description: "A member of the organisation" }) ownerId?: string | null;
  @Field(() => DataClassification, { nullable: true }) classification?: DataClassification | null;
  @Field(() => Boolean, { nullable: true }) containsPersonalData?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: "Implies containsPersonalData" }) containsSpecialCategoryData?: boolean | null;
  @Field(() => String, { nullable: true }) knownBiases?: string | null;
}

@InputType()
export class CreateDatasetInput extends DatasetFieldsInput {
  @Field(() => String, { description: "Unique in the organisation" }) name!: string;
}

@InputType()
export class CreateDatasetVersionInput {
  @Field(() => ID) datasetId!: string;
  @Field(() => String, { description: "Absolute URI, e.g. s3://bucket/path" }) uri!: string;
  @Field(() => String, { nullable: true, description: "sha256 of the data" }) digest?: string | null;
  @Field(() => Int, { nullable: true }) rowCount?: number | null;
  @Field(() => DateTime, { nullable: true }) collectionStart?: Date | null;
  @Field(() => DateTime, { nullable: true }) collectionEnd?: Date | null;
  @Field(() => String, { nullable: true }) description?: string | null;
}

@InputType()
export class DatasetFilter {
  @Field(() => String, { nullable: true, description: "Text in name, description or source" }) search?: string | null;
  @Field(() => DataClassification, { nullable: true }) classification?: DataClassification | null;
  @Field(() => Boolean, { nullable: true }) containsPersonalData?: boolean | null;
  @Field(() => Boolean, { nullable: true }) containsSpecialCategoryData?: boolean | null;
  @Field(() => String, { nullable: true }) ownerId?: string | null;
}

export enum DatasetSortField {
  NAME = "name",
  CREATED_AT = "createdAt",
  UPDATED_AT = "updatedAt",
}

@InputType()
export class DatasetOrder {
  @Field(() => DatasetSortField) field!: DatasetSortField;
  @Field(() => SortDirection, { defaultValue: "ASC" }) direction!: SortDirection;
}
