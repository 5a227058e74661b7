// Builds the GraphQL schema from every area's resolvers. Add a new area's resolver here.
import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema, type NonEmptyArray } from "type-graphql";
import { ApiTokenResolver } from "./access/api-token.resolver";
import { AuditEventResolver } from "./audit/audit-event.resolver";
import { authChecker } from "./graphql/auth-checker";
import { MemberResolver } from "./members/member.resolver";
import { OrganizationResolver } from "./organizations/organization.resolver";
import { AISystemResolver } from "./systems/ai-system.resolver";

export const resolvers: NonEmptyArray<Function> = [
  OrganizationResolver,
  MemberResolver,
  ApiTokenResolver,
  AuditEventResolver,
  AISystemResolver,
];

let built: Promise<GraphQLSchema> | undefined;

export function canonSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers, authChecker, authMode: "error", validate: false });
  return built;
}
