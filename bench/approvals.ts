// npx tsx bench/approvals.ts [runs] — approval latency over the real HTTP API: request → decision(s) →
// transition, median and p95. Runs on a fresh temporary SQLite database (or DATABASE_URL when set, which
// must then be an empty, migratable database). Two policies are measured:
//   MINIMAL   (1 approval): PRODUCTION + protected alias "production" + archive the previous version
//   HIGH_RISK (2 approvals, suite "fairness" must pass, card ≥ 0.8): same transition, two votes
// Registration, evaluations and cards are prepared untimed; what is timed is the requestApproval call
// plus every decideApproval until the one that makes the transition (status APPROVED).
import type { Actor } from "@canon/core";
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

const RUNS = Number(process.argv[2] ?? 200);
const tempDir = process.env.DATABASE_URL ? null : mkdtempSync(path.join(tmpdir(), "canon-bench-approvals-"));
if (tempDir) process.env.DATABASE_URL = `file:${path.join(tempDir, "bench.db")}`;
process.env.LOG_LEVEL ??= "warn";

const { config } = await import("@canon/config");
const core = await import("@canon/core");
const { migrateDatabase } = await import("@canon/db");
const { fmt, summarise } = await import("./stats");

const cfg = config();
await migrateDatabase(cfg.databaseUrl);
let statements = 0;
core.initDatabase({ onQuery: () => statements++ });

const { organization, adminUserId } = await core.createOrganization({
  slug: `bench-approvals-${Date.now()}`,
  name: "Approvals bench",
  admin: { email: `admin-${Date.now()}@bench.example`, name: "Admin" },
});
const admin: Actor = core.userActor(organization.id, adminUserId, "ADMIN");
/** A token of a new member: one person per token, as segregation of duties compares people. */
const token = async (role: "CONTRIBUTOR" | "APPROVER") => {
  const key = `${role.toLowerCase()}-${Math.random().toString(36).slice(2)}`;
  const member = await core.addMember({ actor: admin, email: `${key}@bench.example`, name: key, role });
  return (await core.createApiToken({ actor: admin, name: `bench-${key}`, role, ownerId: member.userId })).token;
};
const [lead, approver1, approver2] = [await token("CONTRIBUTOR"), await token("APPROVER"), await token("APPROVER")];
const leadActor = await core.authenticateToken(lead);

const { createApiServer } = await import("../apps/api/src/http/server");
const { server } = await createApiServer();
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;

async function gql(query: string, variables: Record<string, unknown>, bearer: string) {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${bearer}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const REQUEST = `mutation($i: RequestApprovalInput!) { requestApproval(input: $i) { id } }`;
const DECIDE = `mutation($i: DecideApprovalInput!) { decideApproval(input: $i) { request { status } } }`;
const FULL_CARD = {
  overview: "o",
  intendedUse: "u",
  outOfScopeUse: "x",
  intendedUsers: "i",
  factors: "f",
  trainingData: "t",
  evaluationData: "e",
  metricsSummary: "m",
  ethicalConsiderations: "c",
  limitationsAndRisks: "l",
  recommendations: "r",
  environmentalImpact: "g",
};

async function prepare(tier: "MINIMAL" | "HIGH_RISK") {
  const system = await core.createAISystem({ actor: admin, input: { reference: `bench-${tier.toLowerCase()}`, name: tier } });
  await core.classifyAISystem({
    actor: admin,
    id: system.id,
    input:
      tier === "HIGH_RISK"
        ? { operatorRole: "PROVIDER", riskTier: "HIGH_RISK", highRiskRoute: "ANNEX_III", annexIIIArea: 5 }
        : { operatorRole: "DEPLOYER", riskTier: "MINIMAL" },
  });
  const model = await core.createModel({ actor: admin, input: { name: `bench-${tier.toLowerCase()}`, kind: "CLASSIFIER", systemId: system.id } });
  const ids: string[] = [];
  for (let i = 0; i < RUNS + 1; i++) {
    const v = await core.registerModelVersion({
      actor: leadActor,
      input: { modelId: model.id, artifactUri: `s3://bench/${tier}/${i}`, artifactDigest: (i.toString(16) + "f".repeat(64)).slice(0, 64) },
    });
    if (tier === "HIGH_RISK") {
      await core.recordEvaluation({
        actor: leadActor,
        input: { modelVersionId: v.id, suite: "fairness", metrics: [{ name: "parity", value: 0.95, threshold: 0.9 }] },
      });
      await core.saveModelCard({ actor: leadActor, input: { modelVersionId: v.id, ...FULL_CARD } });
    }
    ids.push(v.id);
  }
  return ids;
}

await core.setApprovalPolicy({
  actor: admin,
  input: { riskTier: "HIGH_RISK", requiredApprovals: 2, approverRoles: ["APPROVER", "ADMIN"], requiredSuites: ["fairness"], minCardCompleteness: 0.8 },
});

async function scenario(tier: "MINIMAL" | "HIGH_RISK") {
  const versions = await prepare(tier);
  const votes = tier === "HIGH_RISK" ? [approver1, approver2] : [approver1];
  const total: { ms: number; statements: number }[] = [];
  const requestOnly: { ms: number; statements: number }[] = [];
  const decidingVote: { ms: number; statements: number }[] = [];
  for (const [i, versionId] of versions.entries()) {
    const s0 = statements;
    const t0 = performance.now();
    const { requestApproval } = await gql(
      REQUEST,
      { i: { modelVersionId: versionId, targetStage: "PRODUCTION", targetAlias: "production", archivePrevious: true, justification: "bench" } },
      lead,
    );
    const t1 = performance.now();
    const s1 = statements;
    let status = "PENDING";
    let tLast = t1;
    let sLast = s1;
    for (const vote of votes) {
      tLast = performance.now();
      sLast = statements;
      status = (await gql(DECIDE, { i: { requestId: requestApproval.id, decision: "APPROVE" } }, vote)).decideApproval.request.status;
    }
    const t2 = performance.now();
    if (status !== "APPROVED") throw new Error(`request ${requestApproval.id} ended ${status}`);
    if (i === 0) continue; // warm-up: the first transition creates the alias
    total.push({ ms: t2 - t0, statements: statements - s0 });
    requestOnly.push({ ms: t1 - t0, statements: s1 - s0 });
    decidingVote.push({ ms: t2 - tLast, statements: statements - sLast });
  }
  return { tier, votes: votes.length, total: summarise(total), request: summarise(requestOnly), deciding: summarise(decidingVote) };
}

const results = [await scenario("MINIMAL"), await scenario("HIGH_RISK")];
console.log(`\nCanon approval latency — ${cfg.databaseProvider}${tempDir ? " (fresh temporary database)" : ""}, ${RUNS} requests per policy, over HTTP\n`);
console.log(`${"policy".padEnd(28)} ${"step".padEnd(34)} ${"median".padStart(10)} ${"p95".padStart(10)} ${"SQL".padStart(6)}`);
for (const r of results) {
  const label = `${r.tier} (${r.votes} approval${r.votes > 1 ? "s" : ""})`;
  console.log(
    `${label.padEnd(28)} ${"request → decision(s) → transition".padEnd(34)} ${fmt(r.total.median).padStart(10)} ${fmt(r.total.p95).padStart(10)} ${String(r.total.statements).padStart(6)}`,
  );
  console.log(
    `${"".padEnd(28)} ${"  requestApproval".padEnd(34)} ${fmt(r.request.median).padStart(10)} ${fmt(r.request.p95).padStart(10)} ${String(r.request.statements).padStart(6)}`,
  );
  console.log(
    `${"".padEnd(28)} ${"  deciding vote (with transition)".padEnd(34)} ${fmt(r.deciding.median).padStart(10)} ${fmt(r.deciding.p95).padStart(10)} ${String(r.deciding.statements).padStart(6)}`,
  );
}
console.log(
  `\nTransition = stage PRODUCTION + approvedAt, protected alias "production" moved (history row), previous version archived; SQL = statements per step (median).`,
);
const chain = await core.verifyAuditChain({ actor: admin });
console.log(`Audit chain after the run: ${chain.valid ? "valid" : "BROKEN"}, ${chain.eventCount} events`);

server.close();
await core.closeDatabase();
if (tempDir) rmSync(tempDir, { recursive: true, force: true });
process.exit(0);
