// A fresh database for a test: a copy of the run's template of that store (see templates.ts). A test
// file run without scripts/test.ts migrates its own template once, on first use, and drops it at the end.
import { atProcessEnd } from "../run-scope";
import type { TestDatabaseKind } from "./kinds";
import { copyTemplate, createTemplate, dropTemplate, templatesFromEnv, type TestDatabase } from "./templates";

export { testDatabaseKinds, type TestDatabaseKind } from "./kinds";
export type { TestDatabase } from "./templates";

const ownTemplates = new Map<TestDatabaseKind, Promise<string>>();

function template(kind: TestDatabaseKind): Promise<string> {
  const given = templatesFromEnv()[kind];
  if (given) return Promise.resolve(given);
  let own = ownTemplates.get(kind);
  if (!own) {
    own = createTemplate(kind);
    ownTemplates.set(kind, own);
    atProcessEnd(async () => dropTemplate(kind, await own!));
  }
  return own;
}

export async function createTestDatabase(kind: TestDatabaseKind): Promise<TestDatabase> {
  return copyTemplate(kind, await template(kind));
}
