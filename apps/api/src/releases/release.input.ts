import { ComponentRole, Stage } from "@canon/core";
import { Field, ID, InputType } from "type-graphql";
import { JSONObject } from "../graphql/scalars";
import "../graphql/enums";

@InputType({ description: "A component needs a modelVersionId (same organisation) or an externalRef" })
export class ReleaseComponentInput {
  @Field(() => ComponentRole) role!: ComponentRole;
  @Field(() => ID, { nullable: true }) modelVersionId?: string | null;
  @Field(() => String, { nullable: true }) externalRef?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => JSONObject, { nullable: true }) config?: Record<string, unknown> | null;
}

@InputType()
export class CreateReleaseInput {
  @Field(() => ID) systemId!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [ReleaseComponentInput], { description: "In order; at least one" }) components!: ReleaseComponentInput[];
}

@InputType()
export class ReleaseFilter {
  @Field(() => ID, { nullable: true }) systemId?: string | null;
  @Field(() => Stage, { nullable: true }) stage?: Stage | null;
}
