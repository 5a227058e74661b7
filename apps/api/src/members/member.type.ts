import { Role } from "@canon/core";
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { Connection } from "../graphql/connection";
import { DateTime } from "../graphql/scalars";

@ObjectType()
export class User {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true, description: "Shown to members who may see contact details (not to VIEWER)" }) email!: string | null;
  @Field(() => String) name!: string;
}

@ObjectType({ description: "A person's role in the organisation" })
export class Membership {
  @Field(() => ID) id!: string;
  @Field(() => Role) role!: Role;
  @Field(() => Boolean, { description: "A service account (pipelines): holds tokens, never decides approvals" }) service!: boolean;
  @Field(() => User) user!: User;
  @Field(() => DateTime) createdAt!: Date;
}

@InputType()
export class AddMemberInput {
  @Field(() => String) email!: string;
  @Field(() => String) name!: string;
  @Field(() => Role) role!: Role;
  @Field(() => String, { nullable: true, description: "Portal password (at least 12 characters); omit for token-only or SSO users" })
  password?: string | null;
}

export const MembershipConnection = Connection("Membership", Membership);

@InputType({ description: "A service account for pipelines: a member without a password that never decides approvals" })
export class AddServiceAccountInput {
  @Field(() => String) name!: string;
  @Field(() => Role) role!: Role;
}
