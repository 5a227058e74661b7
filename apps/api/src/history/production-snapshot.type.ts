import { Environment } from "@canon/core";
import { Field, ID, ObjectType } from "type-graphql";
import { Connection } from "../graphql/connection";
import { DateTime } from "../graphql/scalars";
import "../graphql/enums";

@ObjectType({ description: "Where an alias pointed at the snapshot's instant (the last move at or before it)" })
export class AliasPointer {
  @Field(() => ID, { description: "The alias history entry that set this pointer" }) id!: string;
  @Field(() => ID) modelId!: string;
  @Field(() => String, { description: "The alias name, e.g. production" }) name!: string;
  @Field(() => ID) versionId!: string;
  @Field(() => DateTime, { description: "When the alias was moved to this version" }) since!: Date;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => String, { nullable: true }) actorId!: string | null;
}

@ObjectType({ description: "What was in production at one instant, from the recorded history: alias pointers and running deployments" })
export class ProductionSnapshot {
  @Field(() => DateTime) at!: Date;
  @Field(() => ID, { nullable: true }) modelId!: string | null;
  @Field(() => ID, { nullable: true }) systemId!: string | null;
  @Field(() => Environment, { nullable: true }) environment!: Environment | null;
}

export const AliasPointerConnection = Connection("AliasPointer", AliasPointer);
