// Run by approvals-queries.test.ts (through run-script.ts) on a fresh database: builds approval requests
// with decisions through core, then runs approvalRequests in-process through the GraphQL schema at two
// page sizes and prints the SQL statement count of each as JSON.
import * as core from "@canon/core";
import { inProcessSchema, report } from "./in-process-schema";

const { organizationId, actor: admin, counted, close } = await inProcessSchema("approvals-batch", "Batch");
// One member per person: segregation of duties compares people.
const people: Record<string, core.Actor> = {};
for (const [key, role] of [
  ["lead", "CONTRIBUTOR"],
  ["officer", "APPROVER"],
] as const) {
  const m = await core.addMember({ actor: admin, email: `${key}@batch.example`, name: key, role });
  people[key] = core.userActor(organizationId, m.userId, role);
}

const N = 8;
const system = await core.createAISystem({ actor: admin, input: { reference: "batch", name: "Batch" } });
await core.classifyAISystem({ actor: admin, id: system.id, input: { operatorRole: "DEPLOYER", riskTier: "MINIMAL" } });
for (let i = 0; i < N; i++) {
  const model = await core.createModel({ actor: admin, input: { name: `m${i}`, kind: "CLASSIFIER", systemId: system.id } });
  const v = await core.registerModelVersion({
    actor: people.lead!,
    input: { modelId: model.id, artifactUri: `s3://m/${i}`, artifactDigest: i.toString(16).padStart(64, "0") },
  });
  const r = await core.requestApproval({ actor: people.lead!, input: { modelVersionId: v.id, targetStage: "STAGING", justification: "batch" } });
  if (i % 2 === 0) await core.decideApproval({ actor: people.officer!, input: { requestId: r.id, decision: "APPROVE" } });
}

const source = `query($n: Int) { approvalRequests(first: $n) { nodes { id status policy { riskTier requiredApprovals }
  decisions { id approverId decision evidence } modelVersion { id stage model { name } } release { id } } } }`;
const small = await counted(source, { n: 2 });
const large = await counted(source, { n: N });
await close();
report({ small: small.statements, large: large.statements, rows: large.data.approvalRequests.nodes.filter((r: any) => r.decisions.length > 0).length });
