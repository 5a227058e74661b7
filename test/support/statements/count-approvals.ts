// Run as a child process with DATABASE_URL set (see approvals-requests.test.ts): builds approval requests
// with decisions through core, then runs approvalRequests in-process through the GraphQL schema at two
// page sizes and prints the SQL statement count of each as JSON.
import "reflect-metadata";
import { graphql } from "graphql";
import { config } from "@canon/config";
import * as core from "@canon/core";
import { migrateDatabase } from "@canon/db";
import { createContext } from "../../../apps/api/src/graphql/context";
import { canonSchema } from "../../../apps/api/src/schema";

await migrateDatabase(config().databaseUrl);
let statements = 0;
core.initDatabase({ onQuery: () => (statements += 1) });
const { organization, adminUserId } = await core.createOrganization({ slug: "approvals-batch", name: "Batch", admin: { email: "admin@batch.example", name: "Admin" } });
const admin: core.Actor = core.userActor(organization.id, adminUserId, "ADMIN");
// One member per person: segregation of duties compares people.
const people: Record<string, core.Actor> = {};
for (const [key, role] of [["lead", "CONTRIBUTOR"], ["officer", "APPROVER"]] as const) {
  const m = await core.addMember({ actor: admin, email: `${key}@batch.example`, name: key, role });
  people[key] = core.userActor(organization.id, m.userId, role);
}
const as = (key: string, _role: core.Actor["role"]): core.Actor => people[key]!;

const N = 8;
const system = await core.createAISystem({ actor: admin, input: { reference: "batch", name: "Batch" } });
await core.classifyAISystem({ actor: admin, id: system.id, input: { operatorRole: "DEPLOYER", riskTier: "MINIMAL" } });
for (let i = 0; i < N; i++) {
  const model = await core.createModel({ actor: admin, input: { name: `m${i}`, kind: "CLASSIFIER", systemId: system.id } });
  const v = await core.registerModelVersion({ actor: as("lead", "CONTRIBUTOR"), input: { modelId: model.id, artifactUri: `s3://m/${i}`, artifactDigest: i.toString(16).padStart(64, "0") } });
  const r = await core.requestApproval({ actor: as("lead", "CONTRIBUTOR"), input: { modelVersionId: v.id, targetStage: "STAGING", justification: "batch" } });
  if (i % 2 === 0) await core.decideApproval({ actor: as("officer", "APPROVER"), input: { requestId: r.id, decision: "APPROVE" } });
}

const schema = await canonSchema();
const source = `query($n: Int) { approvalRequests(first: $n) { nodes { id status policy { riskTier requiredApprovals }
  decisions { id approverId decision evidence } modelVersion { id stage model { name } } release { id } } } }`;
const out = { small: 0, large: 0, rows: 0 };
for (const n of [2, N]) {
  statements = 0;
  const result = await graphql({ schema, source, variableValues: { n }, contextValue: createContext("count", admin) });
  if (result.errors?.length) throw new Error(JSON.stringify(result.errors));
  if (n === 2) out.small = statements;
  else {
    out.large = statements;
    out.rows = (result.data as any).approvalRequests.nodes.filter((r: any) => r.decisions.length > 0).length;
  }
}
await core.closeDatabase();
process.stdout.write(JSON.stringify(out));
