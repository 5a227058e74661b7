import { Role } from "@canon/db";
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { Connection } from "../graphql/connection";
import { DateTime } from "../graphql/scalars";

@ObjectType({ description: "A pipeline token. The secret is shown once, at creation, and stored only as a hash" })
export class ApiToken {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => Role) role!: Role;
  @Field(() => String, { description: "First characters of the token, to recognise it" }) prefix!: string;
  @Field(() => String, { nullable: true }) createdById!: string | null;
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
  @Field(() => Role) role!: Role;
  @Field(() => DateTime, { nullable: true }) expiresAt?: Date | null;
}

export const ApiTokenConnection = Connection("ApiToken", ApiToken);
