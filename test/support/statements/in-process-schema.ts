// The statement-counting harness, for child processes run by run-script.ts with DATABASE_URL naming a
// fresh copy of the run's template: opens the database with a counter of SQL statements, creates an
// organisation, and runs operations through the real GraphQL schema in-process (no HTTP), as that
// organisation's admin (or another actor).
import "reflect-metadata";
import { graphql } from "graphql";
import { closeDatabase, createOrganization, initDatabase, userActor, withinOrganization, type Actor } from "@canon/core";
import { createContext } from "../../../apps/api/src/graphql/context";
import { canonSchema } from "../../../apps/api/src/schema";

export async function inProcessSchema(slug: string, name: string) {
  let statements = 0;
  initDatabase({ onQuery: () => (statements += 1) });
  const { organization, adminUserId } = await createOrganization({ slug, name, admin: { email: `admin@${slug}.example`, name: "Admin" } });
  const actor: Actor = userActor(organization.id, adminUserId, "ADMIN");
  const schema = await canonSchema();

  async function run(source: string, variableValues: Record<string, unknown> = {}, as: Actor = actor) {
    // As the HTTP server does: the whole operation runs in the caller's organisation scope.
    const result = await withinOrganization(as.organizationId, () => graphql({ schema, source, variableValues, contextValue: createContext("count", as) }));
    if (result.errors?.length) throw new Error(JSON.stringify(result.errors));
    return result.data as any;
  }

  /** Runs one operation and returns its data with the number of SQL statements it caused. */
  async function counted(source: string, variableValues: Record<string, unknown> = {}, as: Actor = actor) {
    const before = statements;
    const data = await run(source, variableValues, as);
    return { data, statements: statements - before };
  }

  return { organizationId: organization.id, actor, run, counted, close: closeDatabase };
}

/** Prints a count script's result for run-script.ts. */
export function report(result: unknown): void {
  process.stdout.write(JSON.stringify(result));
}
