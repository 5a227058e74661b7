import { Role } from "@canon/core";
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { Connection } from "../graphql/connection";
import { DateTime } from "../graphql/scalars";

@ObjectType({ description: "An API token: it belongs to one member and acts for them. The secret is shown once, at creation, and stored only as a hash" })
export class ApiToken {
  @Field(() => ID) id!: string;
  @Field(() => ID, { description: "The member (user id) the token acts for" }) userId!: string;
  @Field(() => String) name!: string;
  @Field(() => Role, { description: "The token's own role; it acts with at most its owner's current role" }) role!: Role;
  @Field(() => String, { description: "First characters of the token, to recognise it" }) prefix!: string;
  @Field(() => String, { nullable: true, description: "The person who issued it" }) createdById!: string | null;
  @Field(() => DateTime) createdAt!: Date;
  @Field(() => DateTime, { nullable: true }) expiresAt!: Date | null;
  @Field(() => DateTime, { nullable: true }) lastUsedAt!: Date | null;
  @Field(() => DateTime, { nullable: true }) revokedAt!: Date | null;
}

@ObjectType()
export class CreatedApiToken {
  @Field(() => String, { description: "The secret: shown only in this response" }) token!: string;
  @Field(() => ApiToken) apiToken!: ApiToken;
}

@InputType()
export class CreateApiTokenInput {
  @Field(() => String) name!: string;
  @Field(() => Role, { description: "Within the owner's role and the caller's" }) role!: Role;
  @Field(() => DateTime, { nullable: true }) expiresAt?: Date | null;
  @Field(() => ID, { nullable: true, description: "The member (user id) the token acts for; default: the caller. Only admins issue tokens to others" })
  ownerId?: string | null;
}

export const ApiTokenConnection = Connection("ApiToken", ApiToken);
