import { EvidenceKind } from "@canon/core";
import { Field, ID, InputType } from "type-graphql";
import { DateTime } from "../graphql/scalars";
import "../graphql/enums";

@InputType({ description: "Fields of an evidence item; omitted fields are left unchanged" })
export class EvidenceFieldsInput {
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => EvidenceKind, { nullable: true }) kind?: EvidenceKind | null;
  @Field(() => String, { nullable: true, description: "DOCUMENT: http(s) URL of the document" }) url?: string | null;
  @Field(() => String, { nullable: true, description: "DOCUMENT: sha256 of the document's bytes (required)" }) sha256?: string | null;
  @Field(() => ID, { nullable: true, description: "EVALUATION, MODEL_CARD, APPROVAL, DEPLOYMENT: the record's id in this organisation" }) recordId?:
    string | null;
  @Field(() => String, { nullable: true, description: "A member of the organisation" }) ownerId?: string | null;
  @Field(() => DateTime, { nullable: true }) validFrom?: Date | null;
  @Field(() => DateTime, { nullable: true }) validUntil?: Date | null;
}

@InputType({ description: "Link it to requirements with setControlAssessment's evidenceIds" })
export class CreateEvidenceInput extends EvidenceFieldsInput {
  @Field(() => String) title!: string;
  @Field(() => EvidenceKind) kind!: EvidenceKind;
}

@InputType()
export class EvidenceFilter {
  @Field(() => EvidenceKind, { nullable: true }) kind?: EvidenceKind | null;
  @Field(() => DateTime, { nullable: true, description: "Only evidence whose validity ended before this instant" }) expiredAt?: Date | null;
}
