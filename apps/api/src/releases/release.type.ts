import { ComponentRole, Stage } from "@canon/core";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Connection } from "../graphql/connection";
import { DateTime, JSONObject } from "../graphql/scalars";
import "../graphql/enums";

@ObjectType({ description: "One part of a release: a registry model version and/or an external reference, with its role" })
export class ReleaseComponent {
  @Field(() => ID) id!: string;
  @Field(() => ID) releaseId!: string;
  @Field(() => ComponentRole) role!: ComponentRole;
  @Field(() => Int, { description: "Order in the release, from 0" }) position!: number;
  @Field(() => ID, { nullable: true }) modelVersionId!: string | null;
  @Field(() => String, { nullable: true, description: "Outside the registry: prompt file at a commit, index snapshot, provider model id…" }) externalRef!:
    string | null;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => JSONObject) config!: Record<string, unknown>;
}

@ObjectType({ description: "A system's production stack: a numbered composition of components" })
export class Release {
  @Field(() => ID) id!: string;
  @Field(() => ID) systemId!: string;
  @Field(() => Int, { description: "Assigned atomically per system: 1, 2, 3 …" }) number!: number;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => Stage) stage!: Stage;
  @Field(() => DateTime, { nullable: true }) approvedAt!: Date | null;
  @Field(() => String, { nullable: true }) createdById!: string | null;
  @Field(() => DateTime) createdAt!: Date;
  @Field(() => DateTime) updatedAt!: Date;
}

export const ReleaseConnection = Connection("Release", Release);
