// What a contract suite talks to: a running API (shared, or the suite's own), the database under it,
// and the suite's own two organisations A and B (one member per role each).
import type { TestDatabaseKind } from "../databases/kinds";
import { graphqlClient, type Gql, type Ok } from "./client";
import { createOrgFixture, type OrgFixture } from "./org-fixture";

export type { GraphQLResponse } from "./client";
export type { OrgFixture } from "./org-fixture";
export type { Role as RoleName } from "../domain";

export interface TestApi {
  kind: TestDatabaseKind;
  url: string;
  databaseUrl: string;
  orgA: OrgFixture;
  orgB: OrgFixture;
  /** POSTs an operation; `token` defaults to org A's ADMIN token; pass null to send none. */
  gql: Gql;
  /** Like gql, but fails the test on any GraphQL error and returns data. */
  ok: Ok;
  /** Ends what the suite owns (its own server and database; nothing of a shared server). */
  stop(): Promise<void>;
  logs(): string;
}

/** A running API server and its database, as a suite reaches it. */
export interface ServerAddress {
  kind: TestDatabaseKind;
  url: string;
  organizationsUrl: string;
  databaseUrl: string;
}

export async function openTestApi(server: ServerAddress, slugs: [string, string], owned: Pick<TestApi, "stop" | "logs">): Promise<TestApi> {
  let adminA: string | null = null;
  const { gql, ok } = graphqlClient(server.url, () => adminA);
  const [orgA, orgB] = await Promise.all(slugs.map((slug) => createOrgFixture(server.organizationsUrl, ok, slug)));
  adminA = orgA!.tokens.ADMIN;
  return { kind: server.kind, url: server.url, databaseUrl: server.databaseUrl, orgA: orgA!, orgB: orgB!, gql, ok, ...owned };
}
