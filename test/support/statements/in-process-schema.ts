// For child-process fixtures that count SQL statements: migrates the database named by DATABASE_URL,
// opens it with a statement counter, creates an organisation, and runs operations through the real
// GraphQL schema in-process (no HTTP), as that organisation's admin.
import "reflect-metadata";
import { graphql } from "graphql";
import { config } from "@canon/config";
import { closeDatabase, createOrganization, initDatabase, userActor, type Actor } from "@canon/core";
import { migrateDatabase } from "@canon/db";
import { createContext } from "../../apps/api/src/graphql/context";
import { canonSchema } from "../../apps/api/src/schema";

export async function inProcessSchema(slug: string, name: string) {
  await migrateDatabase(config().databaseUrl);
  let statements = 0;
  initDatabase({ onQuery: () => (statements += 1) });
  const { organization, adminUserId } = await createOrganization({ slug, name, admin: { email: `admin@${slug}.example`, name: "Admin" } });
  const actor: Actor = userActor(organization.id, adminUserId, "ADMIN");
  const schema = await canonSchema();

  async function run(source: string, variableValues: Record<string, unknown> = {}) {
    const result = await graphql({ schema, source, variableValues, contextValue: createContext("count", actor) });
    if (result.errors?.length) throw new Error(JSON.stringify(result.errors));
    return result.data as any;
  }

  /** Runs one operation and returns its data with the number of SQL statements it caused. */
  async function counted(source: string, variableValues: Record<string, unknown> = {}) {
    const before = statements;
    const data = await run(source, variableValues);
    return { data, statements: statements - before };
  }

  return { actor, run, counted, close: closeDatabase };
}
