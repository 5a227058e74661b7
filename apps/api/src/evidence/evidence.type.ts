import * as core from "@canon/core";
import { EvidenceKind } from "@canon/core";
import { Field, ID, ObjectType } from "type-graphql";
import { Connection } from "../graphql/connection";
import { DateTime } from "../graphql/scalars";
import "../graphql/enums";

@ObjectType({ description: "Evidence: a document (URL with the sha256 of its bytes) or a registry record; one item can back many requirements" })
export class Evidence {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => EvidenceKind) kind!: EvidenceKind;
  @Field(() => String, { nullable: true, description: "DOCUMENT: where it is" }) url!: string | null;
  @Field(() => String, { nullable: true, description: "DOCUMENT: sha256 of its bytes" }) sha256!: string | null;
  @Field(() => String, { nullable: true, description: "Record kinds: Evaluation, ModelCard, ApprovalRequest or Deployment" }) recordType!: string | null;
  @Field(() => ID, { nullable: true, description: "Record kinds: the record's id" }) recordId!: string | null;
  @Field(() => String, { nullable: true }) ownerId!: string | null;
  @Field(() => DateTime, { nullable: true }) validFrom!: Date | null;
  @Field(() => DateTime, { nullable: true }) validUntil!: Date | null;
  @Field(() => [ID], { description: "The control assessments it backs" }) assessmentIds!: string[];
  @Field(() => String, { nullable: true }) createdById!: string | null;
  @Field(() => DateTime) createdAt!: Date;
  @Field(() => DateTime) updatedAt!: Date;
}

export const EvidenceConnection = Connection("Evidence", Evidence);

type EvidenceRow = Awaited<ReturnType<typeof core.createEvidence>> & { links: { assessmentId: string }[] };

export function toEvidence(row: EvidenceRow): Evidence {
  const { links, ...fields } = row;
  return { ...fields, assessmentIds: links.map((l) => l.assessmentId) };
}
