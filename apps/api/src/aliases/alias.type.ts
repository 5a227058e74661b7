import { Field, ID, InputType, ObjectType } from "type-graphql";
import { Connection } from "../graphql/connection";
import { DateTime } from "../graphql/scalars";

@ObjectType({ description: "A named pointer (e.g. production, champion) to one version of a model" })
export class Alias {
  @Field(() => ID) id!: string;
  @Field(() => ID) modelId!: string;
  @Field(() => String) name!: string;
  @Field(() => ID) versionId!: string;
  @Field(() => Boolean, {
    description: "A protected alias moves only through an approved approval request or rollbackAlias, and cannot be deleted while protected",
  })
  protected!: boolean;
  @Field(() => DateTime) createdAt!: Date;
  @Field(() => DateTime) updatedAt!: Date;
}

@ObjectType({ description: "One set, move or removal of an alias" })
export class AliasHistoryEntry {
  @Field(() => ID) id!: string;
  @Field(() => ID) modelId!: string;
  @Field(() => String) name!: string;
  @Field(() => ID, { nullable: true, description: "Null when the alias was created" }) fromVersionId!: string | null;
  @Field(() => ID, { nullable: true, description: "Null when the alias was removed" }) toVersionId!: string | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => String, { nullable: true }) actorId!: string | null;
  @Field(() => DateTime) movedAt!: Date;
}

@InputType()
export class SetAliasInput {
  @Field(() => ID) modelId!: string;
  @Field(() => String, { description: "Lower-case letters, digits, '.', '_' and '-'" }) name!: string;
  @Field(() => ID, { description: "A version of the same model" }) versionId!: string;
  @Field(() => Boolean, {
    nullable: true,
    description: "Unchanged when omitted on a move; false for a new alias. Setting or changing it needs CLASSIFY (approvers, admins)",
  })
  protected?: boolean | null;
  @Field(() => String, { nullable: true, description: "Kept in the alias history" }) reason?: string | null;
}

export const AliasConnection = Connection("Alias", Alias);
export const AliasHistoryConnection = Connection("AliasHistoryEntry", AliasHistoryEntry);
