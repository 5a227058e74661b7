// Every query and mutation declares who may call it with @Allow(permission). It sets type-graphql's
// @Authorized (enforced by the auth checker) and records the permission in the field's extensions,
// so a test can walk the built schema and find any operation without a rule.
import { Authorized, Extensions } from "type-graphql";
import type { Permission } from "@canon/core";

export function Allow(permission: Permission): MethodDecorator {
  const authorized = Authorized(permission) as MethodDecorator;
  const extensions = Extensions({ permission }) as MethodDecorator;
  return (target, key, descriptor) => {
    authorized(target, key, descriptor);
    extensions(target, key, descriptor);
  };
}
